/**
 * Every metric of one graph in one call: per-node columns, graph metrics and the
 * cluster indicators, with progress and cancellation. Pure (no DOM, no Node APIs): the
 * CLI, the benchmark and the metrics Web Worker all call this.
 *
 * The shortest-path pass is the expensive part (O(n·m)); it is injected as `pathRunner`
 * so Node can run it on worker_threads and the browser on Web Workers, while tests use
 * the single-thread kernel. Everything else is near-linear and runs here.
 *
 * Conventions of each metric are in its file and in docs/metrics.md; without
 * `options.weighted` every number equals networkx 3.x defaults on the unweighted simple graph.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Helix, Sector } from '../model/sector.ts';
import { toCsr, type Csr } from './csr.ts';
import {
  computePathMetrics,
  type PathHooks,
  type PathMetrics,
  type PathOptions,
} from './paths/index.ts';
import { computeDegree } from './centrality/degree.ts';
import { computeWeightedDegree } from './centrality/weightedDegree.ts';
import { computeEigenvector } from './centrality/eigenvector.ts';
import { computePagerank } from './centrality/pagerank.ts';
import { countTriangles } from './structure/triangles.ts';
import { computeClustering } from './structure/clustering.ts';
import { computeAverageClustering } from './structure/averageClustering.ts';
import { computeTransitivity } from './structure/transitivity.ts';
import { computeCoreness } from './structure/coreness.ts';
import { computeConstraint } from './structure/constraint.ts';
import { computeEffectiveSize } from './structure/effectiveSize.ts';
import { computeDegreeAssortativity } from './structure/degreeAssortativity.ts';
import { computeDensity } from './structure/density.ts';
import { computeDegreeCentralization } from './structure/degreeCentralization.ts';
import { computeBetweennessCentralization } from './structure/betweennessCentralization.ts';
import { detectCommunities } from './communities/detectCommunities.ts';
import { participationCoefficient } from './roles/participation.ts';
import { withinModuleDegreeZ } from './roles/withinModuleZ.ts';
import { computeBrokerage } from './brokerage/brokerage.ts';
import { nodeEiIndex } from './sector/nodeEiIndex.ts';
import { computeClusterIndicators } from './sector/clusterIndicators.ts';
import { computeSmallWorld } from './smallworld/index.ts';
import type { MetricsResult } from './result.ts';
import {
  CancelledError,
  DEFAULT_METRIC_OPTIONS,
  NODE_METRICS,
  type GraphMetrics,
  type MetricOptions,
  type NodeMetricColumns,
  type ProgressFn,
} from './types.ts';

export type PathRunner = (
  csr: Csr,
  options: PathOptions,
  hooks: PathHooks,
) => Promise<PathMetrics> | PathMetrics;

export interface ComputeHooks {
  onProgress?: ProgressFn;
  signal?: AbortSignal;
  /** Co-participation records for the triple-helix T (src/graph/participations.ts); default: one per tie. */
  participations?: readonly (readonly Helix[])[];
  /** Runs the shortest-path pass; default: the single-thread kernel. */
  pathRunner?: PathRunner;
}

/** Share of the progress bar given to the shortest-path pass, which dominates the time. */
const PATH_SHARE = 0.8;

export async function computeAllMetrics(
  graph: AbstractGraph<Attributes, Attributes>,
  options: Partial<MetricOptions> = {},
  hooks: ComputeHooks = {},
): Promise<MetricsResult> {
  const csr = toCsr(graph);
  const sectors = csr.ids.map((id) => sectorOf(graph.getNodeAttribute(id, 'sector')));
  return computeMetricsFromCsr(csr, sectors, options, hooks);
}

function sectorOf(value: unknown): Sector {
  return value === 'academia' ||
    value === 'industry' ||
    value === 'government' ||
    value === 'intermediary'
    ? value
    : 'unknown';
}

