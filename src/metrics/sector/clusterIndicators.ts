/**
 * All cluster indicators of one graph over the node sector: the sector mixing matrix,
 * cross-sector share, the whole-network and per-sector E-I indices, sector assortativity
 * and Leydesdorff's triple-helix T. See each function's file for formula and conventions.
 *
 * `sectors` is aligned with csr.ids. `helixRecords` are project/collaboration records (the
 * helices taking part in each); without them T is computed from the ties themselves
 * (helixRecordsFromTies.ts; read here off the mixing matrix, ./tieHelixTable.ts). `weighted` switches cross-sector share and the E-I indices
 * to tie weights; sector assortativity is always unweighted (as networkx).
 */
import type { Csr } from '../csr.ts';
import type { ClusterIndicators } from '../types.ts';
import type { Helix, Sector } from '../../model/sector.ts';
import { sectorAssortativity } from './assortativity.ts';
import { crossSectorShare } from './crossSectorShare.ts';
import { eiBySector } from './eiBySector.ts';
import { eiIndex } from './eiIndex.ts';
import { tripleHelixTFromTable } from './helixTable.ts';
import { sectorMixing } from './mixing.ts';
import { tieHelixTable } from './tieHelixTable.ts';
import { tripleHelixT } from './tripleHelix.ts';

export interface ClusterIndicatorOptions {
  /** Cross-sector share and E-I indices over tie weights instead of tie counts. */
  weighted: boolean;
  /** Records for the triple-helix T; default: one record per tie. */
  helixRecords?: readonly (readonly Helix[])[];
}

export const DEFAULT_CLUSTER_INDICATOR_OPTIONS: ClusterIndicatorOptions = { weighted: false };

export function computeClusterIndicators(
  csr: Csr,
  sectors: ArrayLike<Sector>,
  options: Partial<ClusterIndicatorOptions> = {},
): ClusterIndicators {
  const { weighted, helixRecords } = { ...DEFAULT_CLUSTER_INDICATOR_OPTIONS, ...options };
  const mixing = sectorMixing(csr, sectors);
  return {
    mixing,
    crossSectorShare: crossSectorShare(mixing, { weighted }),
    eiIndex: eiIndex(mixing, { weighted }),
    eiBySector: eiBySector(mixing, { weighted }),
    sectorAssortativity: sectorAssortativity(mixing),
    tripleHelixT: helixRecords
      ? tripleHelixT(helixRecords)
      : tripleHelixTFromTable(tieHelixTable(mixing)),
  };
}
