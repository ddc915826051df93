/**
 * The analysis document that `npm run analyze` writes, in one shape for JSON, CSV and
 * text: `{ import, graph, nodes, warnings }` (+ `options` and `explanations`).
 * `graph` and `nodes` describe the simple graph of the chosen level; metric fields use
 * the names of src/metrics/types.ts, NaN written as null.
 * A file can give millions of problems; the document lists the first MAX_LISTED_PROBLEMS
 * (in `import.problems` and in `warnings`) and counts them all (`import.problemCounts`),
 * so no output grows past what a string can hold.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Level, SimpleGraph, TieFilter } from '../model/level.ts';
import type { ImportProblem, ImportReport } from '../model/report.ts';
import { DEFAULT_METRIC_OPTIONS, NODE_METRICS, type MetricOptions } from '../metrics/types.ts';
import { nullable, type MetricsResult } from '../metrics/result.ts';
import { METRIC_INFO } from '../metrics/info.ts';

export type Cell = string | number | boolean | null;
export type NodeRow = Record<string, Cell>;

/** Problems listed in a document; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 10_000;

export interface AnalysisImport extends ImportReport {
  /** Every problem counted, listed or not. */
  problemCounts: { total: number; errors: number; warnings: number; listed: number };
}

export interface AnalysisDocument {
  dataset: string;
  import: AnalysisImport;
  graph: Record<string, unknown>;
  nodes: NodeRow[];
  warnings: string[];
  options: {
    level: Level;
    years: { from: number; to: number } | null;
    types: string[] | null;
  } & MetricOptions;
  explanations: Record<string, { label: string; explanation: string; reference: string }>;
}

/** Fields every node row starts with; attributes named like one of these get an `attr_` prefix. */
const BASE_FIELDS = ['id', 'label', 'kind', 'sector', 'organization', 'role', 'type'] as const;
const RESERVED = new Set<string>([...BASE_FIELDS, ...NODE_METRICS]);

/** Integer-valued metrics written without a fractional part. */
const INTEGER_METRICS = new Set<string>(['degree', 'coreness', 'community']);

/** `file:row: reason` (a workbook's rows as `book.xlsx:people!14: reason`), or `file: reason`. */
export function formatProblem(problem: ImportProblem): string {
  if (problem.sheet !== undefined) {
    const place = problem.row === null ? problem.sheet : `${problem.sheet}!${problem.row}`;
    return `${problem.file}:${place}: ${problem.reason}`;
  }
  if (problem.row === null)
    return problem.file ? `${problem.file}: ${problem.reason}` : problem.reason;
  return `${problem.file}:${problem.row}: ${problem.reason}`;
}

export function buildAnalysis(
  dataset: Dataset,
  level: Level,
  filter: TieFilter,
  graph: SimpleGraph,
  metrics: MetricsResult | null,
): AnalysisDocument {
  const index = new Map<string, number>();
  metrics?.ids.forEach((id, i) => index.set(id, i));

  const nodes: NodeRow[] = [];
  graph.forEachNode((id, attributes) => {
    const row: NodeRow = {
      id,
      label: attributes.label,
      kind: attributes.kind,
      sector: attributes.sector,
      organization: attributes.organization ?? null,
      role: attributes.role ?? null,
      type: attributes.type ?? null,
    };
    for (const key of Object.keys(attributes.attributes)) {
      const name = RESERVED.has(key) || key in row ? `attr_${key}` : key;
      row[name] = attributes.attributes[key];
    }
    const i = index.get(id);
    if (metrics && i !== undefined) {
      for (const metric of NODE_METRICS) row[metric] = nullable(metrics.nodes[metric][i]);
    }
    nodes.push(row);
  });

  const graphSection: Record<string, unknown> = metrics
    ? { ...metrics.graph, ...metrics.indicators }
    : { nodes: graph.order, edges: graph.size };

  const { problems } = dataset.report;
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  const problemCounts = {
    total: problems.length,
    errors,
    warnings: problems.length - errors - problems.filter((p) => p.severity === 'fatal').length,
    listed: listed.length,
  };
  const warnings = listed
    .filter((p) => p.severity !== 'fatal')
    .map(formatProblem)
    .concat(
      problems.length > listed.length
        ? [
            `${problems.length - listed.length} more problems are not listed (the first ${listed.length} are)`,
          ]
        : [],
    )
    .concat(metrics?.warnings ?? []);

  const explanations: AnalysisDocument['explanations'] = {};
  for (const key of Object.keys(METRIC_INFO)) {
    const info = METRIC_INFO[key];
    explanations[key] = {
      label: info.label,
      explanation: info.explanation,
      reference: info.reference,
    };
  }

  return {
    dataset: dataset.name,
    import: { files: dataset.report.files, problems: listed, problemCounts },
    graph: graphSection,
    nodes,
    warnings,
    options: {
      level,
      years: filter.years ?? null,
      types: filter.types ? [...filter.types] : null,
      ...(metrics?.options ?? DEFAULT_METRIC_OPTIONS),
    },
    explanations,
  };
}

/** Column order of the CSV output: base fields, attribute columns (sorted), then metrics. */
export function nodeColumns(nodes: NodeRow[], withMetrics: boolean): string[] {
  const attributeColumns = new Set<string>();
  for (const row of nodes) {
    for (const key of Object.keys(row)) {
      if (!RESERVED.has(key)) attributeColumns.add(key);
    }
  }
  return [...BASE_FIELDS, ...[...attributeColumns].sort(), ...(withMetrics ? NODE_METRICS : [])];
}

export function isIntegerMetric(name: string): boolean {
  return INTEGER_METRICS.has(name);
}
