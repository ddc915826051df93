/**
 * METRIC_INFO: a plain-language description of every node metric (NODE_METRICS), every
 * graph metric (GraphMetrics) and every cluster indicator (ClusterIndicators), keyed by
 * the name used in results, output files and the UI. `eiIndex` is one entry for both the
 * node column and the network indicator: the same formula over one actor's ties or all
 * ties. No React here; the UI, the CLI and the docs read the same text.
 *
 * Community/role, brokerage and sector entries live next to their code and are merged in.
 */
import { BROKERAGE_INFO } from './brokerage/info.ts';
import { COMMUNITY_INFO } from './communities/info.ts';
import { SECTOR_INFO } from './sector/info.ts';
import type { MetricInfo } from './types.ts';

const FREEMAN = 'Freeman 1978, Social Networks 1(3), 215–239, doi:10.1016/0378-8733(78)90021-7';
const WATTS = 'Watts & Strogatz 1998, Nature 393, 440–442, doi:10.1038/30918';
const BURT = 'Burt 1992, Structural Holes, Harvard University Press, doi:10.4159/9780674029095';
const WASSERMAN = 'Wasserman & Faust 1994, Social Network Analysis, doi:10.1017/CBO9780511815478';

type Text = Omit<MetricInfo, 'id'>;

