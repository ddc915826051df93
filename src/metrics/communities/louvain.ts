/**
 * Louvain community detection optimising modularity with resolution γ, on
 * graphology-communities-louvain (its `rng` option seeded, its `resolution` option set).
 *
 * Conventions: ties weighted by their weight when `weighted`, else all 1. Isolates end up
 * alone. Louvain may produce internally disconnected communities (Traag et al. 2019); the
 * default method is therefore Leiden. Returns raw community numbers; `detectCommunities`
 * renumbers them.
 *
 * Reference: Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities
 * in large networks", J. Stat. Mech. P10008, doi:10.1088/1742-5468/2008/10/P10008.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Csr } from '../csr.ts';
import { createSeededRandom } from './seededRandom.ts';

export interface LouvainOptions {
  /** Modularity resolution γ. */
  resolution: number;
  /** Seed of the random generator (node visiting order). */
  seed: number;
  /** Use tie weights. */
  weighted: boolean;
}

export const DEFAULT_LOUVAIN_OPTIONS: LouvainOptions = { resolution: 1, seed: 42, weighted: false };

export function louvainPartition(csr: Csr, options: Partial<LouvainOptions> = {}): Int32Array {
  const { resolution, seed, weighted } = { ...DEFAULT_LOUVAIN_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const j = targets[k];
      if (j > i) graph.addUndirectedEdge(String(i), String(j), { weight: weights[k] });
    }
  }
  if (graph.size === 0) return Int32Array.from({ length: n }, (_, i) => i);
  const random = createSeededRandom(seed);
  const communities = louvain(graph, {
    getEdgeWeight: weighted ? 'weight' : null,
    resolution,
    rng: random.next,
  });
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = communities[String(i)];
  return labels;
}
