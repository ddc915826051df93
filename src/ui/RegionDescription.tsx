/** The shown region's name, theme and description from sample-data/index.json. */
import { useTranslation } from 'react-i18next';
import { useWorkbench } from './workbench.ts';

export function RegionDescription() {
  const { t } = useTranslation('workbench');
  const entry = useWorkbench((state) =>
    state.regionId === null ? undefined : state.datasets[state.regionId],
  );
  if (entry === undefined) return null;
  return (
    <section className="panel region-description" aria-label={t('region.label')}>
      <h2>
        {entry.name}
        {entry.nameJa && <span className="name-ja">{entry.nameJa}</span>}
      </h2>
      {entry.theme && <p className="panel-caption">{entry.theme}</p>}
      {entry.description && <p>{entry.description}</p>}
    </section>
  );
}
