/** Picks the shown region among the loaded datasets. */
import { useTranslation } from 'react-i18next';
import { useWorkbench } from './workbench.ts';

export function RegionSelect() {
  const { t } = useTranslation('workbench');
  const regionId = useWorkbench((state) => state.regionId);
  // Both keep their identity until a dataset is added or removed.
  const datasetIds = useWorkbench((state) => state.datasetIds);
  const datasets = useWorkbench((state) => state.datasets);
  const selectRegion = useWorkbench((state) => state.selectRegion);
  return (
    <label className="picker">
      <span>{t('region.label')}</span>
      <select
        data-testid="region-select"
        value={regionId ?? ''}
        disabled={datasetIds.length === 0}
        onChange={(event) => selectRegion(event.target.value)}
      >
        {datasetIds.length === 0 && <option value="">{t('region.loading')}</option>}
        {datasetIds.map((id) => {
          const entry = datasets[id];
          return (
            <option key={id} value={id}>
              {entry.nameJa
                ? t('region.withJapanese', { name: entry.name, nameJa: entry.nameJa })
                : entry.name}
            </option>
          );
        })}
      </select>
    </label>
  );
}
