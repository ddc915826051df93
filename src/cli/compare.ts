/**
 * `analyze --compare` output: the comparison table of src/metrics/compare/table.ts (shared
 * with the compare view) written as JSON, CSV or a text table.
 */
import {
  buildComparison as buildTable,
  comparisonToCsv,
  type Comparison,
} from '../metrics/compare/table.ts';
import type { AnalysisDocument } from './analysis.ts';
import type { OutputFormat } from './args.ts';
import { formatNumber } from './format.ts';

export {
  COMPARE_ROWS,
  type Comparison,
  type ComparisonRow,
  type Direction,
} from '../metrics/compare/table.ts';

/** The table of several analysis documents, one column per document. */
export function buildComparison(docs: AnalysisDocument[]): Comparison {
  return buildTable(docs.map((doc) => ({ name: doc.dataset, figures: doc.graph })));
}

export function formatComparison(comparison: Comparison, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(comparison, null, 2) + '\n';
  if (format === 'csv') return comparisonToCsv(comparison);
  const width = Math.max(12, ...comparison.datasets.map((d) => d.length + 2));
  const out = [' '.repeat(30) + comparison.datasets.map((d) => d.padStart(width)).join('')];
  for (const row of comparison.rows) {
    const cells = row.values.map((v, i) =>
      (formatNumber(v) + (row.best === i ? '*' : ' ')).padStart(width),
    );
    out.push(row.label.padEnd(30) + cells.join(''));
  }
  out.push('');
  out.push(
    '* best value in the row (for rows where more or less is clearly better for networking)',
  );
  out.push('');
  for (const row of comparison.rows) out.push(`${row.label}: ${row.explanation}`);
  return out.join('\n') + '\n';
}
