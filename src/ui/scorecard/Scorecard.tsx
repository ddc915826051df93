/**
 * The scorecard of the shown graph: which graph the numbers are for, the computation's
 * status, every graph metric and cluster indicator (each explained on opening), the
 * sector mixing heatmap and the degree distribution.
 */
import type { GraphMetrics } from '../../metrics/types.ts';
import { SECTORS } from '../../model/index.ts';
import type { GraphDescription } from '../../store/metricsSlice.ts';
import { useWorkbench } from '../workbench.ts';
import { DegreeChart } from './DegreeChart.tsx';
import { MetricLine } from './MetricLine.tsx';
import { MetricsStatus } from './MetricsStatus.tsx';
import { MixingHeatmap } from './MixingHeatmap.tsx';
import './scorecard.css';

const TEXT = {
  title: 'Scorecard',
  network: 'Network',
  indicators: 'Cluster indicators',
  bySector: 'E-I index by sector',
  mixing: 'Sector mixing (ties)',
  degrees: 'Degree distribution',
  forPrefix: 'For',
  earlierPrefix: 'Earlier graph:',
  empty: 'Metrics appear here once a region is shown.',
  hint: 'Open a line to see what it means.',
};

const LEVEL_NAMES = {
  people: 'people',
  organizations: 'organizations',
  all: 'people and organizations',
};

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

export function describeGraph(d: GraphDescription): string {
  return `${d.regionName} · ${LEVEL_NAMES[d.level]} · ${d.filterText} · ${d.nodes.toLocaleString('en')} actors · ${d.edges.toLocaleString('en')} ties`;
}

export function Scorecard() {
  const metrics = useWorkbench((state) => state.metrics);
  const { result, status } = metrics;
  const shownFor = result !== null ? metrics.resultFor : metrics.wanted;
  // Numbers of an earlier graph (stale, or while the shown one is computed) are marked.
  const earlier = result !== null && metrics.resultKey !== metrics.wantedKey;
  return (
    <section
      className="panel scorecard"
      data-testid="scorecard"
      data-status={status}
      aria-labelledby="scorecard-title"
    >
      <h2 id="scorecard-title">{TEXT.title}</h2>
      {shownFor === null ? (
        <p className="panel-caption">{TEXT.empty}</p>
      ) : (
        <p
          className={`scorecard-for${earlier ? ' is-stale' : ''}`}
          data-testid="scorecard-for"
          data-current={!earlier}
        >
          {earlier ? TEXT.earlierPrefix : TEXT.forPrefix} {describeGraph(shownFor)}
        </p>
      )}
      <MetricsStatus />
      {result !== null && (
        <div className={earlier ? 'scorecard-body is-stale' : 'scorecard-body'}>
          <p className="panel-caption">{TEXT.hint}</p>
          {result.warnings.length > 0 && (
            <ul className="scorecard-warnings" data-testid="scorecard-warnings">
              {result.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <h3>{TEXT.network}</h3>
          {GRAPH_METRICS.filter((id) => !OPTIONAL.has(id) || result.graph[id] !== null).map(
            (id) => (
              <MetricLine key={id} id={id} value={result.graph[id]} />
            ),
          )}
          <h3>{TEXT.indicators}</h3>
          <MetricLine id="crossSectorShare" value={result.indicators.crossSectorShare} />
          <MetricLine id="eiIndex" value={result.indicators.eiIndex} />
          <MetricLine id="sectorAssortativity" value={result.indicators.sectorAssortativity} />
          <MetricLine id="tripleHelixT" value={result.indicators.tripleHelixT} />
          <h3 title={TEXT.bySector}>{TEXT.bySector}</h3>
          {SECTORS.map((sector) => (
            <MetricLine
              key={sector}
              id="eiBySector"
              label={sector[0].toUpperCase() + sector.slice(1)}
              value={result.indicators.eiBySector[sector]}
            />
          ))}
          <h3>{TEXT.mixing}</h3>
          <MixingHeatmap mixing={result.indicators.mixing} />
          <h3>{TEXT.degrees}</h3>
          <DegreeChart degrees={result.nodes.degree} />
        </div>
      )}
    </section>
  );
}
