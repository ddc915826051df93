/**
 * Organizations and people of a sample region.
 *
 * Sector mix (Knowledge Cluster Initiative regions): academia ≈ 17 %, government ≈ 12 %,
 * one cluster headquarters plus ≈ 5 % other intermediaries (foundation, bank, patent
 * office), the rest (≈ 60–67 %) industry. Every organization except the headquarters
 * belongs to one of the region's communities; a share of them is never active.
 * People are spread over organizations by sector weight (universities largest); the
 * headquarters has a director, a chief scientist, the science-and-technology
 * coordinators and two staff.
 */
import type { KnownSector } from '../../model/index.ts';
import {
  FAMILY_NAMES,
  FIELD_WORDS,
  GIVEN_NAMES,
  LEGAL_FORMS,
  MORPHEMES,
  type NamePair,
} from './names.ts';
import type { Rng } from './random.ts';
import type { RegionSpec } from './regions.ts';
import type { OrganizationRow, PersonRow } from './tables.ts';

export interface Organization extends OrganizationRow {
  /** Index of the organization's community; -1 for the headquarters. */
  community: number;
  active: boolean;
  isHub: boolean;
  isHeadquarters: boolean;
  members: Person[];
}

export interface Person extends PersonRow {
  org: Organization;
}

export interface Roster {
  organizations: Organization[];
  people: Person[];
  headquarters: Organization;
  coordinators: Person[];
  director: Person;
}

export function sectorCounts(total: number): Record<KnownSector, number> {
  const academia = Math.round(total * 0.17);
  const government = Math.round(total * 0.12);
  const intermediary = 1 + Math.min(5, Math.max(2, Math.round(total * 0.05)));
  return {
    academia,
    government,
    intermediary,
    industry: total - academia - government - intermediary,
  };
}

/** Draws names that are unique within the region. */
class NameDrawer {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  draw(make: () => NamePair): NamePair {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const pair = make();
      if (!this.used.has(pair[0])) {
        this.used.add(pair[0]);
        return pair;
      }
    }
    throw new Error('generate: ran out of distinct names; enlarge the name pools in names.ts');
  }

  private readonly usedMorphemes = new Set<string>();

  /** A morpheme; `distinct` ones (for institutions) are not reused while any remain. */
  morpheme(distinct: boolean): NamePair {
    const unused = distinct ? MORPHEMES.filter(([ja]) => !this.usedMorphemes.has(ja)) : [];
    const pair = this.rng.pick(unused.length > 0 ? unused : MORPHEMES);
    if (distinct) this.usedMorphemes.add(pair[0]);
    return pair;
  }
}

function organizationName(
  spec: RegionSpec,
  sector: KnownSector,
  type: string,
  names: NameDrawer,
  rng: Rng,
): NamePair {
  const city = spec.cities[0];
  const cityJa = city.ja.replace(/市$/, '');
  const [pj, pe] = spec.prefecture;
  return names.draw(() => {
    const [mj, me] = names.morpheme(type !== 'company');
    switch (type) {
      case 'university':
        return [`${cityJa}${mj}大学`, `${city.en} ${me} University`];
      case 'college of technology':
        return [`${mj}工業高等専門学校`, `${me} College of Technology`];
      case 'public research institute':
        return [`${pj}${mj}産業技術センター`, `${pe} ${me} Industrial Technology Center`];
      case 'prefecture':
        return [`${pj}${mj}地域産業推進室`, `${pe} ${me} Regional Industry Office`];
      case 'cluster headquarters':
        return [
          `${spec.nameJa}${mj}知的クラスター本部`,
          `${spec.name} ${me} Knowledge Cluster Headquarters`,
        ];
      case 'foundation':
        return [`${mj}科学技術振興財団`, `${me} Foundation for Science and Technology`];
      case 'bank':
        return [`${mj}信用金庫`, `${me} Shinkin Bank`];
      case 'patent office':
        return [`${mj}特許事務所`, `${me} Patent Office`];
      default: {
        const [fj, fe] = rng.pick(FIELD_WORDS[spec.field]);
        const [prefix, suffix, en] = rng.pick(LEGAL_FORMS);
        return sector === 'industry'
          ? [`${prefix}${mj}${fj}${suffix}`, `${me} ${fe} ${en}`]
          : [`${mj}${fj}`, `${me} ${fe}`];
      }
    }
  });
}

