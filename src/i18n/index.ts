/**
 * The interface language: one i18next instance with every catalogue bundled (English and
 * Japanese are small), initialised synchronously at import so the first render already
 * speaks the right language.
 *
 * - Language: the one saved by the language picker (localStorage `cnw.language`), else
 *   the browser's (navigator.languages: any `ja*` → Japanese), else English.
 * - Namespaces: one per area of the UI (locales/<lng>/<ns>.json); `common` is the
 *   default. Components: `const { t } = useTranslation('<ns>')` (react-i18next);
 *   elsewhere `i18n.t('<ns>:key')`.
 * - Interpolation does not escape: React escapes text, and strings never go into
 *   innerHTML (node labels are data, never markup).
 * - A key missing from a catalogue is recorded in `missingKeys` (the browser tests read
 *   it through `window.__cnwMissingKeys`) and shown as the key, never silently blank.
 * - `<html lang>` follows the language, so the browser picks CJK fonts for Japanese.
 */
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { collectResources } from './resources.ts';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'cnw.language';

/** Keys looked up but absent, as `<lng>:<ns>:<key>`. */
export const missingKeys = new Set<string>();

export const i18n = i18next.createInstance();

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: collectResources(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    defaultNS: 'common',
    ns: Object.keys(collectResources().en),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      for (const language of languages) missingKeys.add(`${language}:${namespace}:${key}`);
    },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    react: { useSuspense: false },
  });

/** The language in use, reduced to one of LANGUAGES. */
export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return resolved.startsWith('ja') ? 'ja' : 'en';
}

export function setLanguage(language: Language): Promise<unknown> {
  return i18n.changeLanguage(language);
}

function reflectLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();
}
reflectLanguage();
i18n.on('languageChanged', reflectLanguage);

if (typeof window !== 'undefined') {
  (window as unknown as { __cnwMissingKeys: Set<string> }).__cnwMissingKeys = missingKeys;
}
