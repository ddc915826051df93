/**
 * Writes an AnalysisDocument as JSON, CSV (one row per node) or a readable text summary
 * with every indicator explained in plain words.
 */
import { toCsv } from '../io/export/csv.ts';
import { METRIC_INFO } from '../metrics/info.ts';
import type { SectorMixing } from '../metrics/types.ts';
import { GRAPH_METRIC_NAMES, INDICATOR_NAMES, NODE_METRICS } from '../metrics/types.ts';
import { formatProblem, nodeColumns, type AnalysisDocument } from './analysis.ts';
import type { OutputFormat } from './args.ts';

export function formatAnalysis(doc: AnalysisDocument, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(doc, null, 2) + '\n';
    case 'csv':
      return formatNodesCsv(doc);
    case 'text':
      return formatText(doc);
  }
}

export function formatNodesCsv(doc: AnalysisDocument): string {
  const columns = nodeColumns(doc.nodes, true);
  const rows = doc.nodes.map((node) => columns.map((c) => toCell(node[c])));
  return toCsv([columns, ...rows]);
}

function toCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return String(value);
}

const GRAPH_KEYS = GRAPH_METRIC_NAMES;
const INDICATOR_KEYS = INDICATOR_NAMES;

export function formatNumber(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 1000 ? value.toFixed(0) : value.toPrecision(4).replace(/\.?0+$/, '');
}

function line(label: string, value: unknown, explanation: string): string {
  return `  ${label.padEnd(30)} ${formatNumber(value).padStart(10)}   ${explanation}`;
}

function formatText(doc: AnalysisDocument): string {
  const out: string[] = [];
  const { options } = doc;
  const years = options.years ? `FY${options.years.from}–FY${options.years.to}` : 'all years';
  const types = options.types ? options.types.join(', ') : 'all tie types';
  out.push(`Analysis of ${doc.dataset} — ${options.level} level, ${years}, ${types}`);
  out.push(
    `Metrics: ${options.weighted ? 'weighted (strength; distance = 1/weight)' : 'unweighted (networkx defaults)'}, ` +
      `communities ${options.communities} (resolution ${options.resolution}, seed ${options.seed})`,
  );
  out.push('');
  out.push('Import');
  for (const f of doc.import.files) {
    out.push(
      `  ${f.file.padEnd(24)} rows read ${String(f.rowsRead).padStart(7)}  imported ${String(f.rowsImported).padStart(7)}  skipped ${String(f.rowsSkipped).padStart(6)}`,
    );
  }
  const { total, errors, warnings } = doc.import.problemCounts;
  out.push(`  ${total} problems (${errors} errors, ${warnings} warnings)`);
  out.push('');

  out.push('Network');
  for (const key of GRAPH_KEYS) {
    if (!(key in doc.graph)) continue;
    if ((key === 'omega' || key === 'sigma') && doc.graph[key] === null && !options.smallWorld)
      continue;
    const info = METRIC_INFO[key];
    out.push(line(info?.label ?? key, doc.graph[key], info?.explanation ?? ''));
  }
  out.push('');

  if ('crossSectorShare' in doc.graph) {
    out.push('Cluster indicators');
    for (const key of INDICATOR_KEYS) {
      const info = METRIC_INFO[key];
      out.push(line(info?.label ?? key, doc.graph[key], info?.explanation ?? ''));
    }
    const bySector = doc.graph.eiBySector as Record<string, number | null> | undefined;
    if (bySector) {
      const parts = Object.entries(bySector).map(([s, v]) => `${s} ${formatNumber(v)}`);
      out.push(`  ${'E-I index by sector'.padEnd(30)} ${parts.join(', ')}`);
    }
    const mixing = doc.graph.mixing as SectorMixing | undefined;
    if (mixing) {
      out.push('');
      out.push('Sector mixing (number of ties between sectors)');
      out.push(...formatMixing(mixing));
    }
    out.push('');
  }

  if (doc.nodes.length > 0 && 'betweenness' in doc.nodes[0]) {
    out.push('Most central nodes (betweenness: who lies on the shortest paths between others)');
    const top = [...doc.nodes]
      .sort((a, b) => Number(b.betweenness ?? -1) - Number(a.betweenness ?? -1))
      .slice(0, 10);
    top.forEach((node, i) => {
      out.push(
        `  ${String(i + 1).padStart(2)}. ${String(node.label)} (${String(node.sector)})  betweenness ${formatNumber(node.betweenness)}, degree ${formatNumber(node.degree)}`,
      );
    });
    out.push('');
    out.push(`Node columns: ${NODE_METRICS.join(', ')} (use --format csv or json for every node).`);
    out.push('');
  }

  if (doc.warnings.length > 0) {
    out.push(`Warnings (${doc.warnings.length})`);
    for (const w of doc.warnings) out.push(`  ${w}`);
  }
  return out.join('\n') + '\n';
}

function formatMixing(mixing: SectorMixing): string[] {
  const width = Math.max(...mixing.sectors.map((s) => s.length), 8) + 2;
  const rows = [' '.repeat(16) + mixing.sectors.map((s) => s.padStart(width)).join('')];
  mixing.sectors.forEach((sector, i) => {
    rows.push(
      `  ${sector.padEnd(14)}` + mixing.counts[i].map((c) => String(c).padStart(width)).join(''),
    );
  });
  return rows;
}

export { formatProblem };
