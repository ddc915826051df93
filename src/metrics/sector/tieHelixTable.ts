/**
 * The triple-helix record table of "one record per tie" read off the sector mixing
 * matrix: a tie between sectors a and b is a record holding the helices among {a, b}
 * (intermediary and unknown hold none). Same result as counting
 * `helixRecordsFromTies(csr, sectors)` record by record, in O(sectors²) instead of O(m).
 */
import type { SectorMixing } from '../types.ts';
import type { Helix, Sector } from '../../model/sector.ts';
import { HELIX_BIT } from './helixTable.ts';

const bitOf = (sector: Sector): number => HELIX_BIT[sector as Helix] ?? 0;

export function tieHelixTable(mixing: SectorMixing): Float64Array {
  const table = new Float64Array(8);
  mixing.sectors.forEach((a, i) => {
    mixing.sectors.forEach((b, j) => {
      if (j < i) return;
      table[bitOf(a) | bitOf(b)] += mixing.counts[i][j];
    });
  });
  return table;
}