const STRUCTURE: Record<string, Text> = {
  degree: {
    label: 'Degree',
    explanation: 'The number of different partners this actor works with.',
    convention: 'd_i = |N(i)|, raw count (networkx G.degree()); parallel ties merged into one.',
    reference: FREEMAN,
  },
  weightedDegree: {
    label: 'Weighted degree (strength)',
    explanation:
      'The total amount of joint work with all partners, e.g. the number of joint projects.',
    convention: 's_i = Σ_j w_ij, always weighted; a tie without a positive weight counts 1.',
    reference: 'Barrat et al. 2004, PNAS 101(11), 3747–3752, doi:10.1073/pnas.0400087101',
  },
  betweenness: {
    label: 'Betweenness',
    explanation:
      'How often this actor lies on the shortest route between two others: a bridge or bottleneck.',
    convention:
      'Brandes; networkx betweenness_centrality normalised by (n−1)(n−2)/2 pairs; weighted: distance = 1/weight.',
    reference: 'Brandes 2001, J. Math. Sociol. 25(2), 163–177, doi:10.1080/0022250X.2001.9990249',
  },
  closeness: {
    label: 'Closeness',
    explanation: 'How few steps this actor needs to reach everyone it can reach.',
    convention:
      'networkx closeness_centrality (Wasserman–Faust scaling for disconnected graphs): (r−1)/Σd · (r−1)/(n−1); 0 for isolates.',
    reference: WASSERMAN,
  },
  harmonic: {
    label: 'Harmonic centrality',
    explanation:
      'Closeness that also works across separate groups: the sum of 1/distance to every other actor.',
    convention:
      'Σ_{v≠u} 1/d(u,v), unreachable actors add 0 (networkx harmonic_centrality, not normalised).',
    reference:
      'Boldi & Vigna 2014, Internet Mathematics 10(3–4), 222–262, doi:10.1080/15427951.2013.865686',
  },
  eigenvector: {
    label: 'Eigenvector centrality',
    explanation:
      'How well connected this actor’s partners are: central actors work with other central actors.',
    convention:
      'networkx eigenvector_centrality (power iteration on A + I, Euclidean norm); isolates 0; weighted uses tie weights.',
    reference: 'Bonacich 1987, Am. J. Sociol. 92(5), 1170–1182, doi:10.1086/228631',
  },
  pagerank: {
    label: 'PageRank',
    explanation:
      'The chance that someone following collaboration ties at random ends up at this actor.',
    convention: 'networkx pagerank, α = 0.85, isolates spread uniformly; scores sum to 1.',
    reference:
      'Brin & Page 1998, Comput. Netw. ISDN Syst. 30, 107–117, doi:10.1016/S0169-7552(98)00110-X',
  },
  clustering: {
    label: 'Clustering coefficient',
    explanation: 'The share of this actor’s partners who also work with each other.',
    convention: 'C_i = 2t_i / (d_i(d_i − 1)), 0 when d_i < 2 (networkx clustering, unweighted).',
    reference: WATTS,
  },
  coreness: {
    label: 'Coreness (k-core)',
    explanation: 'How deep in the tightly knit core of the network this actor sits.',
    convention:
      'Largest k with the actor in a subgraph where everyone has ≥ k ties (networkx core_number).',
    reference: 'Seidman 1983, Social Networks 5(3), 269–287, doi:10.1016/0378-8733(83)90028-X',
  },
  constraint: {
    label: 'Burt’s constraint',
    explanation:
      'How much this actor’s partners are tied to each other: high means a closed circle, low means spanning gaps.',
    convention:
      'c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², networkx constraint; undefined (null) for isolates.',
    reference: BURT,
  },
  effectiveSize: {
    label: 'Effective size',
    explanation:
      'The number of this actor’s partners who bring something new, not already linked to the others.',
    convention:
      'Burt’s effective size, networkx effective_size (unweighted: d_i − 2t_i/d_i); null for isolates.',
    reference: BURT,
  },
  nodes: {
    label: 'Actors',
    explanation: 'The number of actors (people or organizations) in the network.',
    convention: 'Node count of the simple graph at the chosen level and filter.',
    reference: WASSERMAN,
  },
  edges: {
    label: 'Ties',
    explanation: 'The number of distinct collaborating pairs.',
    convention: 'Edge count of the simple graph; repeated collaborations of one pair count once.',
    reference: WASSERMAN,
  },
  density: {
    label: 'Density',
    explanation: 'The share of all possible pairs that actually collaborate.',
    convention: '2m / (n(n − 1)) (networkx density); 0 when n ≤ 1.',
    reference: WASSERMAN,
  },
  components: {
    label: 'Components',
    explanation: 'The number of separate pieces the network falls into, isolated actors included.',
    convention: 'Connected components (networkx number_connected_components).',
    reference: WASSERMAN,
  },
  largestComponentShare: {
    label: 'Largest component share',
    explanation:
      'The share of actors in the biggest connected piece: how integrated the cluster is.',
    convention: 'Size of the largest connected component / n; null for an empty graph.',
    reference: WASSERMAN,
  },
  diameter: {
    label: 'Diameter',
    explanation: 'The longest shortest route, in steps, between two actors of the largest piece.',
    convention:
      'networkx diameter of the largest connected component; weighted: distance = 1/weight.',
    reference: WASSERMAN,
  },
  averagePathLength: {
    label: 'Average path length',
    explanation: 'How many steps apart two actors of the largest piece are on average.',
    convention: 'networkx average_shortest_path_length of the largest connected component.',
    reference: WATTS,
  },
  averageClustering: {
    label: 'Average clustering',
    explanation: 'How often, on average, an actor’s partners also work with each other.',
    convention:
      'Mean local clustering over all nodes, isolates and leaves as 0 (networkx average_clustering).',
    reference: WATTS,
  },
  transitivity: {
    label: 'Transitivity',
    explanation: 'The share of partner-of-partner pairs that also collaborate directly.',
    convention: '3 × triangles / connected triples (networkx transitivity); 0 without triangles.',
    reference:
      'Newman, Strogatz & Watts 2001, Phys. Rev. E 64, 026118, doi:10.1103/PhysRevE.64.026118',
  },
  assortativity: {
    label: 'Degree assortativity',
    explanation:
      'Whether well-connected actors work with other well-connected actors (positive) or with peripheral ones (negative).',
    convention:
      'networkx degree_assortativity_coefficient (weighted: strengths); null when undefined.',
    reference: 'Newman 2002, Phys. Rev. Lett. 89, 208701, doi:10.1103/PhysRevLett.89.208701',
  },
  degreeCentralization: {
    label: 'Degree centralization',
    explanation:
      'How much the network revolves around one actor: 1 for a star, 0 when everyone has as many partners.',
    convention: 'Freeman: Σ(d_max − d_i) / ((n − 1)(n − 2)); null when n < 3.',
    reference: FREEMAN,
  },
  betweennessCentralization: {
    label: 'Betweenness centralization',
    explanation: 'How much the bridging between actors depends on a single actor: 1 for a star.',
    convention: 'Freeman: Σ(b_max − b_i) / (n − 1) on normalised betweenness; null when n < 3.',
    reference: FREEMAN,
  },
  omega: {
    label: 'Small-world ω',
    explanation:
      'Whether the network is small-world: near 0 small-world, near −1 lattice-like, near +1 random-like.',
    convention:
      'ω = L_r/L − C/C_ℓ against seeded random and lattice reference graphs (networkx omega); optional, slow.',
    reference:
      'Telesford et al. 2011, Brain Connectivity 1(5), 367–375, doi:10.1089/brain.2011.0038',
  },
  sigma: {
    label: 'Small-world σ',
    explanation:
      'Whether the network is more clustered than a random one while keeping short routes: above 1 means small-world.',
    convention:
      'σ = (C/C_r) / (L/L_r) against seeded random reference graphs (networkx sigma); optional, slow.',
    reference: 'Humphries & Gurney 2008, PLoS ONE 3(4), e0002051, doi:10.1371/journal.pone.0002051',
  },
};

export const METRIC_INFO: Record<string, MetricInfo> = {
  ...Object.fromEntries(Object.entries(STRUCTURE).map(([id, text]) => [id, { id, ...text }])),
  ...COMMUNITY_INFO,
  ...BROKERAGE_INFO,
  ...SECTOR_INFO,
};
