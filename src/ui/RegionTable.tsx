/** Every loaded region with its counts; a row click shows that region. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/shallow';
import { i18n } from '../i18n/index.ts';
import { formatCount } from '../i18n/format.ts';
import type { DatasetEntry } from '../store/index.ts';
import { useWorkbench } from './workbench.ts';
import { regionName } from './regionName.ts';

function yearRange(entry: DatasetEntry): string {
  const years = entry.summary.years;
  if (years === null) return '—';
  return years.from === years.to
    ? i18n.t('common:fiscalYear', { year: years.from })
    : i18n.t('common:yearRange', { from: years.from, to: years.to });
}

export function RegionTable() {
  const { t, i18n: instance } = useTranslation('workbench');
  // Japanese names (sample-data nameJa) in the Japanese interface; the English name as a tip.
  const japanese = instance.language?.startsWith('ja') === true;
  const entries = useWorkbench(
    useShallow((state) => state.datasetIds.map((id) => state.datasets[id])),
  );
  const regionId = useWorkbench((state) => state.regionId);
  const selectRegion = useWorkbench((state) => state.selectRegion);
  return (
    <section className="panel" aria-labelledby="regions-title">
      <h2 id="regions-title">{t('regions.title')}</h2>
      <table className="region-table" data-testid="region-table">
        <thead>
          <tr>
            <th scope="col">{t('regions.region')}</th>
            <th scope="col" title={t('regions.orgsTitle')}>
              {t('regions.orgs')}
            </th>
            <th scope="col">{t('regions.people')}</th>
            <th scope="col" title={t('regions.tiesTitle')}>
              {t('regions.ties')}
            </th>
            <th scope="col" title={t('regions.yearsTitle')}>
              {t('regions.years')}
            </th>
            <th scope="col" title={t('regions.issuesTitle')}>
              {t('regions.issues')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const { summary } = entry;
            const problems =
              summary.problems.fatal + summary.problems.error + summary.problems.warning;
            return (
              <tr
                key={entry.id}
                data-testid="region-row"
                data-region={entry.id}
                data-organizations={summary.organizations}
                data-people={summary.people}
                data-ties={summary.collaborationTies}
                data-errors={summary.problems.fatal + summary.problems.error}
                data-warnings={summary.problems.warning}
                aria-selected={entry.id === regionId}
                className={entry.id === regionId ? 'current' : undefined}
                tabIndex={0}
                onClick={() => selectRegion(entry.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    selectRegion(entry.id);
                  }
                }}
              >
                <th scope="row" title={japanese ? entry.name : entry.nameJa}>
                  {regionName(entry, entry.name)}
                </th>
                <td>{formatCount(summary.organizations)}</td>
                <td>{formatCount(summary.people)}</td>
                <td>{formatCount(summary.collaborationTies)}</td>
                <td>{yearRange(entry)}</td>
                <td
                  title={t('regions.problems', {
                    errors: summary.problems.error + summary.problems.fatal,
                    warnings: summary.problems.warning,
                  })}
                >
                  {formatCount(problems)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
