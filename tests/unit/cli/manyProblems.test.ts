/**
 * A dataset with millions of problems still gives every output format: the document lists
 * the first MAX_LISTED_PROBLEMS and counts them all (a JSON of 4 million problems was over
 * the 512 MB a string can hold: "RangeError: Invalid string length").
 */
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { MAX_LISTED_PROBLEMS, buildAnalysis } from '../../../src/cli/analysis.ts';
import { formatAnalysis } from '../../../src/cli/format.ts';
import { createDatasetGraph } from '../../../src/io/datasetGraph.ts';
import type { Dataset, ImportProblem, SimpleGraph } from '../../../src/model/index.ts';

const PROBLEMS = 4_000_000;

function datasetWithProblems(): Dataset {
  const reason =
    'source and target are the same ("' + 'x'.repeat(120) + '"); self-ties are skipped';
  const problems: ImportProblem[] = new Array(PROBLEMS);
  for (let i = 0; i < PROBLEMS; i++)
    problems[i] = {
      file: 'edges.csv',
      row: i + 2,
      severity: i % 4 === 0 ? 'warning' : 'error',
      reason,
    };
  return {
    id: 'big',
    name: 'big',
    format: 'generic',
    graph: createDatasetGraph(),
    report: {
      files: [{ file: 'edges.csv', rowsRead: PROBLEMS, rowsImported: 0, rowsSkipped: PROBLEMS }],
      problems,
    },
  };
}

describe('millions of problems', () => {
  const dataset = datasetWithProblems();
  const graph = new UndirectedGraph() as unknown as SimpleGraph;
  const doc = buildAnalysis(dataset, 'organizations', {}, graph, null);

  it('lists the first problems and counts all of them', () => {
    expect(doc.import.problems.length).toBe(MAX_LISTED_PROBLEMS);
    expect(doc.import.problemCounts).toEqual({
      total: PROBLEMS,
      errors: PROBLEMS * 0.75,
      warnings: PROBLEMS * 0.25,
      listed: MAX_LISTED_PROBLEMS,
    });
    expect(doc.warnings.at(-1)).toBe(
      `${PROBLEMS - MAX_LISTED_PROBLEMS} more problems are not listed (the first ${MAX_LISTED_PROBLEMS} are)`,
    );
  });

  it.each(['json', 'text', 'csv'] as const)('writes %s', (format) => {
    const out = formatAnalysis(doc, format);
    expect(out.length).toBeLessThan(50 * 2 ** 20);
    if (format === 'json') expect(JSON.parse(out).import.problemCounts.total).toBe(PROBLEMS);
    if (format === 'text')
      expect(out).toContain(`${PROBLEMS} problems (3000000 errors, 1000000 warnings)`);
  });
});
