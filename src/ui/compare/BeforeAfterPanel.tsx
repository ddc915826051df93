/**
 * Before/after of one region: two periods (default: the years split in two halves),
 * drawn as two panels side by side with one node-size scale over both periods and
 * positions from all years (so a node stays put), then the nodes that joined (active only after), left (active only before) and changed most
 * in the node-size metric, and the comparison table of the two periods. Names are text.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetYears, type PeriodSpec } from '../../graph/periods.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { sharedSizeScale } from '../../metrics/compare/sharedScale.ts';
import { CompareTable } from './CompareTable.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { regionName } from '../regionName.ts';
import { metricLabel } from './text.ts';
import { formatValue } from './tableSort.ts';
import { useBeforeAfter } from './useBeforeAfter.ts';

const LIST_LIMIT = 30;

type WindowPeriod = Extract<PeriodSpec, { kind: 'window' }>;

/** Default split: first half of the years before, the rest after (FY2002–2005 | 2006–2009). */
export function splitYears(years: readonly number[]): [WindowPeriod, WindowPeriod] {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const cut = years[Math.max(0, Math.ceil(years.length / 2) - 1)] ?? first;
  return [
    { kind: 'window', from: first, to: cut },
    { kind: 'window', from: Math.min(cut + 1, last), to: last },
  ];
}

export function BeforeAfterPanel({ regionIds }: { regionIds: readonly string[] }) {
  const { t } = useTranslation('compare');
  const datasets = useWorkbench((s) => s.datasets);
  const metric = useWorkbench((s) => s.compare.sizeMetric);
  const [picked, setPicked] = useState<string | null>(null);
  const regionId = picked !== null && regionIds.includes(picked) ? picked : (regionIds[0] ?? null);
  const years = useMemo(() => {
    const dataset = regionId && datasets[regionId] ? workbench.registry.get(regionId) : undefined;
    return dataset ? datasetYears(dataset) : [];
  }, [regionId, datasets]);
  const [cut, setCut] = useState<number | null>(null);
  const [before, after] = useMemo((): [WindowPeriod, WindowPeriod] => {
    const [b, a] = splitYears(years);
    if (cut === null || cut < b.from || cut >= a.to) return [b, a];
    return [
      { kind: 'window', from: b.from, to: cut },
      { kind: 'window', from: cut + 1, to: a.to },
    ];
  }, [years, cut]);
  const state = useBeforeAfter(regionId, before, after, metric);
  const scale = useMemo(
    () =>
      state.status === 'done'
        ? sharedSizeScale(state.panels.map((p) => p.result!.nodes[metric]))
        : null,
    [state, metric],
  );
  const name = (id: string) => (state.status === 'done' ? (state.labels.get(id) ?? id) : id);

  return (
    <section className="compare-before-after" data-testid="before-after" data-status={state.status}>
      <div className="compare-before-after-head">
        <h3>{t('beforeAfter')}</h3>
        <label>
          {t('region')}{' '}
          <select value={regionId ?? ''} onChange={(e) => setPicked(e.target.value)}>
            {regionIds.map((id) => (
              <option key={id} value={id}>
                {regionName(datasets[id], id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('splitAfter')}{' '}
          <select value={before.to} onChange={(e) => setCut(Number(e.target.value))}>
            {years.slice(0, -1).map((y) => (
              <option key={y} value={y}>
                {t('common:fiscalYear', { year: y })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.status === 'computing' && <p className="panel-caption">{t('computing')}</p>}
      {state.status === 'error' && (
        <p className="panel-caption compare-error">{t('failed', { error: state.message })}</p>
      )}
      {state.status === 'done' && (
        <div className="compare-panels" data-testid="before-after-panels">
          {state.panels.map((panel) => (
            <ComparePanel key={panel.id} region={panel} scale={scale} sizeMetric={metric} />
          ))}
        </div>
      )}
      {state.status === 'done' && <p className="panel-caption">{t('periodPanels')}</p>}
      {state.status === 'done' && (
        <div className="compare-results">
          <div className="compare-lists">
            <h4>{t('joined', { n: state.lists.joined.length })}</h4>
            <ul data-testid="joined">
              {state.lists.joined.slice(0, LIST_LIMIT).map((id) => (
                <li key={id} data-id={id}>
                  {name(id)}
                </li>
              ))}
            </ul>
            <h4>{t('left', { n: state.lists.left.length })}</h4>
            <ul data-testid="left">
              {state.lists.left.slice(0, LIST_LIMIT).map((id) => (
                <li key={id} data-id={id}>
                  {name(id)}
                </li>
              ))}
            </ul>
            <h4>{t('changed', { metric: metricLabel(metric) })}</h4>
            <ol data-testid="changed">
              {state.lists.changed.map((c) => (
                <li key={c.id} data-id={c.id}>
                  {name(c.id)}: {formatValue(c.before)} → {formatValue(c.after)} (
                  {c.delta > 0 ? '+' : ''}
                  {formatValue(c.delta)})
                </li>
              ))}
            </ol>
          </div>
          <CompareTable comparison={state.table} />
        </div>
      )}
    </section>
  );
}
