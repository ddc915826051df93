/**
 * The shown region's name, theme and description from sample-data/index.json; the
 * Japanese theme and description in the Japanese interface when the data has them.
 */
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index.ts';
import { useWorkbench } from './workbench.ts';

export function RegionDescription() {
  const { t } = useTranslation('workbench');
  const japanese = currentLanguage() === 'ja';
  const entry = useWorkbench((state) =>
    state.regionId === null ? undefined : state.datasets[state.regionId],
  );
  if (entry === undefined) return null;
  const theme = (japanese ? entry.themeJa : undefined) ?? entry.theme;
  const description = (japanese ? entry.descriptionJa : undefined) ?? entry.description;
  return (
    <section className="panel region-description" aria-label={t('region.label')}>
      <h2>
        {entry.name}
        {entry.nameJa && <span className="name-ja">{entry.nameJa}</span>}
      </h2>
      {theme && <p className="panel-caption">{theme}</p>}
      {description && <p>{description}</p>}
    </section>
  );
}
