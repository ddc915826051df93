/**
 * Freeman betweenness centralization: how much brokerage is concentrated in one actor.
 *
 *   C_B = Σ_i (b_max − b_i) / (n − 1),
 *
 * on networkx-normalised betweenness b_i = B_i / ((n − 1)(n − 2) / 2) (networkx
 * `betweenness_centrality(G)`, normalized=True, as computed by src/metrics/paths). The
 * largest possible Σ (b_max − b_i) is n − 1, reached by a star (centre 1, leaves 0), so a
 * star = 1 and any vertex-transitive graph (complete, ring) = 0. NaN entries are skipped.
 * null when n < 3.
 *
 * Reference: Freeman, L. C. (1978). Centrality in social networks: conceptual
 * clarification. Social Networks 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
 */

/** `betweenness`: normalised betweenness column aligned with Csr.ids. */
export function computeBetweennessCentralization(betweenness: Float64Array): number | null {
  const n = betweenness.length;
  if (n < 3) return null;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (betweenness[i] > max) max = betweenness[i];
  if (!Number.isFinite(max)) return null;
  let gap = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(betweenness[i])) gap += max - betweenness[i];
  return gap / (n - 1);
}
