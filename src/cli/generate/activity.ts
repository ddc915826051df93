/**
 * The ties of a sample region: joint-research projects, their patents and publications,
 * contracts, forums and ad-hoc joint research.
 *
 * - A project belongs to one community. Its lead is the hub university (with probability
 *   `hubShare`) or an active organization of the lead sector; its partners are active
 *   organizations of the same community (another one with probability `crossCommunity`),
 *   from industry with probability `industryPartnerShare`. A coordinator covering the
 *   community joins with probability `coordinatorShare`. It starts in a year drawn in
 *   proportion to `activity` and runs 2–4 years (never past FY2009).
 * - Each project year is a team list in memberships.csv (type joint_research; the importer
 *   links every pair of members); ≈ `outputsPerProjectYear` patents/publications link a
 *   lead member with a partner member, and each company partner signs a contract with
 *   the lead organization in the first year (organization–organization ties).
 * - Forums (memberships.csv, type forum) meet every year from FY2002/2003 with the
 *   headquarters (director for regional forums, covering coordinators) and members of
 *   active organizations of their scope; their size follows `activity`.
 * - Coordinator i covers communities i mod k and (i + 1) mod k, so coordinators chain the
 *   communities together through the headquarters.
 */
import type { Organization, Person, Roster } from './organizations.ts';
import type { Rng } from './random.ts';
import type { RegionSpec } from './regions.ts';
import { FIRST_YEAR, LAST_YEAR, type CollaborationRow, type MembershipRow } from './tables.ts';

export interface Activity {
  collaborations: CollaborationRow[];
  memberships: MembershipRow[];
}

export function buildActivity(spec: RegionSpec, roster: Roster, rng: Rng): Activity {
  const collaborations: CollaborationRow[] = [];
  const memberships: MembershipRow[] = [];
  const k = spec.communities;
  const active = roster.organizations.filter((o) => o.active && !o.isHeadquarters);
  const inCommunity = (c: number) => active.filter((o) => o.community === c);
  const coordinatorsFor = (c: number) =>
    roster.coordinators.filter((_p, i) => k === 1 || i % k === c || (i + 1) % k === c);
  const maxActivity = Math.max(...spec.activity);
  const hub = roster.organizations.find((o) => o.isHub);

  const pickPartner = (community: number, exclude: Set<Organization>): Organization | undefined => {
    const c = k > 1 && rng.chance(spec.crossCommunity) ? rng.int(0, k - 1) : community;
    const wantIndustry = rng.chance(spec.industryPartnerShare);
    const pool = inCommunity(c).filter((o) => !exclude.has(o) && o.sector !== 'intermediary');
    const preferred = pool.filter((o) => (o.sector === 'industry') === wantIndustry);
    const from = preferred.length > 0 ? preferred : pool;
    return from.length > 0 ? rng.pick(from) : undefined;
  };

  for (let p = 0; p < spec.projects; p++) {
    const projectId = `${spec.code}-J${String(p + 1).padStart(2, '0')}`;
    const community = rng.int(0, k - 1);
    let lead: Organization | undefined;
    if (hub !== undefined && rng.chance(spec.hubShare)) lead = hub;
    else {
      const leads = inCommunity(community).filter((o) => o.sector === spec.leadSector && !o.isHub);
      const fallback = inCommunity(community).filter((o) => o.sector === 'academia');
      lead = rng.pick(
        leads.length > 0 ? leads : fallback.length > 0 ? fallback : inCommunity(community),
      );
    }
    const chosen = new Set<Organization>([lead]);
    const partners: Organization[] = [];
    for (let i = rng.int(spec.partners[0], spec.partners[1]); i > 0; i--) {
      const partner = pickPartner(lead.community >= 0 ? lead.community : community, chosen);
      if (partner === undefined) break;
      chosen.add(partner);
      partners.push(partner);
    }
    if (partners.length === 0) continue;

    const leadTeam = rng.sample(lead.members, rng.int(1, 2));
    const partnerTeam = partners.flatMap((o) => rng.sample(o.members, rng.int(1, 2)));
    const covering = coordinatorsFor(lead.community >= 0 ? lead.community : community);
    const coordinator =
      covering.length > 0 && rng.chance(spec.coordinatorShare) ? [rng.pick(covering)] : [];
    const start = FIRST_YEAR + rng.weightedIndex(spec.activity);
    const end = Math.min(LAST_YEAR, start + rng.int(1, 3));

    for (const partner of partners) {
      if (partner.sector !== 'industry') continue;
      collaborations.push({
        source: lead.id,
        target: partner.id,
        type: 'contract',
        year: start,
        weight: rng.int(1, 3),
        project: projectId,
      });
    }
    for (let year = start; year <= end; year++) {
      const team = [leadTeam[0], partnerTeam[0]];
      for (const person of [...leadTeam.slice(1), ...partnerTeam.slice(1), ...coordinator]) {
        if (rng.chance(0.85)) team.push(person);
      }
      for (const person of team)
        memberships.push({ project: projectId, member: person.id, year, type: 'joint_research' });
      const outputs =
        Math.floor(spec.outputsPerProjectYear) +
        (rng.chance(spec.outputsPerProjectYear % 1) ? 1 : 0);
      for (let i = 0; i < outputs; i++) {
        collaborations.push({
          source: rng.pick(leadTeam).id,
          target: rng.pick(partnerTeam).id,
          type: rng.chance(0.45) ? 'patent' : 'publication',
          year,
          weight: 1,
          project: projectId,
        });
      }
    }
  }

  addForums(spec, roster, active, coordinatorsFor, maxActivity, memberships, rng);
  addAdHocTies(spec, active, hub, collaborations, rng);
  return { collaborations, memberships };
}