export async function computeMetricsFromCsr(
  csr: Csr,
  sectors: readonly Sector[],
  partialOptions: Partial<MetricOptions> = {},
  hooks: ComputeHooks = {},
): Promise<MetricsResult> {
  const options: MetricOptions = { ...DEFAULT_METRIC_OPTIONS, ...partialOptions };
  const { weighted, seed } = options;
  const { signal } = hooks;
  const warnings: string[] = [];
  const progress = hooks.onProgress ?? (() => {});
  const checkpoint = (fraction: number, step: string) => {
    if (signal?.aborted) throw new CancelledError();
    progress(fraction, step);
  };

  checkpoint(0, 'shortest paths');
  const runPaths = hooks.pathRunner ?? computePathMetrics;
  const paths = await runPaths(
    csr,
    { weighted },
    {
      signal,
      onProgress: (fraction, step) => progress(fraction * PATH_SHARE, step),
    },
  );

  checkpoint(PATH_SHARE, 'centrality');
  const degree = computeDegree(csr);
  const weightedDegree = computeWeightedDegree(csr);
  const eigenvector = computeEigenvector(csr, { weighted });
  if (eigenvector.warning) warnings.push(eigenvector.warning);
  const pagerank = computePagerank(csr, { weighted });
  if (pagerank.warning) warnings.push(pagerank.warning);

  checkpoint(PATH_SHARE + 0.04, 'clustering and cores');
  const triangles = countTriangles(csr);
  const clustering = computeClustering(csr, triangles);
  const coreness = computeCoreness(csr);
  const constraint = computeConstraint(csr, { weighted });
  const effectiveSize = computeEffectiveSize(csr, { weighted }, triangles);

  checkpoint(PATH_SHARE + 0.08, 'communities');
  const communities = detectCommunities(csr, {
    method: options.communities,
    resolution: options.resolution,
    seed,
    weighted,
  });
  const participation = participationCoefficient(csr, communities.labels, { weighted });
  const withinModuleZ = withinModuleDegreeZ(csr, communities.labels, { weighted });

  checkpoint(PATH_SHARE + 0.12, 'brokerage and sectors');
  const brokerage = computeBrokerage(csr, sectors);
  const eiIndex = nodeEiIndex(csr, sectors, { weighted });
  const indicators = computeClusterIndicators(csr, sectors, {
    weighted,
    helixRecords: hooks.participations,
  });

  let omega: number | null = null;
  let sigma: number | null = null;
  if (options.smallWorld) {
    checkpoint(PATH_SHARE + 0.14, 'small-world references');
    const smallWorld = computeSmallWorld(csr, { seed, signal });
    omega = smallWorld.omega;
    sigma = smallWorld.sigma;
    if (smallWorld.warning) warnings.push(smallWorld.warning);
  }

  const b = brokerage.nodes;
  const nodes: NodeMetricColumns = {
    degree,
    weightedDegree,
    betweenness: paths.betweenness,
    closeness: paths.closeness,
    harmonic: paths.harmonic,
    eigenvector: eigenvector.values,
    pagerank: pagerank.values,
    clustering,
    coreness,
    constraint,
    effectiveSize,
    community: Float64Array.from(communities.labels),
    participation,
    withinModuleZ,
    coordinator: b.coordinator.raw,
    coordinatorExpected: b.coordinator.expected,
    coordinatorZ: b.coordinator.z,
    consultant: b.consultant.raw,
    consultantExpected: b.consultant.expected,
    consultantZ: b.consultant.z,
    gatekeeper: b.gatekeeper.raw,
    gatekeeperExpected: b.gatekeeper.expected,
    gatekeeperZ: b.gatekeeper.z,
    representative: b.representative.raw,
    representativeExpected: b.representative.expected,
    representativeZ: b.representative.z,
    liaison: b.liaison.raw,
    liaisonExpected: b.liaison.expected,
    liaisonZ: b.liaison.z,
    brokerage: b.total.raw,
    eiIndex,
  };
  for (const name of NODE_METRICS) {
    if (nodes[name].length !== csr.n)
      throw new Error(
        `metrics: column ${name} has ${nodes[name].length} values for ${csr.n} nodes`,
      );
  }

  const graphMetrics: GraphMetrics = {
    nodes: csr.n,
    edges: csr.m,
    density: csr.n > 0 ? computeDensity(csr) : null,
    components: paths.components.count,
    largestComponentShare: paths.components.largestShare,
    diameter: paths.diameter,
    averagePathLength: paths.averagePathLength,
    averageClustering: computeAverageClustering(csr, clustering),
    transitivity: csr.n > 0 ? computeTransitivity(csr, triangles) : null,
    assortativity: computeDegreeAssortativity(csr, { weighted }),
    modularity: Number.isFinite(communities.modularity) ? communities.modularity : null,
    communities: communities.count,
    degreeCentralization: computeDegreeCentralization(csr),
    betweennessCentralization: computeBetweennessCentralization(paths.betweenness),
    omega,
    sigma,
  };
  checkpoint(1, 'done');
  return { ids: csr.ids, nodes, graph: graphMetrics, indicators, options, warnings };
}
