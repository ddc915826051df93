/**
 * Every sample region goes through the real importer without loss, and the levels derived
 * from it have the sizes networkx measured on the raw CSV files
 * (tests/reference/sample_regions.json, scripts/reference/sample_regions.py).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tablesToCsv } from '../../../src/cli/generate/csv.ts';
import { REGIONS } from '../../../src/cli/generate/regions.ts';
import { generateSynthetic } from '../../../src/cli/generate/synthetic.ts';
import { deriveGraphWithStats } from '../../../src/graph/levels.ts';
import { deriveParticipations } from '../../../src/graph/participations.ts';
import { importFiles } from '../../../src/io/index.ts';
import type { Dataset, SimpleGraph } from '../../../src/model/index.ts';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample-data');
const FILES = ['organizations.csv', 'people.csv', 'collaborations.csv', 'memberships.csv'];
const REFERENCE = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'reference', 'sample_regions.json'), 'utf8'),
) as Record<
  string,
  {
    peopleLevel: { edges: number; components: number; isolates: number };
    organizationLevel: { edges: number; components: number; isolates: number };
    participations: Record<string, number>;
  }
>;

async function importRegion(folder: string): Promise<Dataset> {
  const files = FILES.map((name) => ({
    name: `${folder}/${name}`,
    bytes: new Uint8Array(readFileSync(join(SAMPLE_DIR, folder, name))),
  }));
  const outcome = await importFiles(files, { datasetName: folder });
  if (!outcome.ok) throw new Error(`import of ${folder} failed: ${outcome.error}`);
  return outcome.dataset;
}

/** Components with more than one node, and isolates, by union–find. */
function componentCounts(graph: SimpleGraph): { components: number; isolates: number } {
  const parent = new Map<string, string>(graph.nodes().map((n) => [n, n]));
  const find = (n: string): string => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(n, root);
    return root;
  };
  graph.forEachEdge((_e, _a, s, t) => parent.set(find(s), find(t)));
  const sizes = new Map<string, number>();
  for (const n of graph.nodes()) sizes.set(find(n), (sizes.get(find(n)) ?? 0) + 1);
  const all = [...sizes.values()];
  return {
    components: all.filter((s) => s > 1).length,
    isolates: all.filter((s) => s === 1).length,
  };
}

describe.each(REGIONS.map((spec) => spec.id))('importing sample region %s', (region) => {
  it('loads every row with no problem at all (not even a warning)', async () => {
    const dataset = await importRegion(region);
    expect(dataset.format).toBe('cluster');
    expect(dataset.report.problems).toEqual([]);
    expect(dataset.report.files).toHaveLength(4);
    for (const file of dataset.report.files) {
      expect(file.rowsRead, file.file).toBeGreaterThan(0);
      expect(file.rowsImported, file.file).toBe(file.rowsRead);
      expect(file.rowsSkipped, file.file).toBe(0);
    }
  });

  it('derives people and organization levels of the sizes networkx measured', async () => {
    const dataset = await importRegion(region);
    const reference = REFERENCE[region];
    const people = deriveGraphWithStats(dataset, 'people');
    expect(people.graph.size).toBe(reference.peopleLevel.edges);
    expect(componentCounts(people.graph)).toEqual({
      components: reference.peopleLevel.components,
      isolates: reference.peopleLevel.isolates,
    });
    const organizations = deriveGraphWithStats(dataset, 'organizations');
    expect(organizations.droppedTies).toBe(0);
    expect(organizations.graph.size).toBe(reference.organizationLevel.edges);
    expect(componentCounts(organizations.graph)).toEqual({
      components: reference.organizationLevel.components,
      isolates: reference.organizationLevel.isolates,
    });
  });
});

describe.each(REGIONS.map((spec) => spec.id))(
  'triple-helix records of sample region %s',
  (region) => {
    it('count each helix combination as the Python reference does', async () => {
      const counts: Record<string, number> = {};
      for (const record of deriveParticipations(await importRegion(region))) {
        const key = record.join('+');
        counts[key] = (counts[key] ?? 0) + 1;
      }
      expect(counts).toEqual(REFERENCE[region].participations);
    });
  },
);

describe('importing a synthetic dataset', () => {
  it('imports every row of every file with no problem', async () => {
    const csv = tablesToCsv(generateSynthetic({ people: 2000, ties: 10000, seed: 5 }));
    const encoder = new TextEncoder();
    const files = Object.entries(csv).map(([name, text]) => ({
      name: `synthetic/${name}`,
      bytes: encoder.encode(text),
    }));
    const outcome = await importFiles(files);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.dataset.report.problems).toEqual([]);
    expect(outcome.dataset.report.files.map((f) => [f.file, f.rowsRead, f.rowsImported])).toEqual([
      ['organizations.csv', 200, 200],
      ['people.csv', 2000, 2000],
      ['collaborations.csv', 10000, 10000],
    ]);
  });
});
