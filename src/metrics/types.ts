/**
 * Shapes shared by every metric. Per-node results are Float64Array columns aligned with
 * Csr.ids, NaN meaning "undefined" (e.g. constraint of an isolate); the output layer turns
 * NaN into null, so JSON and CSV never carry NaN.
 */
import type { KnownSector, Sector } from '../model/sector.ts';

export interface MetricOptions {
  /**
   * false (default): every number equals networkx 3.x defaults on the unweighted simple graph.
   * true: strength-like measures (weightedDegree is always weighted; PageRank, eigenvector)
   * use the weight, path-based ones use distance = 1 / weight.
   */
  weighted: boolean;
  /** Seed of every random choice (community detection, small-world reference graphs). */
  seed: number;
  communities: 'leiden' | 'louvain';
  /** Modularity resolution γ (1 = standard modularity). */
  resolution: number;
  /** Compute small-world omega and sigma (needs seeded random reference graphs; slow). */
  smallWorld: boolean;
}

export const DEFAULT_METRIC_OPTIONS: MetricOptions = {
  weighted: false,
  seed: 42,
  communities: 'leiden',
  resolution: 1,
  smallWorld: false,
};

/** Progress callback: fraction in [0, 1] and a short label of the current step. */
export type ProgressFn = (fraction: number, step: string) => void;

/** Thrown (or rejected with) when a computation is cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** The per-node metric names, in output column order (after id, label and attributes). */
export const NODE_METRICS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'clustering',
  'coreness',
  'constraint',
  'effectiveSize',
  'community',
  'participation',
  'withinModuleZ',
  'coordinator',
  'coordinatorExpected',
  'coordinatorZ',
  'consultant',
  'consultantExpected',
  'consultantZ',
  'gatekeeper',
  'gatekeeperExpected',
  'gatekeeperZ',
  'representative',
  'representativeExpected',
  'representativeZ',
  'liaison',
  'liaisonExpected',
  'liaisonZ',
  'brokerage',
  'eiIndex',
] as const;
export type NodeMetricName = (typeof NODE_METRICS)[number];

/** Columns aligned with Csr.ids; NaN = undefined. */
export type NodeMetricColumns = Record<NodeMetricName, Float64Array>;

/** The sector mixing matrix: rows/columns in `sectors` order, symmetric. */
export interface SectorMixing {
  sectors: Sector[];
  /** counts[i][j]: number of ties between sector i and j (each undirected tie counted once; off-diagonal mirrored). */
  counts: number[][];
  /** weights[i][j]: summed tie weight between sector i and j (mirrored like counts). */
  weights: number[][];
}

export interface ClusterIndicators {
  mixing: SectorMixing;
  /** Share of ties whose two ends are in different (known) sectors. */
  crossSectorShare: number | null;
  /** Krackhardt & Stern E-I index of the whole network over sectors: (E − I) / (E + I). */
  eiIndex: number | null;
  /** E-I index of the ties incident to each sector's nodes. */
  eiBySector: Record<KnownSector, number | null>;
  /** Newman's attribute assortativity over sector. */
  sectorAssortativity: number | null;
  /** Leydesdorff's triple-helix mutual information T(U,I,G) in bits (negative = synergy). */
  tripleHelixT: number | null;
}

export interface GraphMetrics {
  nodes: number;
  edges: number;
  density: number | null;
  components: number;
  largestComponentShare: number | null;
  diameter: number | null;
  averagePathLength: number | null;
  averageClustering: number | null;
  transitivity: number | null;
  assortativity: number | null;
  modularity: number | null;
  communities: number;
  degreeCentralization: number | null;
  betweennessCentralization: number | null;
  omega: number | null;
  sigma: number | null;
}

/** GraphMetrics field names in output order (typed so a new field must be listed). */
export const GRAPH_METRIC_NAMES = [
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
  'modularity',
  'communities',
  'degreeCentralization',
  'betweennessCentralization',
  'omega',
  'sigma',
] as const satisfies readonly (keyof GraphMetrics)[];

/** The scalar cluster indicators (the mixing matrix and per-sector E-I are shown apart). */
export const INDICATOR_NAMES = [
  'crossSectorShare',
  'eiIndex',
  'sectorAssortativity',
  'tripleHelixT',
] as const satisfies readonly (keyof ClusterIndicators)[];

/** Plain-language description of a metric or indicator, shown in docs, output and UI. */
export interface MetricInfo {
  id: string;
  label: string;
  /** One sentence, plain words, for an evaluator. */
  explanation: string;
  /** Formula or convention, short. */
  convention: string;
  /** Reference (author year, DOI where there is one). */
  reference: string;
}