function addForums(
  spec: RegionSpec,
  roster: Roster,
  active: Organization[],
  coordinatorsFor: (c: number) => Person[],
  maxActivity: number,
  memberships: MembershipRow[],
  rng: Rng,
): void {
  for (let f = 0; f < spec.forums; f++) {
    const forumId = `${spec.code}-F${f + 1}`;
    const community = spec.forumScope === 'community' ? f % spec.communities : -1;
    const scope = community < 0 ? active : active.filter((o) => o.community === community);
    const pool = rng.sample(scope, 14).map((o) => rng.pick(o.members));
    const hosts = community < 0 ? [roster.director] : rng.sample(coordinatorsFor(community), 2);
    for (let year = FIRST_YEAR + rng.int(0, 1); year <= LAST_YEAR; year++) {
      const size = Math.max(
        3,
        Math.round(10 * Math.sqrt(spec.activity[year - FIRST_YEAR] / maxActivity)),
      );
      for (const person of [...hosts, ...rng.sample(pool, size)]) {
        memberships.push({ project: forumId, member: person.id, year, type: 'forum' });
      }
    }
  }
}

/** Joint research outside projects: about projects/8 ties a year, scaled by activity. */
function addAdHocTies(
  spec: RegionSpec,
  active: Organization[],
  hub: Organization | undefined,
  collaborations: CollaborationRow[],
  rng: Rng,
): void {
  const perYear = spec.projects / 8;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const count = Math.round(
      (perYear * spec.activity[year - FIRST_YEAR] * spec.activity.length) / sum(spec.activity),
    );
    for (let i = 0; i < count; i++) {
      const first = hub !== undefined && rng.chance(spec.hubShare) ? hub : rng.pick(active);
      const sameCommunity = active.filter((o) => o !== first && o.community === first.community);
      const crossing = spec.communities > 1 && rng.chance(spec.crossCommunity);
      const second = crossing
        ? rng.pick(active.filter((o) => o !== first))
        : rng.pick(sameCommunity);
      if (second === undefined) continue;
      collaborations.push({
        source: rng.pick(first.members).id,
        target: rng.pick(second.members).id,
        type: 'joint_research',
        year,
        weight: 1,
        project: '',
      });
    }
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
