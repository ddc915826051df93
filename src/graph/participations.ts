/**
 * Co-participation records for Leydesdorff's triple-helix indicator.
 *
 * Leydesdorff's mutual information in three dimensions,
 *   T(a,i,g) = H(a) + H(i) + H(g) − H(a,i) − H(a,g) − H(i,g) + H(a,i,g),
 * is computed from records (originally papers or patents) that each list which helices
 * — academia, industry, government — take part in them (Leydesdorff 2003,
 * Scientometrics 58(2):445–467, doi:10.1023/A:1026253130577). This module turns a dataset
 * into such records; the indicator itself lives in src/metrics.
 *
 * Records:
 * - A project (collaboration ties sharing a `project` id — projected memberships or the
 *   `project` column) is one record per fiscal year: ties of the same project in
 *   different years are different records, and the project's undated ties are one more
 *   record. The record lists the distinct helices of all the ends of its ties.
 * - A collaboration tie without a project is one record of its two ends' helices.
 * - An end's helix is its sector; a person counts as their organization's sector (the
 *   `organization` attribute when it names a node, else the person's own sector).
 *   Intermediaries and `unknown` belong to no helix and are ignored; a record left with
 *   no helix is omitted (it says nothing about the helices).
 * - The TieFilter applies to the ties first (src/graph/tieFilter.ts); affiliation edges
 *   are not collaborations and make no records.
 * Each record lists its helices in HELICES order (academia, industry, government);
 * records come in order of their first tie in the dataset.
 */
import {
  HELICES,
  type Dataset,
  type DatasetGraph,
  type Helix,
  type NodeId,
  type Sector,
  type TieFilter,
} from '../model/index.ts';
import { compileTieFilter } from './tieFilter.ts';

/** Bit of each helix in a record mask, in HELICES order. */
const HELIX_BIT: ReadonlyMap<Sector, number> = new Map(HELICES.map((helix, i) => [helix, 1 << i]));

export function deriveParticipations(dataset: Dataset, filter?: TieFilter): Helix[][] {
  const data = dataset.graph;
  const keepTie = compileTieFilter(filter);
  const helixBitOf = helixBits(data);
  /** One mask per record, in order of first tie; projects find their slot by key. */
  const masks: number[] = [];
  const projectSlot = new Map<string, number>();

  data.forEachEdge((_key, tie, source, target) => {
    if (tie.kind === 'affiliation' || !keepTie(tie)) return;
    const mask = (helixBitOf.get(source) ?? 0) | (helixBitOf.get(target) ?? 0);
    if (tie.project === undefined || tie.project === '') {
      masks.push(mask);
      return;
    }
    const key = tie.project + '\u0000' + (tie.year === null ? '' : String(tie.year));
    const slot = projectSlot.get(key);
    if (slot === undefined) {
      projectSlot.set(key, masks.length);
      masks.push(mask);
    } else {
      masks[slot] |= mask;
    }
  });

  const records: Helix[][] = [];
  for (const mask of masks) {
    if (mask === 0) continue;
    records.push(HELICES.filter((_helix, i) => (mask & (1 << i)) !== 0));
  }
  return records;
}

/** Node id → helix bit (0 for intermediaries, unknown sectors and people without one). */
function helixBits(data: DatasetGraph): Map<NodeId, number> {
  const bits = new Map<NodeId, number>();
  data.forEachNode((id, attributes) => {
    let sector = attributes.sector;
    const organization = attributes.organization;
    if (attributes.kind === 'person' && organization !== undefined && data.hasNode(organization)) {
      sector = data.getNodeAttribute(organization, 'sector');
    }
    bits.set(id, HELIX_BIT.get(sector) ?? 0);
  });
  return bits;
}