function organizationTypes(spec: RegionSpec, rng: Rng): [KnownSector, string][] {
  const counts = sectorCounts(spec.organizations);
  const types: [KnownSector, string][] = [['intermediary', 'cluster headquarters']];
  for (let i = 0; i < counts.academia; i++) {
    types.push(['academia', i > 0 && rng.chance(0.2) ? 'college of technology' : 'university']);
  }
  for (let i = 0; i < counts.government; i++) {
    types.push([
      'government',
      i < Math.ceil(counts.government * 0.6) ? 'public research institute' : 'prefecture',
    ]);
  }
  const others = ['foundation', 'bank', 'patent office'];
  for (let i = 1; i < counts.intermediary; i++)
    types.push(['intermediary', others[(i - 1) % others.length]]);
  for (let i = 0; i < counts.industry; i++) types.push(['industry', 'company']);
  return types;
}

const ROLES: Record<KnownSector, readonly [string, number][]> = {
  academia: [
    ['researcher', 0.85],
    ['advisor', 0.15],
  ],
  industry: [
    ['engineer', 0.55],
    ['researcher', 0.35],
    ['director', 0.1],
  ],
  government: [
    ['researcher', 0.7],
    ['staff', 0.3],
  ],
  intermediary: [
    ['staff', 0.7],
    ['advisor', 0.3],
  ],
};
const PEOPLE_WEIGHT: Record<KnownSector, number> = {
  academia: 4.5,
  government: 2.5,
  industry: 1.6,
  intermediary: 1.2,
};

export function buildRoster(spec: RegionSpec, rng: Rng): Roster {
  const names = new NameDrawer(rng);
  const communityCounters = new Map<KnownSector, number>();
  const organizations: Organization[] = organizationTypes(spec, rng).map(([sector, type], i) => {
    const [name, nameEn] = organizationName(spec, sector, type, names, rng);
    const city = i === 0 ? spec.cities[0] : rng.pick(spec.cities);
    const isHeadquarters = type === 'cluster headquarters';
    const counter = communityCounters.get(sector) ?? rng.int(0, spec.communities - 1);
    communityCounters.set(sector, counter + 1);
    return {
      id: `${spec.code}-O${String(i + 1).padStart(3, '0')}`,
      name,
      name_en: nameEn,
      sector,
      type,
      region: spec.name,
      prefecture: spec.prefecture[1],
      city: city.en,
      lat: (city.lat + (rng.next() - 0.5) * 0.08).toFixed(4),
      lon: (city.lon + (rng.next() - 0.5) * 0.1).toFixed(4),
      community: isHeadquarters ? -1 : counter % spec.communities,
      active: true,
      isHub: false,
      isHeadquarters,
      members: [],
    };
  });
  const headquarters = organizations[0];
  const universities = organizations.filter((o) => o.sector === 'academia');
  if (spec.hubShare > 0) universities[0].isHub = true;

  // Inactive organizations: never the headquarters, the hub, or a community's first lead.
  const protectedIds = new Set([headquarters.id]);
  for (let c = 0; c < spec.communities; c++) {
    const lead = organizations.find((o) => o.community === c && o.sector === spec.leadSector);
    const academic = organizations.find((o) => o.community === c && o.sector === 'academia');
    if (lead) protectedIds.add(lead.id);
    if (academic) protectedIds.add(academic.id);
  }
  for (const u of universities) if (u.isHub) protectedIds.add(u.id);
  const candidates = organizations.filter((o) => !protectedIds.has(o.id));
  for (const o of rng.sample(candidates, Math.round(spec.organizations * spec.inactiveShare)))
    o.active = false;

  const people: Person[] = [];
  const addPerson = (org: Organization, role: string) => {
    const [name, nameEn] = names.draw(() => {
      const [fj, fe] = rng.pick(FAMILY_NAMES);
      const [gj, ge] = rng.pick(GIVEN_NAMES);
      return [`${fj} ${gj}`, `${ge} ${fe}`];
    });
    const person: Person = {
      id: `${spec.code}-P${String(people.length + 1).padStart(4, '0')}`,
      name,
      name_en: nameEn,
      organization: org.id,
      role,
      org,
    };
    people.push(person);
    org.members.push(person);
    return person;
  };

  const director = addPerson(headquarters, 'director');
  addPerson(headquarters, 'chief scientist');
  const coordinators: Person[] = [];
  for (let i = 0; i < spec.coordinators; i++)
    coordinators.push(addPerson(headquarters, 'coordinator'));
  addPerson(headquarters, 'staff');
  addPerson(headquarters, 'staff');

  const others = organizations.slice(1);
  const sizes = others.map(() => 1);
  const weights = others.map((o) => PEOPLE_WEIGHT[o.sector] * (o.isHub ? 3 : 1));
  for (let extra = spec.people - people.length - others.length; extra > 0; extra--)
    sizes[rng.weightedIndex(weights)]++;
  others.forEach((org, i) => {
    const roles = ROLES[org.sector];
    for (let k = 0; k < sizes[i]; k++) {
      addPerson(org, roles[rng.weightedIndex(roles.map(([, p]) => p))][0]);
    }
  });
  return { organizations, people, headquarters, coordinators, director };
}
