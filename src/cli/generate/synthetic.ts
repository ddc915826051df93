/**
 * Large synthetic cluster datasets for benchmarks, in the same format as the sample regions
 * (no memberships, so no memberships.csv): exactly `people` people, `organizations`
 * organizations (default people / 10) and `ties` person–person collaboration rows.
 *
 * Structure, so that metrics do realistic work: organizations are grouped into
 * communities of about 20; a tie joins two people of the same community with probability
 * 0.8, else two people anywhere; one end is drawn from a small "active" fifth of the
 * people with probability 0.5 (a skewed degree distribution). Ends always differ, so
 * every row imports. Sectors follow the sample-region mix (./organizations.ts).
 */
import { createRng } from './random.ts';
import { sectorCounts } from './organizations.ts';
import type { ClusterTables, OrganizationRow, PersonRow, CollaborationRow } from './tables.ts';
import { FIRST_YEAR, LAST_YEAR } from './tables.ts';
import type { KnownSector } from '../../model/index.ts';

export interface SyntheticSpec {
  people: number;
  ties: number;
  organizations?: number;
  seed?: number;
}

const TYPES = ['joint_research', 'joint_research', 'publication', 'patent', 'forum'];
const TYPE_OF_SECTOR: Record<KnownSector, string> = {
  academia: 'university',
  industry: 'company',
  government: 'public research institute',
  intermediary: 'foundation',
};

export function generateSynthetic(spec: SyntheticSpec): ClusterTables {
  const rng = createRng(spec.seed ?? 1);
  const organizationCount = Math.max(1, spec.organizations ?? Math.round(spec.people / 10));
  if (spec.people < 2 && spec.ties > 0)
    throw new Error('generate --synthetic: ties need at least 2 people');

  const counts = organizationCount >= 10 ? sectorCounts(organizationCount) : null;
  const sectors: KnownSector[] = [];
  if (counts)
    for (const sector of ['intermediary', 'academia', 'government', 'industry'] as const) {
      for (let i = 0; i < counts[sector]; i++) sectors.push(sector);
    }
  else for (let i = 0; i < organizationCount; i++) sectors.push('industry');

  const organizations: OrganizationRow[] = sectors.map((sector, i) => ({
    id: `O${i + 1}`,
    name: `組織${i + 1}`,
    name_en: `Organization ${i + 1}`,
    sector,
    type: i === 0 && counts ? 'cluster headquarters' : TYPE_OF_SECTOR[sector],
    region: 'Synthetic',
    prefecture: '',
    city: '',
    lat: '',
    lon: '',
  }));

  const people: PersonRow[] = [];
  const orgOfPerson = new Int32Array(spec.people);
  for (let i = 0; i < spec.people; i++) {
    const org = i < organizationCount ? i : rng.int(0, organizationCount - 1);
    orgOfPerson[i] = org;
    people.push({
      id: `P${i + 1}`,
      name: `人物${i + 1}`,
      name_en: `Person ${i + 1}`,
      organization: `O${org + 1}`,
      role: 'researcher',
    });
  }

  // People of each community (20 organizations each), for local ties.
  const communityOf = (person: number) => Math.floor(orgOfPerson[person] / 20);
  const members: number[][] = [];
  for (let i = 0; i < spec.people; i++) (members[communityOf(i)] ??= []).push(i);
  const activeCount = Math.max(2, Math.round(spec.people / 5));

  const collaborations: CollaborationRow[] = [];
  while (collaborations.length < spec.ties) {
    const a = rng.chance(0.5) ? rng.int(0, activeCount - 1) : rng.int(0, spec.people - 1);
    const local = members[communityOf(a)];
    const b = rng.chance(0.8) && local.length > 1 ? rng.pick(local) : rng.int(0, spec.people - 1);
    if (a === b) continue;
    collaborations.push({
      source: people[a].id,
      target: people[b].id,
      type: rng.pick(TYPES),
      year: rng.int(FIRST_YEAR, LAST_YEAR),
      weight: rng.int(1, 3),
      project: '',
    });
  }
  return { organizations, people, collaborations, memberships: [] };
}
