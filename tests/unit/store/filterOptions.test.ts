import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { CLUSTER_FILES } from '../../../src/store/sampleLoader.ts';
import { communitiesOf, filterOptionsOf } from '../../../src/ui/filters/filterOptions.ts';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample-data');

/** Distinct values of a CSV column, read with papaparse (not the importer). */
function column(region: string, file: string, name: string): string[] {
  const text = readFileSync(join(SAMPLE_DIR, region, file), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  return [...new Set(rows.map((row) => row[name]))];
}

describe('filter options of a sample region', () => {
  it('offers the years, tie types, sectors and organization types of the files', async () => {
    const files = CLUSTER_FILES.flatMap((name) => {
      try {
        return [{ name, bytes: new Uint8Array(readFileSync(join(SAMPLE_DIR, 'sapporo', name))) }];
      } catch {
        return [];
      }
    });
    const outcome = await importFiles(files);
    if (!outcome.ok) throw new Error(outcome.error);
    const options = filterOptionsOf(outcome.dataset, 'organizations');
    const years = [
      ...column('sapporo', 'collaborations.csv', 'year'),
      ...column('sapporo', 'memberships.csv', 'year'),
    ].map(Number);
    expect(options.years[0]).toBe(Math.min(...years));
    expect(options.years[options.years.length - 1]).toBe(Math.max(...years));
    const types = new Set([
      ...column('sapporo', 'collaborations.csv', 'type'),
      ...column('sapporo', 'memberships.csv', 'type'),
    ]);
    expect(options.tieTypes).toEqual([...types].sort((a, b) => a.localeCompare(b)));
    expect(new Set(options.sectors)).toEqual(
      new Set(column('sapporo', 'organizations.csv', 'sector')),
    );
    expect(new Set(options.nodeTypes)).toEqual(
      new Set(column('sapporo', 'organizations.csv', 'type')),
    );
    expect(filterOptionsOf(outcome.dataset, 'people').nodeTypes).toEqual(['person']);
  });
});

describe('communitiesOf', () => {
  it('lists community numbers and maps ids, skipping undefined ones', () => {
    const result = {
      ids: ['a', 'b', '__proto__', 'd'],
      nodes: { community: Float64Array.of(1, 0, 1, Number.NaN) },
    };
    const { numbers, map } = communitiesOf(result);
    expect(numbers).toEqual([0, 1]);
    expect(Object.keys(map).sort()).toEqual(['__proto__', 'a', 'b']);
    expect(map.__proto__).toBe(1);
  });
});
