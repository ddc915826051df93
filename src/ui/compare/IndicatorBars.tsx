/**
 * One indicator across the compared regions as a bar chart (recharts), the indicator
 * picked from the comparison table's rows. Bars of null values are left out.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Comparison } from '../../metrics/compare/table.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { useTranslation } from 'react-i18next';
import { formatValue } from './tableSort.ts';

export function IndicatorBars({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const key = useWorkbench((s) => s.compare.barIndicator);
  const row = comparison.rows.find((r) => r.key === key) ?? comparison.rows[0];
  const data = comparison.datasets.map((name, i) => ({ name, value: row.values[i] }));
  return (
    <section className="compare-bars" data-testid="compare-bars">
      <div className="compare-table-head">
        <h3>{t('bars')}</h3>
        <label>
          {t('indicator')}{' '}
          <select
            value={row.key}
            onChange={(event) =>
              workbench.store.getState().setCompareBarIndicator(event.target.value)
            }
          >
            {comparison.rows.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BarChart
        width={420}
        height={220}
        data={data}
        margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke="#e4e7eb" vertical={false} />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} width={56} tickFormatter={(v: number) => formatValue(v)} />
        <Tooltip formatter={(v) => formatValue(typeof v === 'number' ? v : null)} />
        <Bar dataKey="value" name={row.label} fill="#0b5cad" isAnimationActive={false} />
      </BarChart>
      <p className="panel-caption">{row.explanation}</p>
    </section>
  );
}
