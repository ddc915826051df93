/**
 * Community detection: Leiden (default) or Louvain, both maximising modularity with
 * resolution γ, then renumbered 0, 1, … by decreasing size (ties: lowest node index first).
 *
 * Conventions: every isolate is its own community (it has no tie to join anyone by), so
 * `count` includes them. `modularity` is Newman's Q with resolution γ of the returned
 * partition, computed exactly as networkx (see ./modularity.ts); NaN for a graph without
 * ties. Same graph, options and seed → the same partition.
 *
 * References: Traag, Waltman & van Eck 2019, doi:10.1038/s41598-019-41695-z (Leiden);
 * Blondel et al. 2008, doi:10.1088/1742-5468/2008/10/P10008 (Louvain);
 * Newman & Girvan 2004, doi:10.1103/PhysRevE.69.026113 (modularity).
 */
import type { Csr } from '../csr.ts';
import { leidenPartition } from './leiden.ts';
import { louvainPartition } from './louvain.ts';
import { modularity } from './modularity.ts';
import { orderCommunitiesBySize } from './orderBySize.ts';

export interface CommunityOptions {
  /** 'leiden' (default; communities always connected) or 'louvain'. */
  method: 'leiden' | 'louvain';
  /** Modularity resolution γ (1 = standard modularity). */
  resolution: number;
  /** Seed of the random generator. */
  seed: number;
  /** Use tie weights. */
  weighted: boolean;
}

export const DEFAULT_COMMUNITY_OPTIONS: CommunityOptions = {
  method: 'leiden',
  resolution: 1,
  seed: 42,
  weighted: false,
};

export interface CommunityResult {
  /** Community of each node (aligned with csr.ids), 0 = largest. */
  labels: Int32Array;
  /** Number of communities, isolates included. */
  count: number;
  /** Modularity (resolution γ) of the partition; NaN without ties. */
  modularity: number;
}

export function detectCommunities(
  csr: Csr,
  options: Partial<CommunityOptions> = {},
): CommunityResult {
  const { method, resolution, seed, weighted } = { ...DEFAULT_COMMUNITY_OPTIONS, ...options };
  const raw =
    method === 'louvain'
      ? louvainPartition(csr, { resolution, seed, weighted })
      : leidenPartition(csr, { resolution, seed, weighted });
  // Isolates: a fresh label each, whatever the algorithm did with them.
  let fresh = 0;
  for (let i = 0; i < csr.n; i++) fresh = Math.max(fresh, raw[i] + 1);
  for (let i = 0; i < csr.n; i++) if (csr.offsets[i + 1] === csr.offsets[i]) raw[i] = fresh++;
  const { labels, count } = orderCommunitiesBySize(raw);
  return { labels, count, modularity: modularity(csr, labels, { resolution, weighted }) };
}
