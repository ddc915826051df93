/**
 * The comparison table: values from each result, best by direction (recomputed here by
 * scanning), explanations from METRIC_INFO, sorting, CSV; and the CLI prints this table.
 */
import { describe, expect, it } from 'vitest';
import {
  buildComparison,
  COMPARE_ROWS,
  comparisonToCsv,
  figuresOf,
  sortRows,
} from '../../../src/metrics/compare/table.ts';
import { METRIC_INFO } from '../../../src/metrics/info.ts';
import { computeAllMetrics } from '../../../src/metrics/index.ts';
import { deriveGraph } from '../../../src/graph/levels.ts';
import { deriveParticipations } from '../../../src/graph/participations.ts';
import { runAnalyze } from '../../../src/cli/analyze.ts';
import { join } from 'node:path';
import { loadSampleRegion, SAMPLE_DIR } from './helpers.ts';
import Papa from 'papaparse';

const REGIONS = ['sapporo', 'nagano', 'fukuoka'];

async function results() {
  const out = [];
  for (const region of REGIONS) {
    const dataset = await loadSampleRegion(region);
    const result = await computeAllMetrics(
      deriveGraph(dataset, 'organizations'),
      {},
      { participations: deriveParticipations(dataset) },
    );
    out.push({ name: dataset.name, result });
  }
  return out;
}

describe('comparison table', () => {
  it('one column per result, one row per graph metric and indicator, best by direction', async () => {
    const columns = await results();
    const table = buildComparison(
      columns.map((c) => ({ name: c.name, figures: figuresOf(c.result) })),
    );
    expect(table.datasets).toEqual(REGIONS);
    expect(table.rows.map((r) => r.key)).toEqual(COMPARE_ROWS.map((r) => r.key));
    for (const row of table.rows) {
      const raw = columns.map(
        (c) => (figuresOf(c.result) as Record<string, number | null>)[row.key],
      );
      expect(row.values).toEqual(raw.map((v) => (v === null || !Number.isFinite(v) ? null : v)));
      expect(row.explanation).toBe(METRIC_INFO[row.key]?.explanation ?? '');
      if (row.better === null) expect(row.best).toBeNull();
      else {
        const present = row.values.filter((v): v is number => v !== null);
        const extreme = row.better === 'higher' ? Math.max(...present) : Math.min(...present);
        expect(row.best).toBe(row.values.indexOf(extreme));
      }
    }
    expect(table.rows.find((r) => r.key === 'density')!.explanation).not.toBe('');
  });

  it('ties go to the leftmost column, nulls never win, an all-null row has no best', () => {
    const table = buildComparison([
      { name: 'A', figures: { density: 0.5, components: null, eiIndex: NaN } },
      { name: 'B', figures: { density: 0.5, components: 3, eiIndex: Infinity } },
    ]);
    const row = (key: string) => table.rows.find((r) => r.key === key)!;
    expect(row('density').best).toBe(0);
    expect(row('components').best).toBe(1);
    expect(row('eiIndex').values).toEqual([null, null]);
    expect(row('eiIndex').best).toBeNull();
  });

  it('path lengths mark no best: a fragmented region with a tiny largest component would win', () => {
    const table = buildComparison([
      { name: 'connected', figures: { diameter: 6, averagePathLength: 3.1, components: 1 } },
      { name: 'fragmented', figures: { diameter: 1, averagePathLength: 1, components: 40 } },
    ]);
    const row = (key: string) => table.rows.find((r) => r.key === key)!;
    expect(row('diameter').better).toBeNull();
    expect(row('diameter').best).toBeNull();
    expect(row('averagePathLength').best).toBeNull();
    expect(row('components').best).toBe(0);
  });

  it('sorts rows by a column, nulls last, without changing the table', () => {
    const table = buildComparison([
      { name: 'A', figures: { nodes: 10, edges: 30, density: 0.2 } },
      { name: 'B', figures: { nodes: 5, edges: 1, density: 0.9 } },
    ]);
    const descending = sortRows(table, 0, 'descending').map((r) => r.key);
    expect(descending.slice(0, 3)).toEqual(['edges', 'nodes', 'density']);
    expect(
      sortRows(table, 1, 'ascending')
        .slice(0, 3)
        .map((r) => r.key),
    ).toEqual(['density', 'edges', 'nodes']);
    expect(sortRows(table, null, 'ascending').map((r) => r.key)).toEqual(
      COMPARE_ROWS.map((r) => r.key),
    );
    expect(table.rows[0].key).toBe('nodes');
  });

  it('CSV parses back to the same numbers and neutralises formula-like names', () => {
    const table = buildComparison([
      { name: '=evil()', figures: { density: 0.25 } },
      { name: 'B', figures: { density: 0.5 } },
    ]);
    const parsed = Papa.parse<string[]>(comparisonToCsv(table).trim(), {
      skipEmptyLines: true,
    }).data;
    expect(parsed[0].slice(0, 4)).toEqual(['metric', 'label', "'=evil()", 'B']);
    const density = parsed.find((r) => r[0] === 'density')!;
    expect(Number(density[2])).toBe(0.25);
    expect(density[4]).toBe('B');
  });

  it('analyze --compare prints the same table as the results computed here', async () => {
    const columns = await results();
    const table = buildComparison(
      columns.map((c) => ({ name: c.name, figures: figuresOf(c.result) })),
    );
    const run = await runAnalyze([
      '--compare',
      ...REGIONS.map((r) => join(SAMPLE_DIR, r)),
      '--level',
      'organizations',
      '--format',
      'json',
    ]);
    expect(run.exitCode).toBe(0);
    const printed = JSON.parse(run.stdout) as typeof table;
    expect(printed.datasets).toEqual(table.datasets);
    for (const row of table.rows) {
      const other = printed.rows.find((r) => r.key === row.key)!;
      expect(other.best, row.key).toBe(row.best);
      expect(other.values, row.key).toEqual(row.values);
      expect(other.explanation).toBe(row.explanation);
    }
  });
});
