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
 *   it through `window.__cnwMissingKeys`): a key in no catalogue is shown as the key, never
 *   silently blank; a Japanese key that falls back to English text is recorded too (the
 *   `recordFallback` post-processor, since i18next reports only keys found nowhere).
 * - `<html lang>` follows the language, so the browser picks CJK fonts for Japanese.
 */
import i18next, { type PostProcessorModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { collectResources } from './resources.ts';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'cnw.language';

/** Keys looked up but absent, as `<lng>:<ns>:<key>`. */
export const missingKeys = new Set<string>();

export const i18n = i18next.createInstance();

const resources = collectResources();

/** Records `<lng>:<ns>:<key>` when a text was found only in a fallback language. */
const recordFallback: PostProcessorModule = {
  type: 'postProcessor',
  name: 'recordFallback',
  process(value, _key, options, translator: { language?: string }) {
    const resolved = (
      options as {
        i18nResolved?: { usedLng?: string; usedNS?: string; usedKey?: string; res?: unknown };
      }
    ).i18nResolved;
    // Compared by primary subtag: ja-JP is served by the ja catalogue.
    const language = ((options as { lng?: string }).lng ?? translator.language)?.split('-')[0];
    if (
      resolved?.res !== undefined &&
      resolved.usedLng &&
      language &&
      resolved.usedLng.split('-')[0] !== language
    )
      missingKeys.add(`${language}:${resolved.usedNS}:${resolved.usedKey}`);
    return value;
  },
};

void i18n
  .use(LanguageDetector)
  .use(recordFallback)
  .use(initReactI18next)
  .init({
    resources,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    defaultNS: 'common',
    ns: Object.keys(resources.en),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    postProcess: ['recordFallback'],
    postProcessPassResolved: true,
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

/** `<html lang>` and the window title follow the language. */
function reflectLanguage(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = currentLanguage();
  document.title = i18n.t('common:appTitle');
}
reflectLanguage();
i18n.on('languageChanged', reflectLanguage);

if (typeof window !== 'undefined') {
  (window as unknown as { __cnwMissingKeys: Set<string> }).__cnwMissingKeys = missingKeys;
}
