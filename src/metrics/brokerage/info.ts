/**
 * Plain-language descriptions of the brokerage columns (raw count, expected count and
 * z-score of each Gould–Fernandez role), merged into METRIC_INFO by ../info.ts.
 */
import type { MetricInfo } from '../types.ts';

const REFERENCE =
  'Gould & Fernandez 1989, Sociological Methodology 19, 89–126, doi:10.2307/270949; expectations as R sna::brokerage (Butts 2008, doi:10.18637/jss.v024.i06)';

const COUNTING =
  'Counts ordered two-paths i → j → k with no tie i → k; each undirected tie is taken in both directions, so every open two-path counts twice.';

interface RoleText {
  id: string;
  label: string;
  /** What the broker does, completing "Times this actor …". */
  does: string;
  groups: string;
}

const ROLES: RoleText[] = [
  {
    id: 'coordinator',
    label: 'Coordinator',
    does: 'links two partners of its own sector who are not tied to each other',
    groups: 'i, j, k in the same sector.',
  },
  {
    id: 'consultant',
    label: 'Consultant',
    does: 'links two unconnected partners of one other sector, as an outside go-between',
    groups: "i and k in one sector, j in another (sna's itinerant, w_O).",
  },
  {
    id: 'gatekeeper',
    label: 'Gatekeeper',
    does: 'brings a contact from another sector to a member of its own sector',
    groups: "i in another sector, j and k in the same one (sna's b_OI).",
  },
  {
    id: 'representative',
    label: 'Representative',
    does: 'carries a contact from its own sector to a partner in another sector',
    groups:
      "i and j in the same sector, k in another (sna's b_IO); equals gatekeeper on undirected ties.",
  },
  {
    id: 'liaison',
    label: 'Liaison',
    does: 'links two unconnected partners from two different sectors, neither its own',
    groups: "i, j, k in three different sectors (sna's b_O).",
  },
];

export const BROKERAGE_INFO: Record<string, MetricInfo> = {};
for (const role of ROLES) {
  BROKERAGE_INFO[role.id] = {
    id: role.id,
    label: `${role.label} brokerage`,
    explanation: `Times this actor ${role.does}.`,
    convention: `${COUNTING} Broker j: ${role.groups} Tie weights ignored; unknown sector is one more group.`,
    reference: REFERENCE,
  };
  BROKERAGE_INFO[`${role.id}Expected`] = {
    id: `${role.id}Expected`,
    label: `${role.label} brokerage (expected)`,
    explanation: `How often an actor of this sector would play the ${role.label.toLowerCase()} role if ties were random at the same density.`,
    convention:
      'Gould–Fernandez null model: ties independent with probability d = density; depends only on the size of the actor’s sector, the number of actors and d.',
    reference: REFERENCE,
  };
  BROKERAGE_INFO[`${role.id}Z`] = {
    id: `${role.id}Z`,
    label: `${role.label} brokerage (z-score)`,
    explanation: `How much more (positive) or less (negative) this actor acts as ${role.label.toLowerCase()} than chance would predict, in standard deviations.`,
    convention:
      'z = (count − expected) / sd under the Gould–Fernandez null model; undefined (null) when sd = 0, e.g. a coordinator in a sector of fewer than three actors.',
    reference: REFERENCE,
  };
}

BROKERAGE_INFO.brokerage = {
  id: 'brokerage',
  label: 'Total brokerage',
  explanation:
    'How often this actor is the only link between two partners who are not tied to each other, whatever their sectors.',
  convention: `${COUNTING} Sum of the five Gould–Fernandez roles.`,
  reference: REFERENCE,
};
