/**
 * Plain-language descriptions of the sector-based indicators (the node E-I column and the
 * ClusterIndicators fields), merged into METRIC_INFO by ../info.ts.
 */
import type { MetricInfo } from '../types.ts';

const KRACKHARDT =
  'Krackhardt & Stern 1988, Social Psychology Quarterly 51(2), 123–140, doi:10.2307/2786835';
const NEWMAN = 'Newman 2003, Phys. Rev. E 67, 026126, doi:10.1103/PhysRevE.67.026126';

export const SECTOR_INFO: Record<string, MetricInfo> = {
  eiIndex: {
    id: 'eiIndex',
    label: 'E-I index (sectors)',
    explanation:
      'Whether ties reach outside or stay inside a sector, from −1 (only with the same sector) to +1 (only with other sectors), for one actor or for the whole network.',
    convention:
      '(E − I) / (E + I), E = ties (weighted: weight) between different known sectors, I = ties within one; ties to unknown left out; null/undefined when there are none.',
    reference: KRACKHARDT,
  },
  mixing: {
    id: 'mixing',
    label: 'Sector mixing matrix',
    explanation:
      'How many ties, and how much joint work, link each pair of sectors: universities, companies, government and intermediaries.',
    convention:
      'Counts and summed weights per sector pair, each tie once, symmetric; an unknown row is added when some actor’s sector is unknown.',
    reference: NEWMAN,
  },
  crossSectorShare: {
    id: 'crossSectorShare',
    label: 'Cross-sector share',
    explanation:
      'Share of ties that cross sectors: how much universities, companies and government actually work together.',
    convention:
      'Ties between two different known sectors / ties with both ends known (weighted: by tie weight); intermediary is a sector; null when no tie has two known ends.',
    reference: KRACKHARDT,
  },
  eiBySector: {
    id: 'eiBySector',
    label: 'E-I index by sector',
    explanation:
      'For each sector, whether its members work mostly among themselves (−1) or with other sectors (+1).',
    convention:
      '(E_s − I_s) / (E_s + I_s), E_s = ties from sector s to other known sectors, I_s = ties inside s (each once); null for a sector without such ties.',
    reference: KRACKHARDT,
  },
  sectorAssortativity: {
    id: 'sectorAssortativity',
    label: 'Sector assortativity',
    explanation:
      'Whether actors tie up with their own sector more than chance would predict (positive) or prefer other sectors (negative).',
    convention:
      'Newman’s attribute assortativity over sector, exactly networkx attribute_assortativity_coefficient (unweighted, unknown a category); null when undefined or without ties.',
    reference: NEWMAN,
  },
  tripleHelixT: {
    id: 'tripleHelixT',
    label: 'Triple-helix synergy T',
    explanation:
      'Whether university, industry and government take part in projects together more than their pairwise links explain: negative values mean synergy.',
    convention:
      'T = H_U + H_I + H_G − H_UI − H_UG − H_IG + H_UIG in bits over the presence of each helix per project (or per tie when no project records); null without records.',
    reference: 'Leydesdorff 2003, Scientometrics 58(2), 445–467, doi:10.1023/A:1026276025217',
  },
};
