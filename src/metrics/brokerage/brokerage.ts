/**
 * Gould–Fernandez brokerage roles by group (sector), with expected counts and z-scores
 * exactly as R's `sna::brokerage(g, cl)` reports them (raw.nli, exp.nli, sd.nli, z.nli and
 * the network-level raw.gli, exp.gli, sd.gli, z.gli).
 *
 * Counting: for every ordered two-path i → j → k (i ≠ k) without a tie i → k, broker j
 * scores one role by the groups of i, j and k (see ./roles.ts). Undirected ties are taken
 * as mutual directed ties (i–j is i → j and j → i), which is what sna does with a
 * symmetric adjacency matrix. Consequences for undirected data: every open two-path i–j–k
 * is counted twice, once in each direction, so coordinator, consultant and liaison counts
 * are even and gatekeeper = representative for every node; the density d is the usual
 * undirected density 2m / (N(N − 1)).
 *
 * Expectations: a node's expected count and standard deviation depend only on its own
 * group's size, N and d (./groupExpectations.ts); z = (raw − expected) / sd. When sd = 0
 * (e.g. a coordinator in a group of fewer than three, an empty or complete graph) the raw
 * count is 0 too and z = 0/0 = NaN, as in sna. Tie weights are ignored: brokerage is about
 * who can reach whom through whom.
 *
 * Groups: any string per node (the sector); `unknown` is simply one more group, so its
 * members count as outsiders for everyone else. Cost: Σ_i deg(i)² steps with one
 * neighbour-marking array and a groups × groups counter per broker; no n × n matrix.
 *
 * References: Gould & Fernandez 1989, Sociological Methodology 19, 89–126,
 * doi:10.2307/270949; Butts 2008, J. Stat. Softw. 24(6), doi:10.18637/jss.v024.i06.
 */
import type { Csr } from '../csr.ts';
import { groupExpectations } from './groupExpectations.ts';
import { networkExpectations } from './networkExpectations.ts';
import {
  BROKERAGE_ROLES,
  CONSULTANT,
  COORDINATOR,
  GATEKEEPER,
  LIAISON,
  REPRESENTATIVE,
  TOTAL,
  type BrokerageRole,
} from './roles.ts';

export interface BrokerageColumns {
  /** Raw count per node (aligned with csr.ids). */
  raw: Float64Array;
  /** Expected count under the null model. */
  expected: Float64Array;
  /** Standard deviation under the null model. */
  sd: Float64Array;
  /** (raw − expected) / sd; NaN when sd = 0. */
  z: Float64Array;
}

export interface BrokerageTotals {
  raw: number;
  expected: number;
  sd: number;
  z: number;
}

export interface BrokerageResult {
  /** Distinct groups in order of first appearance (sna's `clid`). */
  groups: string[];
  /** Size of each group. */
  groupSizes: number[];
  /** Density d used by the null model. */
  density: number;
  /** Per-node columns by role. */
  nodes: Record<BrokerageRole, BrokerageColumns>;
  /** Network-wide totals by role. */
  network: Record<BrokerageRole, BrokerageTotals>;
}

export function computeBrokerage(csr: Csr, groupOf: ArrayLike<string>): BrokerageResult {
  const { n, offsets, targets } = csr;
  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  const cl = new Int32Array(n);
  const groupSizes: number[] = [];
  for (let i = 0; i < n; i++) {
    let g = groupIndex.get(groupOf[i]);
    if (g === undefined) {
      g = groups.length;
      groupIndex.set(groupOf[i], g);
      groups.push(groupOf[i]);
      groupSizes.push(0);
    }
    groupSizes[g]++;
    cl[i] = g;
  }
  const G = groups.length;
  const raw = BROKERAGE_ROLES.map(() => new Float64Array(n));

  // For broker j: ordered pairs (i, k) of distinct neighbours by group pair, minus the
  // closed ones (k tied to i, found by marking j's neighbours); what remains are the open
  // two-paths i → j → k, classified once per group pair.
  const mark = new Int32Array(n).fill(-1);
  const neighboursByGroup = new Float64Array(G);
  const closed = new Float64Array(G * G);
  for (let j = 0; j < n; j++) {
    const start = offsets[j];
    const end = offsets[j + 1];
    if (end - start < 2) continue;
    neighboursByGroup.fill(0);
    closed.fill(0);
    for (let a = start; a < end; a++) {
      mark[targets[a]] = j;
      neighboursByGroup[cl[targets[a]]]++;
    }
    for (let a = start; a < end; a++) {
      const i = targets[a];
      const row = cl[i] * G;
      for (let b = offsets[i]; b < offsets[i + 1]; b++) {
        const k = targets[b];
        if (mark[k] === j) closed[row + cl[k]]++;
      }
    }
    const gj = cl[j];
    for (let gi = 0; gi < G; gi++) {
      if (neighboursByGroup[gi] === 0) continue;
      for (let gk = 0; gk < G; gk++) {
        const pairs = neighboursByGroup[gi] * (neighboursByGroup[gk] - (gi === gk ? 1 : 0));
        const open = pairs - closed[gi * G + gk];
        if (open === 0) continue;
        let role: number;
        if (gi === gj) role = gk === gj ? COORDINATOR : REPRESENTATIVE;
        else if (gk === gj) role = GATEKEEPER;
        else if (gk === gi) role = CONSULTANT;
        else role = LIAISON;
        raw[role][j] += open;
        raw[TOTAL][j] += open;
      }
    }
  }

  const density = (2 * csr.m) / (n * (n - 1));
  const perGroup = groupExpectations(groupSizes, n, density);
  const whole = networkExpectations(groupSizes, n, density);
  const nodes = {} as Record<BrokerageRole, BrokerageColumns>;
  const network = {} as Record<BrokerageRole, BrokerageTotals>;
  BROKERAGE_ROLES.forEach((role, r) => {
    const expected = new Float64Array(n);
    const sd = new Float64Array(n);
    const z = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const { expected: e, variance: v } = perGroup[cl[i]];
      expected[i] = e[r];
      sd[i] = Math.sqrt(v[r]);
      z[i] = (raw[r][i] - expected[i]) / sd[i];
      total += raw[r][i];
    }
    nodes[role] = { raw: raw[r], expected, sd, z };
    const networkSd = Math.sqrt(whole.variance[r]);
    network[role] = {
      raw: total,
      expected: whole.expected[r],
      sd: networkSd,
      z: (total - whole.expected[r]) / networkSd,
    };
  });
  return { groups, groupSizes, density, nodes, network };
}
