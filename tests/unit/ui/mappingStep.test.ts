/** The import step's rules (mappingChoices.ts) and the remembered mappings read back from storage. */
import { describe, expect, it } from 'vitest';
import type { TablePreview } from '../../../src/io/index.ts';
import {
  initialChoice,
  mappingsOf,
  setProblem,
  shownHeader,
  shownRows,
  tableProblem,
  type TableChoice,
} from '../../../src/ui/import/mappingChoices.ts';
import { MAX_REMEMBERED, parseRemembered } from '../../../src/ui/import/rememberedMappings.ts';

const PREVIEW: TablePreview = {
  key: 'dir/partners.csv',
  file: 'partners.csv',
  header: ['Year', 'Org', 'Partner'],
  rows: [['2008', 'A', 'B']],
  rowCount: 1,
  suggestion: { role: 'edges', columns: { source: 'Org', target: 'Partner' } },
  complete: false,
};

const choice = (role: TableChoice['role'], columns: Record<string, string> = {}): TableChoice => ({
  role,
  header: true,
  columns,
});

describe('the import step', () => {
  it('starts from the suggestion, the other columns found by their aliases', () => {
    expect(initialChoice(PREVIEW)).toEqual({
      role: 'edges',
      header: true,
      columns: {
        source: 'Org',
        target: 'Partner',
        weight: '',
        type: '',
        year: 'Year',
        project: '',
      },
    });
  });

  it('without a header row the columns are numbered and the header cells become the first row', () => {
    expect(shownHeader(PREVIEW, false)).toEqual(['column 1', 'column 2', 'column 3']);
    expect(shownRows(PREVIEW, false)).toEqual([
      ['Year', 'Org', 'Partner'],
      ['2008', 'A', 'B'],
    ]);
  });

  it('asks for required columns and refuses one column for two roles', () => {
    expect(tableProblem(choice('edges', { source: 'Org', target: '' }))).toEqual({
      key: 'needsColumn',
      values: { column: 'target' },
    });
    expect(tableProblem(choice('edges', { source: 'Org', target: 'Org' }))).toMatchObject({
      key: 'columnTwice',
    });
    expect(tableProblem(choice(null))).toBeNull();
  });

  it('checks that the tables form one set', () => {
    expect(setProblem([choice(null)])).toEqual({ key: 'nothingChosen' });
    expect(setProblem([choice('edges'), choice('edges')])).toEqual({
      key: 'roleTwice',
      values: { role: 'edges' },
    });
    expect(setProblem([choice('organizations'), choice('edges')])).toEqual({ key: 'mixed' });
    expect(setProblem([choice('people')])).toMatchObject({ key: 'needsOrganizations' });
    expect(setProblem([choice('organizations'), choice('people'), choice(null)])).toBeNull();
  });

  it('gives the importer one mapping per table kept, only the columns chosen', () => {
    const mappings = mappingsOf(
      [PREVIEW, { ...PREVIEW, key: 'other.csv' }],
      [
        {
          role: 'edges',
          header: false,
          columns: { source: 'column 2', target: 'column 3', year: '' },
        },
        choice(null),
      ],
    );
    expect([...mappings]).toEqual([
      [
        'dir/partners.csv',
        { role: 'edges', header: false, columns: { source: 'column 2', target: 'column 3' } },
      ],
    ]);
  });
});

describe('remembered mappings', () => {
  it('keeps well-formed entries only, in prototype-less records', () => {
    // Written as text: an object literal would not hold a "__proto__" key.
    const stored =
      '[["a\\u001fb", {"role": "edges", "columns": {"source": "a", "__proto__": "x", "weight": 3}}],' +
      ' ["bad role", {"role": "places"}], ["not a pair"], [7, {"role": "nodes"}],' +
      ' ["c", {"role": "nodes", "header": false}]]';
    const remembered = parseRemembered(stored);
    expect([...remembered.keys()]).toEqual(['a\u001fb', 'c']);
    const columns = remembered.get('a\u001fb')!.columns!;
    expect(Object.getPrototypeOf(columns)).toBeNull();
    expect(Object.keys(columns)).toEqual(['source', '__proto__']);
    expect(columns['__proto__']).toBe('x');
    expect(remembered.get('c')).toEqual({ role: 'nodes', header: false });
  });

  it('survives what is not JSON or not a list, and keeps the newest entries', () => {
    expect(parseRemembered('{').size).toBe(0);
    expect(parseRemembered('{"a":1}').size).toBe(0);
    expect(parseRemembered(null).size).toBe(0);
    const many = Array.from({ length: MAX_REMEMBERED + 5 }, (_, i) => [`s${i}`, { role: 'edges' }]);
    const kept = parseRemembered(JSON.stringify(many));
    expect(kept.size).toBe(MAX_REMEMBERED);
    expect(kept.has('s0')).toBe(false);
    expect(kept.has(`s${MAX_REMEMBERED + 4}`)).toBe(true);
  });
});
