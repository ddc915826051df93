/**
 * Sector assortativity: Newman's attribute assortativity coefficient over sectors,
 * exactly networkx `attribute_assortativity_coefficient(G, 'sector')`:
 *
 *   r = (Σ_s e_ss − Σ_s a_s²) / (1 − Σ_s a_s²)
 *
 * e_st = fraction of tie ends joining sector s to sector t (each undirected tie counted
 * in both directions, so e is symmetric), a_s = Σ_t e_st. r = 1: ties only inside sectors;
 * 0: mixing as by chance; negative: sectors prefer each other (disassortative).
 *
 * Conventions: unweighted, as networkx; `unknown` is one more category; isolates add
 * nothing. null when undefined (no ties, or every tie end in one sector: 0/0).
 *
 * Reference: Newman 2003, "Mixing patterns in networks", Phys. Rev. E 67, 026126,
 * doi:10.1103/PhysRevE.67.026126.
 */
import type { SectorMixing } from '../types.ts';

export function sectorAssortativity(mixing: SectorMixing): number | null {
  const size = mixing.sectors.length;
  // Directed tie-end counts: off-diagonal cells already hold each tie once per direction;
  // diagonal ties are seen from both ends.
  let total = 0;
  const cell = (i: number, j: number): number => (i === j ? 2 : 1) * mixing.counts[i][j];
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) total += cell(i, j);
  if (total === 0) return null;
  let trace = 0;
  let sumSquares = 0;
  for (let i = 0; i < size; i++) {
    trace += cell(i, i) / total;
    let a = 0;
    for (let j = 0; j < size; j++) a += cell(i, j) / total;
    sumSquares += a * a;
  }
  if (1 - sumSquares === 0) return null;
  return (trace - sumSquares) / (1 - sumSquares);
}
