/**
 * Indicators over time: one small line chart per indicator (density, largest component
 * share, cross-sector share, E-I index, modularity, mean betweenness), one line per
 * picked region, x = fiscal year; the network up to each year (cumulative) or within it.
 */
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { TIMELINE_INDICATORS } from '../../metrics/compare/timeline.ts';
import { useTranslation } from 'react-i18next';
import { regionName } from '../regionName.ts';
import { metricExplanation, metricLabel } from './text.ts';
import { useWorkbench } from '../workbench.ts';
import { formatValue } from './tableSort.ts';
import { useTimeline, type TimelineKind } from './useTimeline.ts';

/** Region line colours, apart from the sector colours of the nodes. */
export const REGION_COLOURS = ['#0b5cad', '#b42318', '#3f7d20', '#6b4c9a'];

export function TimelineCharts({ regionIds }: { regionIds: readonly string[] }) {
  const { t, i18n } = useTranslation('compare');
  const [kind, setKind] = useState<TimelineKind>('cumulative');
  const timeline = useTimeline(regionIds, kind);
  const datasets = useWorkbench((s) => s.datasets);
  return (
    <section
      className="compare-timeline"
      data-testid="timeline-charts"
      data-status={timeline.status}
    >
      <div className="compare-table-head">
        <h3>{t('overTime')}</h3>
        <select
          aria-label={t('periodKind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as TimelineKind)}
        >
          <option value="cumulative">{t('timelineCumulative')}</option>
          <option value="window">{t('timelineYearly')}</option>
        </select>
      </div>
      {timeline.status === 'computing' && <p className="panel-caption">{t('computing')}</p>}
      {timeline.status === 'error' && (
        <p className="panel-caption compare-error">{t('failed', { error: timeline.message })}</p>
      )}
      {timeline.status === 'done' && (
        <ul className="compare-timeline-legend">
          {timeline.series.map((s, i) => (
            <li key={s.id}>
              <span style={{ background: REGION_COLOURS[i % REGION_COLOURS.length] }} />
              {regionName(datasets[s.id], s.name)}
            </li>
          ))}
        </ul>
      )}
      {timeline.status === 'done' && (
        <div className="compare-timeline-grid">
          {TIMELINE_INDICATORS.map((indicator) => {
            const years = [
              ...new Set(timeline.series.flatMap((s) => s.points.map((p) => p.year))),
            ].sort((a, b) => a - b);
            const data = years.map((year) => {
              const row: Record<string, number | null> = { year };
              for (const s of timeline.series)
                row[s.id] = s.points.find((p) => p.year === year)?.[indicator] ?? null;
              return row;
            });
            const known = i18n.exists(`metrics:${indicator}.label`);
            return (
              <figure
                key={indicator}
                className="compare-timeline-chart"
                data-indicator={indicator}
                data-points={JSON.stringify(data)}
              >
                <figcaption
                  title={known ? metricExplanation(indicator) : t('meanBetweennessExplanation')}
                >
                  {known ? metricLabel(indicator) : t('meanBetweenness')}
                </figcaption>
                <LineChart
                  width={300}
                  height={170}
                  data={data}
                  margin={{ top: 6, right: 18, bottom: 0, left: 0 }}
                >
                  <CartesianGrid stroke="#e4e7eb" vertical={false} />
                  <XAxis dataKey="year" tick={{ fontSize: 10 }} interval={0} />
                  <YAxis
                    tick={{ fontSize: 11 }}
                    width={48}
                    tickFormatter={(v: number) => formatValue(v)}
                  />
                  <Tooltip formatter={(v) => formatValue(typeof v === 'number' ? v : null)} />
                  {timeline.series.map((s, i) => (
                    <Line
                      key={s.id}
                      dataKey={s.id}
                      name={regionName(datasets[s.id], s.name)}
                      stroke={REGION_COLOURS[i % REGION_COLOURS.length]}
                      dot={{ r: 2 }}
                      connectNulls={false}
                      isAnimationActive={false}
                    />
                  ))}
                </LineChart>
              </figure>
            );
          })}
        </div>
      )}
    </section>
  );
}
