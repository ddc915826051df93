/**
 * The scorecard of the shown graph: which graph the numbers are for, the computation's
 * status, every graph metric and cluster indicator (each explained on opening), the
 * sector mixing heatmap and the degree distribution.
 */
import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/shallow';
import { i18n } from '../../i18n/index.ts';
import { formatCount } from '../../i18n/format.ts';
import type { MetricsResult } from '../../metrics/result.ts';
import type { GraphMetrics } from '../../metrics/types.ts';
import { SECTORS } from '../../model/index.ts';
import type { GraphDescription } from '../../store/metricsSlice.ts';
import { describeFilterParts } from '../filters/describe.ts';
import { useWorkbench } from '../workbench.ts';
import { DegreeChart } from './DegreeChart.tsx';
import { MetricLine } from './MetricLine.tsx';
import { MetricsStatus } from './MetricsStatus.tsx';
import { MixingHeatmap } from './MixingHeatmap.tsx';
import './scorecard.css';
import { regionName } from '../regionName.ts';

const GRAPH_METRICS: (keyof GraphMetrics)[] = [
  'nodes',
  'edges',
  'density',
  'components',
  'largestComponentShare',
  'diameter',
  'averagePathLength',
  'averageClustering',
  'transitivity',
  'assortativity',
  'degreeCentralization',
  'betweennessCentralization',
  'communities',
  'modularity',
  'omega',
  'sigma',
];
const OPTIONAL = new Set<keyof GraphMetrics>(['omega', 'sigma']);

/** The filter text as stored with the metrics (English); the no-filter phrase is translated. */
const ALL_FILTERS = 'all years, all types';

/**
 * "<region> · <level> · <filters> · N actors · M ties". The stored filter text is English
 * (written when the metrics were asked for); `filters`, when given, are the phrases of
 * the current filters in the interface language and replace it.
 */
export function describeGraph(d: GraphDescription, filters?: readonly string[]): string {
  const filter =
    filters === undefined
      ? d.filterText === ALL_FILTERS
        ? i18n.t('scorecard:allFilters')
        : d.filterText
      : filters.length === 0
        ? i18n.t('scorecard:allFilters')
        : filters.join(i18n.t('filters:summary.listSeparator'));
  return i18n.t('scorecard:graph', {
    region: regionName({ name: d.regionName, nameJa: d.regionNameJa }, d.regionName),
    level: i18n.t(`scorecard:levels.${d.level}`),
    filter,
    nodes: formatCount(d.nodes),
    edges: formatCount(d.edges),
  });
}

export function Scorecard() {
  const { t } = useTranslation('scorecard');
  // Everything but the progress (MetricsStatus shows that): each progress step would
  // otherwise redraw every line and chart, 50–100 ms a step while a large graph's
  // metrics run.
  const { result, status, resultFor, wanted, resultKey, wantedKey } = useWorkbench(
    useShallow(({ metrics }) => ({
      result: metrics.result,
      status: metrics.status,
      resultFor: metrics.resultFor,
      wanted: metrics.wanted,
      resultKey: metrics.resultKey,
      wantedKey: metrics.wantedKey,
    })),
  );
  const filters = useWorkbench((state) => state.filters);
  const shownFor = result !== null ? resultFor : wanted;
  // Numbers of an earlier graph (stale, or while the shown one is computed) are marked.
  const earlier = result !== null && resultKey !== wantedKey;
  // The lines and charts follow a render later (useDeferredValue), in a render React can
  // split and put off for input: with the degree chart measuring its ticks they were
  // 50–100 ms of the task that brought a large graph's metrics.
  const shownResult = useDeferredValue(result);
  const shownEarlier = useDeferredValue(earlier);
  // `data-status` speaks for the lines shown: `rendering` until they have caught up.
  const caughtUp = shownResult === result && shownEarlier === earlier;
  return (
    <section
      className="panel scorecard"
      data-testid="scorecard"
      data-status={caughtUp ? status : 'rendering'}
      aria-labelledby="scorecard-title"
    >
      <h2 id="scorecard-title">{t('title')}</h2>
      {shownFor === null ? (
        <p className="panel-caption">{t('empty')}</p>
      ) : (
        <p
          className={`scorecard-for${earlier ? ' is-stale' : ''}`}
          data-testid="scorecard-for"
          data-current={!earlier}
        >
          {earlier
            ? t('earlier', { graph: describeGraph(shownFor) })
            : t('for', { graph: describeGraph(shownFor, describeFilterParts(filters)) })}
        </p>
      )}
      <MetricsStatus />
      <ScorecardBody result={shownResult} earlier={shownEarlier} />
    </section>
  );
}

const ScorecardBody = memo(function ScorecardBody({
  result,
  earlier,
}: {
  result: MetricsResult | null;
  earlier: boolean;
}) {
  const { t } = useTranslation('scorecard');
  if (result === null) return null;
  return (
    <div className={earlier ? 'scorecard-body is-stale' : 'scorecard-body'}>
      <p className="panel-caption">{t('hint')}</p>
      {result.warnings.length > 0 && (
        <ul className="scorecard-warnings" data-testid="scorecard-warnings">
          {result.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <h3>{t('network')}</h3>
      {GRAPH_METRICS.filter((id) => !OPTIONAL.has(id) || result.graph[id] !== null).map((id) => (
        <MetricLine key={id} id={id} value={result.graph[id]} />
      ))}
      <h3>{t('indicators')}</h3>
      <MetricLine id="crossSectorShare" value={result.indicators.crossSectorShare} />
      <MetricLine id="eiIndex" value={result.indicators.eiIndex} />
      <MetricLine id="sectorAssortativity" value={result.indicators.sectorAssortativity} />
      <MetricLine id="tripleHelixT" value={result.indicators.tripleHelixT} />
      <h3 title={t('bySector')}>{t('bySector')}</h3>
      {SECTORS.map((sector) => (
        <MetricLine
          key={sector}
          id="eiBySector"
          label={t(`common:sector.${sector}.name`)}
          value={result.indicators.eiBySector[sector]}
        />
      ))}
      <h3>{t('mixing')}</h3>
      <MixingHeatmap mixing={result.indicators.mixing} />
      <h3>{t('degrees')}</h3>
      <DegreeChart degrees={result.nodes.degree} />
    </div>
  );
});
