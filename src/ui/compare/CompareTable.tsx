/**
 * The comparison table (src/metrics/compare/table.ts, the same table `analyze --compare`
 * prints): one column per region, one row per graph metric and indicator with its
 * plain-language explanation, the best value marked with ★, sortable by clicking a column
 * header (metric order → descending → ascending), exportable as CSV.
 */
import { useMemo, useState } from 'react';
import { comparisonToCsv, sortRows, type Comparison } from '../../metrics/compare/table.ts';
import { useTranslation } from 'react-i18next';
import { formatValue, nextSort, UNSORTED, type TableSort } from './tableSort.ts';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function CompareTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const [sort, setSort] = useState<TableSort>(UNSORTED);
  const rows = useMemo(() => sortRows(comparison, sort.column, sort.order), [comparison, sort]);
  const arrow = (column: number) =>
    sort.column === column ? (sort.order === 'descending' ? ' ▼' : ' ▲') : '';
  return (
    <section className="compare-table-section">
      <div className="compare-table-head">
        <h3>{t('table')}</h3>
        <button
          type="button"
          onClick={() => download(comparisonToCsv(comparison), 'comparison.csv')}
        >
          {t('exportCsv')}
        </button>
      </div>
      <table className="compare-table" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">
              <button type="button" onClick={() => setSort(nextSort(sort, null))}>
                {t('metric')}
              </button>
            </th>
            {comparison.datasets.map((name, i) => (
              <th key={i} scope="col" aria-sort={sort.column === i ? sort.order : 'none'}>
                <button
                  type="button"
                  title={t('sortBy', { name })}
                  onClick={() => setSort(nextSort(sort, i))}
                >
                  {name}
                  {arrow(i)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">
                <span className="compare-row-label">{row.label}</span>
                <span className="compare-row-explanation">{row.explanation}</span>
              </th>
              {row.values.map((value, i) => (
                <td
                  key={i}
                  data-value={value ?? ''}
                  className={row.best === i ? 'best' : undefined}
                  title={row.best === i ? t('best') : undefined}
                >
                  {formatValue(value)}
                  {row.best === i && <span aria-label={t('best')}> ★</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="panel-caption">{t('bestNote')}</p>
    </section>
  );
}
