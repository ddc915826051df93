/** The interface language picker (English / 日本語); the choice is remembered by i18next. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage, type Language } from '../i18n/index.ts';

export function LanguageSelect() {
  const { t, i18n } = useTranslation('common');
  // Re-rendered by react-i18next on every language change; i18n.language is read for that.
  const language = i18n.language === undefined ? 'en' : currentLanguage();
  return (
    <label className="picker">
      <span>{t('language.label')}</span>
      <select
        data-testid="lang-select"
        value={language}
        onChange={(event) => void setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
