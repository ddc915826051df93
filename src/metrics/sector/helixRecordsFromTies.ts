/**
 * Triple-helix records from the ties of a graph, when no project records are available:
 * each tie is one record listing the helices (academia, industry, government) of its two
 * ends. Intermediary and unknown ends add no helix, so such a tie contributes a record
 * with one helix or none.
 *
 * A tie has at most two ends, so no record holds all three helices; T computed from tie
 * records measures dyadic, not project-level, configurations (Leydesdorff 2003,
 * doi:10.1023/A:1026276025217). Project or collaboration records (all participants of one
 * project) are the better input when the dataset has them.
 */
import type { Csr } from '../csr.ts';
import { HELICES, type Helix, type Sector } from '../../model/sector.ts';

const isHelix = (s: Sector): s is Helix => (HELICES as readonly string[]).includes(s);

export function helixRecordsFromTies(csr: Csr, sectors: ArrayLike<Sector>): Helix[][] {
  const records: Helix[][] = [];
  for (let i = 0; i < csr.n; i++) {
    for (let k = csr.offsets[i]; k < csr.offsets[i + 1]; k++) {
      const j = csr.targets[k];
      if (j < i) continue;
      const record: Helix[] = [];
      const a = sectors[i];
      const b = sectors[j];
      if (isHelix(a)) record.push(a);
      if (isHelix(b) && b !== a) record.push(b);
      records.push(record);
    }
  }
  return records;
}
