/**
 * The five Gould–Fernandez brokerage roles plus their total, in sna's column order
 * (w_I, w_O, b_IO, b_OI, b_O, t), under the names used in the workbench's output.
 *
 * For a two-path i → j → k with no tie i → k, broker j is a
 * - coordinator (w_I): i, j and k all in one group;
 * - consultant (w_O, sna's "itinerant"): i and k in one group, j in another;
 * - representative (b_IO): j in i's group, k in another (j carries its group's contact out);
 * - gatekeeper (b_OI): j in k's group, i in another (j lets an outsider's contact in);
 * - liaison (b_O): i, j and k in three different groups.
 *
 * Reference: Gould & Fernandez 1989, "Structures of mediation: a formal approach to
 * brokerage in transaction networks", Sociological Methodology 19, 89–126,
 * doi:10.2307/270949.
 */
export const BROKERAGE_ROLES = [
  'coordinator',
  'consultant',
  'representative',
  'gatekeeper',
  'liaison',
  'total',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** Index of each role in sna's column order. */
export const COORDINATOR = 0;
export const CONSULTANT = 1;
export const REPRESENTATIVE = 2;
export const GATEKEEPER = 3;
export const LIAISON = 4;
export const TOTAL = 5;

/** Per-role values, indexed like BROKERAGE_ROLES. */
export type RoleVector = [number, number, number, number, number, number];
