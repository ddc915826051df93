/**
 * Indicators over time: for each period of one region (src/graph/periods.ts: cumulative
 * up to a year, or a window of years), the network of the period's active nodes and six
 * indicators of it — density, largest component share, cross-sector share, E-I index,
 * modularity and mean betweenness — plus its node and tie counts.
 *
 * Every number is computed by the same functions computeAllMetrics uses (so a point equals
 * computeAllMetrics on the same period graph with the same options, up to summation order),
 * but only those: one CSR per period, the components, one community detection, the sector
 * mixing matrix, and mean betweenness — unweighted from the pair-distance identity of
 * ./meanBetweenness.ts (one BFS per source, no dependency pass), weighted from the full
 * shortest-path pass (`pathRunner`). Conventions are those of the
 * metric files: density 2m / n(n−1); largest component share = nodes in the largest
 * component / n; cross-sector share and E-I index over ties with two known sectors;
 * modularity of the seeded Leiden (or Louvain) partition; mean betweenness = mean over the
 * period's nodes of networkx-normalised betweenness. A period without ties has no active
 * nodes and every indicator null.
 */
import type { Dataset, Level, TieFilter } from '../../model/index.ts';
import { SECTORS, type Sector } from '../../model/sector.ts';
import { derivePeriodGraph, periodLabel, type PeriodSpec } from '../../graph/periods.ts';
import { toCsr, type Csr } from '../csr.ts';
import { computePathMetrics } from '../paths/index.ts';
import { computeComponents } from '../components.ts';
import { meanBetweennessUnweighted } from './meanBetweenness.ts';
import { computeDensity } from '../structure/density.ts';
import { detectCommunities } from '../communities/detectCommunities.ts';
import { computeClusterIndicators } from '../sector/clusterIndicators.ts';
import type { PathRunner } from '../index.ts';
import {
  CancelledError,
  DEFAULT_METRIC_OPTIONS,
  type MetricOptions,
  type ProgressFn,
} from '../types.ts';

export const TIMELINE_INDICATORS = [
  'density',
  'largestComponentShare',
  'crossSectorShare',
  'eiIndex',
  'modularity',
  'meanBetweenness',
] as const;
export type TimelineIndicator = (typeof TIMELINE_INDICATORS)[number];

export type PeriodIndicators = { nodes: number; edges: number } & Record<
  TimelineIndicator,
  number | null
>;

export interface TimelinePoint extends PeriodIndicators {
  period: PeriodSpec;
  label: string;
}

export interface TimelineHooks {
  /** Fraction of all periods done, and the current period's label. */
  onProgress?: ProgressFn;
  signal?: AbortSignal;
  /** Runs the shortest-path pass of WEIGHTED timelines (Node pool, Web Workers); default: the single-thread kernel. */
  pathRunner?: PathRunner;
  /** A base filter whose collaboration types every period keeps. */
  filter?: TieFilter;
}

const finite = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

function sectorOf(value: unknown): Sector {
  return (SECTORS as readonly unknown[]).includes(value) ? (value as Sector) : 'unknown';
}

/** The six indicators (and counts) of one graph given as a CSR with its sectors. */
export async function periodIndicators(
  csr: Csr,
  sectors: readonly Sector[],
  partialOptions: Partial<MetricOptions> = {},
  hooks: Pick<TimelineHooks, 'pathRunner' | 'signal'> = {},
): Promise<PeriodIndicators> {
  const options = { ...DEFAULT_METRIC_OPTIONS, ...partialOptions };
  const { weighted, seed } = options;
  if (csr.n === 0) {
    return {
      nodes: 0,
      edges: 0,
      density: null,
      largestComponentShare: null,
      crossSectorShare: null,
      eiIndex: null,
      modularity: null,
      meanBetweenness: null,
    };
  }
  let meanBetweenness: number;
  if (weighted) {
    const runPaths = hooks.pathRunner ?? computePathMetrics;
    const paths = await runPaths(csr, { weighted }, { signal: hooks.signal });
    let sum = 0;
    for (let i = 0; i < csr.n; i++) sum += paths.betweenness[i];
    meanBetweenness = sum / csr.n;
  } else {
    meanBetweenness = meanBetweennessUnweighted(csr, hooks.signal);
  }
  const components = computeComponents(csr);
  const communities = detectCommunities(csr, {
    method: options.communities,
    resolution: options.resolution,
    seed,
    weighted,
  });
  const indicators = computeClusterIndicators(csr, sectors, { weighted });
  return {
    nodes: csr.n,
    edges: csr.m,
    density: computeDensity(csr),
    largestComponentShare: finite(components.largestShare),
    crossSectorShare: finite(indicators.crossSectorShare),
    eiIndex: finite(indicators.eiIndex),
    modularity: finite(communities.modularity),
    meanBetweenness,
  };
}

/** One point per period, in the order given. */
export async function computeTimeline(
  dataset: Dataset,
  level: Level,
  periods: readonly PeriodSpec[],
  options: Partial<MetricOptions> = {},
  hooks: TimelineHooks = {},
): Promise<TimelinePoint[]> {
  const points: TimelinePoint[] = [];
  for (const [k, period] of periods.entries()) {
    if (hooks.signal?.aborted) throw new CancelledError();
    const label = periodLabel(period);
    hooks.onProgress?.(k / periods.length, label);
    const graph = derivePeriodGraph(dataset, level, period, hooks.filter);
    const csr = toCsr(graph);
    const sectors = csr.ids.map((id) => sectorOf(graph.getNodeAttribute(id, 'sector')));
    const figures = await periodIndicators(csr, sectors, options, hooks);
    points.push({ period, label, ...figures });
  }
  hooks.onProgress?.(1, 'done');
  return points;
}
