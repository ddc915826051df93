/**
 * The sample regions: reproducible, within the counts and shares of the brief, internally
 * consistent, and with the structures the README claims (figures measured by networkx in
 * scripts/reference/sample_regions.py → tests/reference/sample_regions.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateSampleFiles } from '../../../src/cli/generate.ts';
import { REGIONS } from '../../../src/cli/generate/regions.ts';
import { parseCsv, type Row } from './parse.ts';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample-data');
const REFERENCE = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'reference', 'sample_regions.json'), 'utf8'),
) as Record<string, RegionFigures>;

interface RegionFigures {
  organizations: number;
  people: number;
  ties: number;
  tiesPerYear: Record<string, number>;
  peopleLevel: {
    components: number;
    isolates: number;
    componentsWithoutHeadquarters: number;
    largestComponentShare: number;
  };
  organizationLevel: {
    components: number;
    isolates: number;
    meanDegree: number;
    componentsWithoutHeadquarters: number;
    topBetweenness: { id: string; type: string; value: number };
    headquartersBetweenness: number;
    headquartersRank: number;
    academiaIndustryWeightShare: number;
    governmentWeightShare: number;
  };
}

const files = generateSampleFiles(DEFAULT_SEED);
const table = (region: string, file: string) => parseCsv(files.get(`${region}/${file}`)!).rows;

describe('generateSampleFiles', () => {
  it('gives the same bytes for the same seed', () => {
    expect(generateSampleFiles(DEFAULT_SEED)).toEqual(files);
  });

  it('gives different data for a different seed', () => {
    const other = generateSampleFiles(DEFAULT_SEED + 1);
    for (const spec of REGIONS) {
      expect(other.get(`${spec.id}/collaborations.csv`)).not.toBe(
        files.get(`${spec.id}/collaborations.csv`),
      );
      expect(other.get(`${spec.id}/people.csv`)).not.toBe(files.get(`${spec.id}/people.csv`));
    }
  });

  it('is what sample-data/ holds (run `npm run generate` after changing the generator)', () => {
    for (const [path, text] of files) {
      expect(readFileSync(join(SAMPLE_DIR, path), 'utf8'), path).toBe(text);
    }
  });

  it('lists the six regions in index.json with their folders', () => {
    const index = JSON.parse(files.get('index.json')!) as {
      id: string;
      folder: string;
      nameJa: string;
    }[];
    expect(index.map((r) => r.id)).toEqual([
      'sapporo',
      'sendai',
      'nagano',
      'hamamatsu',
      'kansai',
      'fukuoka',
    ]);
    for (const entry of index) {
      expect(files.has(`${entry.folder}/organizations.csv`)).toBe(true);
      expect(entry.nameJa).not.toBe('');
    }
  });
});

describe.each(REGIONS.map((spec) => spec.id))('sample region %s', (region) => {
  const organizations = table(region, 'organizations.csv');
  const people = table(region, 'people.csv');
  const collaborations = table(region, 'collaborations.csv');
  const memberships = table(region, 'memberships.csv');
  const share = (sector: string) =>
    organizations.filter((o) => o.sector === sector).length / organizations.length;

  it('writes the columns of the data format', () => {
    const header = (file: string) => parseCsv(files.get(`${region}/${file}`)!).header;
    expect(header('organizations.csv')).toEqual([
      'id',
      'name',
      'name_en',
      'sector',
      'type',
      'region',
      'prefecture',
      'city',
      'lat',
      'lon',
    ]);
    expect(header('people.csv')).toEqual(['id', 'name', 'name_en', 'organization', 'role']);
    expect(header('collaborations.csv')).toEqual([
      'source',
      'target',
      'type',
      'year',
      'weight',
      'project',
    ]);
    expect(header('memberships.csv')).toEqual(['project', 'member', 'year', 'type']);
  });

  it('has 60–150 organizations in the sector mix of a knowledge cluster', () => {
    expect(organizations.length).toBeGreaterThanOrEqual(60);
    expect(organizations.length).toBeLessThanOrEqual(150);
    expect(share('industry')).toBeGreaterThanOrEqual(0.55);
    expect(share('industry')).toBeLessThanOrEqual(0.7);
    expect(share('academia')).toBeGreaterThanOrEqual(0.15);
    expect(share('academia')).toBeLessThanOrEqual(0.2);
    expect(share('government')).toBeGreaterThanOrEqual(0.1);
    expect(share('government')).toBeLessThanOrEqual(0.15);
    expect(organizations.filter((o) => o.type === 'cluster headquarters')).toHaveLength(1);
    expect(organizations.filter((o) => o.sector === 'intermediary').length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('has 150–400 people with 2–7 coordinators, a director and a chief scientist at the headquarters', () => {
    expect(people.length).toBeGreaterThanOrEqual(150);
    expect(people.length).toBeLessThanOrEqual(400);
    const hq = organizations.find((o) => o.type === 'cluster headquarters')!.id;
    const roles = people.filter((p) => p.organization === hq).map((p) => p.role);
    const coordinators = people.filter((p) => p.role === 'coordinator');
    expect(coordinators.length).toBeGreaterThanOrEqual(2);
    expect(coordinators.length).toBeLessThanOrEqual(7);
    expect(coordinators.every((p) => p.organization === hq)).toBe(true);
    expect(roles).toContain('director');
    expect(roles).toContain('chief scientist');
  });

  it('uses unique ids and names, Japanese names with romanised ones', () => {
    for (const rows of [organizations, people]) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      expect(
        rows.every(
          (r) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(r.name) && /^[\x20-\x7e]+$/.test(r.name_en),
        ),
      ).toBe(true);
    }
  });

  it('refers only to known people and organizations, never a node to itself', () => {
    const orgIds = new Set(organizations.map((o) => o.id));
    const nodeIds = new Set([...orgIds, ...people.map((p) => p.id)]);
    expect(people.every((p) => orgIds.has(p.organization))).toBe(true);
    expect(
      collaborations.every(
        (c) => nodeIds.has(c.source) && nodeIds.has(c.target) && c.source !== c.target,
      ),
    ).toBe(true);
    expect(memberships.every((m) => nodeIds.has(m.member))).toBe(true);
    const membershipKeys = memberships.map((m) => `${m.project}|${m.year}|${m.member}`);
    expect(new Set(membershipKeys).size).toBe(membershipKeys.length);
  });

  it('dates every tie in FY2002–2009, every year active, with the five tie types', () => {
    const years = [...collaborations, ...memberships].map((r: Row) => Number(r.year));
    expect(years.every((y) => Number.isInteger(y) && y >= 2002 && y <= 2009)).toBe(true);
    expect(new Set(years).size).toBe(8);
    const types = new Set([...collaborations, ...memberships].map((r: Row) => r.type));
    expect([...types].sort()).toEqual([
      'contract',
      'forum',
      'joint_research',
      'patent',
      'publication',
    ]);
    expect(collaborations.every((c) => Number(c.weight) > 0)).toBe(true);
  });

  it('matches the networkx reference figures (the reference is up to date)', () => {
    const reference = REFERENCE[region];
    expect(reference.organizations).toBe(organizations.length);
    expect(reference.people).toBe(people.length);
    const perYear: Record<string, number> = {};
    for (const c of collaborations) perYear[c.year] = (perYear[c.year] ?? 0) + 1;
    const groups = new Map<string, number>();
    for (const m of memberships)
      groups.set(
        `${m.project}|${m.year}|${m.type}`,
        (groups.get(`${m.project}|${m.year}|${m.type}`) ?? 0) + 1,
      );
    for (const [key, n] of groups) {
      const year = key.split('|')[1];
      perYear[year] = (perYear[year] ?? 0) + (n * (n - 1)) / 2;
    }
    expect(reference.tiesPerYear).toEqual(perYear);
  });
});

describe('sample region structures (networkx figures)', () => {
  const figures = (id: string) => REFERENCE[id];
  const early = (id: string) =>
    [2002, 2003, 2004].reduce((s, y) => s + figures(id).tiesPerYear[y], 0) / figures(id).ties;
  const late = (id: string) =>
    [2007, 2008, 2009].reduce((s, y) => s + figures(id).tiesPerYear[y], 0) / figures(id).ties;
  const others = (id: string) => REGIONS.map((r) => r.id).filter((r) => r !== id);

  it('Sapporo: hub-and-spoke, the hub university has the highest betweenness, far above the headquarters', () => {
    const org = figures('sapporo').organizationLevel;
    expect(org.topBetweenness.type).toBe('university');
    expect(org.topBetweenness.value).toBeGreaterThan(3 * org.headquartersBetweenness);
  });

  it('Sendai: communities that only the headquarters joins', () => {
    const org = figures('sendai').organizationLevel;
    expect(org.components).toBe(1);
    expect(org.componentsWithoutHeadquarters).toBeGreaterThanOrEqual(4);
    expect(org.headquartersRank).toBe(1);
  });

  it('Nagano: fragmented, many isolates, a weak headquarters', () => {
    const nagano = figures('nagano');
    expect(nagano.organizationLevel.components).toBeGreaterThanOrEqual(4);
    expect(nagano.organizationLevel.isolates / nagano.organizations).toBeGreaterThanOrEqual(0.25);
    expect(nagano.peopleLevel.largestComponentShare).toBeLessThan(0.3);
    for (const id of others('nagano')) {
      expect(nagano.organizationLevel.headquartersBetweenness).toBeLessThan(
        figures(id).organizationLevel.headquartersBetweenness,
      );
    }
  });

  it('Hamamatsu: most ties come late; the other regions are even', () => {
    expect(late('hamamatsu')).toBeGreaterThan(5 * early('hamamatsu'));
    for (const id of others('hamamatsu')) expect(late(id)).toBeLessThan(2 * early(id));
  });

  it('Kansai: the largest and densest, with the strongest industry–academia ties', () => {
    const kansai = figures('kansai');
    for (const id of others('kansai')) {
      expect(kansai.organizations).toBeGreaterThan(figures(id).organizations);
      expect(kansai.organizationLevel.meanDegree).toBeGreaterThan(
        figures(id).organizationLevel.meanDegree,
      );
      expect(kansai.organizationLevel.academiaIndustryWeightShare).toBeGreaterThan(
        figures(id).organizationLevel.academiaIndustryWeightShare,
      );
    }
  });

  it('Fukuoka: government takes the largest share of ties and the headquarters is the top broker', () => {
    const fukuoka = figures('fukuoka').organizationLevel;
    expect(fukuoka.headquartersRank).toBe(1);
    for (const id of others('fukuoka')) {
      expect(fukuoka.governmentWeightShare).toBeGreaterThan(
        figures(id).organizationLevel.governmentWeightShare,
      );
    }
  });
});
