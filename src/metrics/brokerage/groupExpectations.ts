/**
 * Expected brokerage counts and their variances for a node of each group, under
 * Gould & Fernandez's null model (ties independent with probability d = density), exactly
 * as R's sna::brokerage computes `exp.grp` and the square of `sd.grp` (sna 2.7, Butts).
 *
 * With N nodes, n_g the size of the node's group g, p = d²(1 − d) (probability of an open
 * two-path through a given broker) and q = d³(1 − d)³:
 *   coordinator     E = p (n_g − 1)(n_g − 2)
 *                   V = E(1 − p) + 2 (n_g − 1)(n_g − 2)(n_g − 3) q
 *   consultant      E = p Σ_{h≠g} n_h (n_h − 1)
 *                   V = E(1 − p) + 2 Σ_{h≠g} n_h (n_h − 1)(n_h − 2) q
 *   representative  E = p (N − n_g)(n_g − 1)                         (gatekeeper the same)
 *                   V = E(1 − p) + 2 [(n_g − 1) C(N − n_g, 2) + (N − n_g) C(n_g − 1, 2)] q
 *   liaison         E = p [(Σ_{h≠g} n_h)² − Σ_{h≠g} n_h²]
 *                   V = E(1 − p) + 4 Σ_{h≠g} n_h C(N − n_h − n_g, 2) q
 *   total           E = p (N − 1)(N − 2)
 *                   V = E(1 − p) + 2 (N − 1)(N − 2)(N − 3) q
 *
 * Conventions: d is the directed density m_dir / (N(N − 1)); N = 1 gives d = NaN, and so
 * NaN expectations, as in sna.
 *
 * References: Gould & Fernandez 1989, doi:10.2307/270949; Butts 2008, "Social network
 * analysis with sna", J. Stat. Softw. 24(6), doi:10.18637/jss.v024.i06.
 */
import type { RoleVector } from './roles.ts';

export interface GroupExpectation {
  expected: RoleVector;
  variance: RoleVector;
}

const choose2 = (x: number): number => (x * (x - 1)) / 2;

export function groupExpectations(
  sizes: readonly number[],
  N: number,
  d: number,
): GroupExpectation[] {
  const p = d * d * (1 - d);
  const q = d ** 3 * (1 - d) ** 3;
  return sizes.map((ng, g) => {
    let others = 0;
    let othersSquares = 0;
    let consultantPairs = 0;
    let consultantTriples = 0;
    let liaisonVariance = 0;
    sizes.forEach((nh, h) => {
      if (h === g) return;
      others += nh;
      othersSquares += nh * nh;
      consultantPairs += nh * (nh - 1);
      consultantTriples += nh * (nh - 1) * (nh - 2);
      liaisonVariance += nh * choose2(N - nh - ng) * q;
    });
    const coordinator = p * (ng - 1) * (ng - 2);
    const consultant = p * consultantPairs;
    const representative = p * (N - ng) * (ng - 1);
    const liaison = p * (others * others - othersSquares);
    const total = p * (N - 1) * (N - 2);
    const representativeVariance =
      representative * (1 - p) + 2 * ((ng - 1) * choose2(N - ng) + (N - ng) * choose2(ng - 1)) * q;
    return {
      expected: [coordinator, consultant, representative, representative, liaison, total],
      variance: [
        coordinator * (1 - p) + 2 * (ng - 1) * (ng - 2) * (ng - 3) * q,
        consultant * (1 - p) + 2 * consultantTriples * q,
        representativeVariance,
        representativeVariance,
        liaison * (1 - p) + 4 * liaisonVariance,
        total * (1 - p) + 2 * (N - 1) * (N - 2) * (N - 3) * q,
      ],
    };
  });
}
