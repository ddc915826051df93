/**
 * One sample region: organizations and people (./organizations.ts), then its ties
 * (./activity.ts), as the four tables of a cluster dataset, plus its entry in
 * sample-data/index.json.
 */
import { buildActivity } from './activity.ts';
import { buildRoster } from './organizations.ts';
import type { Rng } from './random.ts';
import type { RegionSpec } from './regions.ts';
import type { ClusterTables } from './tables.ts';

export interface RegionIndexEntry {
  id: string;
  name: string;
  nameJa: string;
  folder: string;
  theme: string;
  themeJa: string;
  structure: string;
  description: string;
  descriptionJa: string;
}

export function generateRegion(spec: RegionSpec, rng: Rng): ClusterTables {
  const roster = buildRoster(spec, rng.fork());
  const { collaborations, memberships } = buildActivity(spec, roster, rng.fork());
  return {
    organizations: roster.organizations.map((o) => ({
      id: o.id,
      name: o.name,
      name_en: o.name_en,
      sector: o.sector,
      type: o.type,
      region: o.region,
      prefecture: o.prefecture,
      city: o.city,
      lat: o.lat,
      lon: o.lon,
    })),
    people: roster.people.map((p) => ({
      id: p.id,
      name: p.name,
      name_en: p.name_en,
      organization: p.organization,
      role: p.role,
    })),
    collaborations,
    memberships,
  };
}

export function regionIndexEntry(spec: RegionSpec): RegionIndexEntry {
  return {
    id: spec.id,
    name: spec.name,
    nameJa: spec.nameJa,
    folder: spec.id,
    theme: spec.theme,
    themeJa: spec.themeJa,
    structure: spec.structure,
    description: spec.description,
    descriptionJa: spec.descriptionJa,
  };
}
