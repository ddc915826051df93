/**
 * Turn merged per-source partials into the path metrics, with networkx 3.x conventions:
 *
 * - betweenness: nx.betweenness_centrality(G, normalized=True): the ordered-pair sums
 *   Σ_s δ_s(v) times 1/((n−1)(n−2)) (= 2/((n−1)(n−2)) on unordered pairs); no rescaling
 *   when n ≤ 2 (all zero).
 * - closeness: nx.closeness_centrality (wf_improved=True):
 *   C(u) = (r−1)/Σ_v d(u,v) · (r−1)/(n−1), r = nodes reachable from u including u;
 *   0 when nothing is reachable (or n = 1).
 * - harmonic: nx.harmonic_centrality, Σ_{v≠u} 1/d(u,v), not normalised.
 * - eccentricity: max distance from u within u's own component (0 for an isolate).
 * - diameter, averagePathLength: nx.diameter / nx.average_shortest_path_length of the
 *   largest connected component (first largest by lowest node index); null when that
 *   component has a single node or the graph is empty.
 * Weighted: every distance is Σ 1/weight along the path.
 */
import type { Csr } from '../csr.ts';
import { computeComponents } from '../components.ts';
import type { Components } from '../components.ts';
import { createPathPartial, mergePathPartials } from './workspace.ts';
import type { PathPartial } from './workspace.ts';

export interface PathMetrics {
  betweenness: Float64Array;
  closeness: Float64Array;
  harmonic: Float64Array;
  eccentricity: Float64Array;
  diameter: number | null;
  averagePathLength: number | null;
  components: Components;
}

export function finalizePaths(
  csr: Csr,
  partials: PathPartial[],
  components: Components = computeComponents(csr),
): PathMetrics {
  const n = csr.n;
  const merged =
    partials.length === 1 ? partials[0] : partials.reduce(mergePathPartials, createPathPartial(n));
  if (merged.sources !== n) {
    throw new Error(
      `finalizePaths: the partials cover ${merged.sources} of ${n} sources; accumulate every source once`,
    );
  }

  const betweenness = Float64Array.from(merged.betweennessRaw);
  if (n - 1 >= 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v] *= scale;
  }

  const closeness = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const total = merged.distanceSum[u];
    if (total > 0 && n > 1) {
      const others = merged.reachable[u] - 1;
      closeness[u] = (others / total) * (others / (n - 1));
    }
  }

  let diameter: number | null = null;
  let averagePathLength: number | null = null;
  const size = components.largest >= 0 ? components.sizes[components.largest] : 0;
  if (size > 1) {
    let longest = 0;
    let total = 0;
    for (let u = 0; u < n; u++) {
      if (components.labels[u] !== components.largest) continue;
      if (merged.eccentricity[u] > longest) longest = merged.eccentricity[u];
      total += merged.distanceSum[u];
    }
    diameter = longest;
    averagePathLength = total / (size * (size - 1));
  }

  return {
    betweenness,
    closeness,
    harmonic: Float64Array.from(merged.harmonic),
    eccentricity: Float64Array.from(merged.eccentricity),
    diameter,
    averagePathLength,
    components,
  };
}
