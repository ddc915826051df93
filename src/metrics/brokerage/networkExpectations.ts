/**
 * Expected network-wide brokerage totals and their variances under Gould & Fernandez's
 * null model, exactly as R's sna::brokerage computes `exp.gli` and the square of `sd.gli`
 * (sna 2.7). With group sizes n_g, N nodes, density d, p = d²(1 − d), q = d³(1 − d)³,
 * r = d⁴(1 − d)², s = d⁵(1 − d):
 *
 *   coordinator     E = p Σ n(n−1)(n−2)
 *                   V = E(1−p) + Σ n(n−1)(n−2) [(4n−10) q − 4(n−3) r + (n−3) s]
 *   consultant      E = p Σ n(N−n)(n−1)                           (as sna writes it)
 *                   V = E(1−p) + Σ_{g,h} n_g n_h (n_g−1) [(2n_g+2n_h−6) q + (N−n_g−1) s]
 *                               − Σ n²(n−1) [(4n−6) q + (N−n−1) s]
 *   representative  E = p Σ n(N−n)(n−1)                           (gatekeeper the same)
 *                   V = E(1−p) + Σ n(N−n)(n−1) [(N−3) q + (n−2) s]
 *   liaison         E = p [Σ_{g,h} n_g n_h (N−n_g−n_h) − Σ n²(N−2n)]
 *                   V = E(1−p) + Σ_{g,h,k distinct} n_g n_h n_k [(4(N−n_h) − 2(n_g+n_k+1)) q
 *                               − (4(N−n_k) − 2(n_g+n_h+1)) r + (N − (n_g+n_k+1)) s]
 *   total           E = p N(N−1)(N−2)
 *                   V = E(1−p) + N(N−1)(N−2) [(4N−10) q − 4(N−3) r + (N−3) s]
 *
 * References: Gould & Fernandez 1989, doi:10.2307/270949; Butts 2008,
 * doi:10.18637/jss.v024.i06 (sna).
 */
import type { GroupExpectation } from './groupExpectations.ts';

export function networkExpectations(
  sizes: readonly number[],
  N: number,
  d: number,
): GroupExpectation {
  const p = d * d * (1 - d);
  const q = d ** 3 * (1 - d) ** 3;
  const r = d ** 4 * (1 - d) ** 2;
  const s = d ** 5 * (1 - d);
  let coordinatorBase = 0;
  let coordinatorExtra = 0;
  let representativeBase = 0;
  let representativeExtra = 0;
  let consultantExtra = 0;
  let liaisonPairs = 0;
  let liaisonDiagonal = 0;
  for (const n of sizes) {
    const triples = n * (n - 1) * (n - 2);
    coordinatorBase += triples;
    coordinatorExtra += triples * ((4 * n - 10) * q - 4 * (n - 3) * r + (n - 3) * s);
    const mixed = n * (N - n) * (n - 1);
    representativeBase += mixed;
    representativeExtra += mixed * ((N - 3) * q + (n - 2) * s);
    consultantExtra -= n * n * (n - 1) * ((4 * n - 6) * q + (N - n - 1) * s);
    liaisonDiagonal += n * n * (N - 2 * n);
    for (const m of sizes) {
      consultantExtra += n * m * (n - 1) * ((2 * n + 2 * m - 6) * q + (N - n - 1) * s);
      liaisonPairs += n * m * (N - n - m);
    }
  }
  const coordinator = p * coordinatorBase;
  const representative = p * representativeBase;
  const liaison = p * (liaisonPairs - liaisonDiagonal);
  let liaisonVariance = liaison * (1 - p);
  const G = sizes.length;
  for (let g = 0; g < G; g++) {
    for (let h = 0; h < G; h++) {
      for (let k = 0; k < G; k++) {
        if (g === h || h === k || g === k) continue;
        const [ng, nh, nk] = [sizes[g], sizes[h], sizes[k]];
        liaisonVariance +=
          ng *
          nh *
          nk *
          ((4 * (N - nh) - 2 * (ng + nk + 1)) * q -
            (4 * (N - nk) - 2 * (ng + nh + 1)) * r +
            (N - (ng + nk + 1)) * s);
      }
    }
  }
  const totalBase = N * (N - 1) * (N - 2);
  const total = p * totalBase;
  const representativeVariance = representative * (1 - p) + representativeExtra;
  return {
    expected: [coordinator, representative, representative, representative, liaison, total],
    variance: [
      coordinator * (1 - p) + coordinatorExtra,
      representative * (1 - p) + consultantExtra,
      representativeVariance,
      representativeVariance,
      liaisonVariance,
      total * (1 - p) + totalBase * ((4 * N - 10) * q - 4 * (N - 3) * r + (N - 3) * s),
    ],
  };
}
