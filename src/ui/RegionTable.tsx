/** Every loaded region with its counts; a row click shows that region. */
import { useShallow } from 'zustand/shallow';
import type { DatasetEntry } from '../store/index.ts';
import { useWorkbench } from './workbench.ts';

function yearRange(entry: DatasetEntry): string {
  const years = entry.summary.years;
  if (years === null) return '—';
  return years.from === years.to ? `FY${years.from}` : `FY${years.from}–${years.to}`;
}

export function RegionTable() {
  const entries = useWorkbench(
    useShallow((state) => state.datasetIds.map((id) => state.datasets[id])),
  );
  const regionId = useWorkbench((state) => state.regionId);
  const selectRegion = useWorkbench((state) => state.selectRegion);
  return (
    <section className="panel" aria-labelledby="regions-title">
      <h2 id="regions-title">Regions</h2>
      <table className="region-table" data-testid="region-table">
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col" title="Organizations">
              Orgs
            </th>
            <th scope="col">People</th>
            <th scope="col" title="Collaboration ties">
              Ties
            </th>
            <th scope="col" title="Fiscal years of the ties">
              Years
            </th>
            <th scope="col" title="Import problems (errors and warnings)">
              Issues
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
                <th scope="row" title={entry.nameJa}>
                  {entry.name}
                </th>
                <td>{summary.organizations}</td>
                <td>{summary.people}</td>
                <td>{summary.collaborationTies}</td>
                <td>{yearRange(entry)}</td>
                <td
                  title={`${summary.problems.error + summary.problems.fatal} errors, ${summary.problems.warning} warnings`}
                >
                  {problems}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
