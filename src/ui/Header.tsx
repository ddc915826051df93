/** Title bar with the region and level pickers and the interface language. */
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect.tsx';
import { LevelSelect } from './LevelSelect.tsx';
import { RegionSelect } from './RegionSelect.tsx';
import { CompareButton } from './compare/CompareButton.tsx';

export function Header() {
  const { t } = useTranslation('common');
  return (
    <header className="app-header">
      <h1>{t('appTitle')}</h1>
      <div className="pickers">
        <RegionSelect />
        <LevelSelect />
        <CompareButton />
        <LanguageSelect />
      </div>
    </header>
  );
}
