/**
 * Plain-language descriptions of the community and role metrics (node columns and graph
 * fields), merged into METRIC_INFO by ../info.ts.
 */
import type { MetricInfo } from '../types.ts';

const GUIMERA = 'Guimerà & Amaral 2005, Nature 433, 895–900, doi:10.1038/nature03288';
const LEIDEN =
  'Traag, Waltman & van Eck 2019, Sci. Rep. 9, 5233, doi:10.1038/s41598-019-41695-z; Blondel et al. 2008, doi:10.1088/1742-5468/2008/10/P10008';

export const COMMUNITY_INFO: Record<string, MetricInfo> = {
  community: {
    id: 'community',
    label: 'Community',
    explanation:
      'The group of densely interlinked actors this actor belongs to, found automatically from who works with whom.',
    convention:
      'Leiden (default) or Louvain maximising modularity with resolution γ, seeded; numbered 0, 1, … by decreasing size; every isolate is its own community.',
    reference: LEIDEN,
  },
  participation: {
    id: 'participation',
    label: 'Participation coefficient',
    explanation:
      'How evenly this actor’s ties are spread over communities: 0 if all stay in its own group, near 1 if spread over many groups.',
    convention:
      'P_i = 1 − Σ_s (k_is / k_i)², k_is = ties (weighted: weight) to community s; undefined (null) for isolates.',
    reference: GUIMERA,
  },
  withinModuleZ: {
    id: 'withinModuleZ',
    label: 'Within-community degree (z)',
    explanation:
      'How much more strongly this actor is tied inside its own community than the community’s average member, in standard deviations.',
    convention:
      'z_i = (κ_i − mean κ) / σ over the community, κ = ties inside the own community, σ the population standard deviation; 0 when σ = 0.',
    reference: GUIMERA,
  },
  modularity: {
    id: 'modularity',
    label: 'Modularity',
    explanation:
      'How clearly the network splits into separate groups: near 0 for no group structure, above about 0.3 for clear communities.',
    convention:
      'Q = Σ_c [L_c/m − γ (d_c/2m)²] of the detected partition, exactly networkx community.modularity; null without ties.',
    reference: 'Newman & Girvan 2004, Phys. Rev. E 69, 026113, doi:10.1103/PhysRevE.69.026113',
  },
  communities: {
    id: 'communities',
    label: 'Communities',
    explanation: 'The number of groups the community detection found, isolated actors included.',
    convention: 'Count of communities of the Leiden/Louvain partition; each isolate counts as one.',
    reference: LEIDEN,
  },
};
