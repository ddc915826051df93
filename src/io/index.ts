/**
 * The importer: picked files → one Dataset (a graphology MultiGraph, see datasetGraph.ts)
 * plus an import report in which every row is accounted for.
 *
 * `importFiles` never throws: fatal problems (unreadable, empty or binary file, missing
 * required column, no data rows, malformed XML, no recognisable file set) give
 * `{ ok: false }` with the reason and a report holding the fatal problem; cancellation
 * through `signal` gives `{ ok: false, cancelled: true }`. Formats, column aliases and
 * row rules: docs/data-format.md.
 */
import type { Dataset, DatasetFormat, DatasetGraph } from '../model/dataset.ts';
import type { ImportReport } from '../model/report.ts';
import { importClusterTables } from './csv/cluster.ts';
import { importGenericTables } from './csv/generic.ts';
import { parseCsvTable } from './csv/table.ts';
import type { CsvTable } from './csv/table.ts';
import { slug } from './datasetGraph.ts';
import { baseName, detectFormat, folderName } from './detect.ts';
import type { FileRole } from './detect.ts';
import { CANCELLED_MESSAGE, ImportCancelledError, ImportProgress } from './progress.ts';
import { FatalImportError, ReportBuilder, formatProblem, problemOf } from './tally.ts';
import { decodeText } from './text.ts';
import { importGexf } from './xml/gexf.ts';
import { importGraphml } from './xml/graphml.ts';
import { because } from './reasons.ts';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  onProgress?: (fraction: number, step: string) => void;
  signal?: AbortSignal;
  datasetName?: string;
}

export type ImportOutcome =
  | { ok: true; dataset: Dataset }
  | { ok: false; report: ImportReport; error: string; cancelled?: boolean };

function decode(file: InputFile): string {
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) throw new FatalImportError(baseName(file.name), decoded.reason);
  return decoded.text;
}

interface Loaded {
  format: DatasetFormat;
  graph: DatasetGraph;
  sourceDirected: boolean;
  defaultName: string;
}

async function load(
  files: InputFile[],
  report: ReportBuilder,
  progress: ImportProgress,
): Promise<Loaded> {
  const detection = detectFormat(files);
  if (detection.format === null) throw new FatalImportError('', detection.reason);
  for (const file of detection.ignored) report.warn(baseName(file.name), because('notInFileSet'));

  if ('file' in detection) {
    const name = baseName(detection.file.name);
    await progress.checkpoint(0, `reading ${name}`);
    const text = decode(detection.file);
    const result =
      detection.format === 'gexf'
        ? await importGexf(name, text, report, progress)
        : await importGraphml(name, text, report, progress);
    return {
      format: detection.format,
      ...result,
      defaultName: folderName(detection.file.name) ?? name,
    };
  }

  // CSV sets: decode and split every file first, so a fatal problem in any file stops before loading.
  const tables = new Map<FileRole, CsvTable>();
  let i = 0;
  for (const [role, file] of detection.files) {
    progress.section(0, 0.3);
    await progress.checkpoint(i++ / detection.files.size, `reading ${baseName(file.name)}`);
    tables.set(role, parseCsvTable(baseName(file.name), decode(file)));
  }
  progress.section(0.3, 0.7);
  const first = [...detection.files.values()][0];
  if (detection.format === 'cluster') {
    const organizations = tables.get('organizations') as CsvTable;
    const result = await importClusterTables(
      {
        organizations,
        people: tables.get('people'),
        collaborations: tables.get('collaborations'),
        memberships: tables.get('memberships'),
      },
      report,
      progress,
    );
    return {
      format: 'cluster',
      graph: result.graph,
      sourceDirected: false,
      defaultName: folderName(first.name) ?? result.region ?? 'Cluster dataset',
    };
  }
  const result = await importGenericTables(
    { nodes: tables.get('nodes'), edges: tables.get('edges') },
    report,
    progress,
  );
  return {
    format: 'generic',
    ...result,
    defaultName: folderName(first.name) ?? baseName(first.name),
  };
}

export async function importFiles(
  files: InputFile[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const report = new ReportBuilder();
  const progress = new ImportProgress(options);
  try {
    const loaded = await load(files, report, progress);
    progress.section(0, 1);
    await progress.checkpoint(1, 'done');
    const name = options.datasetName ?? loaded.defaultName;
    const dataset: Dataset = {
      id: slug(name),
      name,
      format: loaded.format,
      graph: loaded.graph,
      report: report.build(),
    };
    if (loaded.sourceDirected) dataset.sourceDirected = true;
    return { ok: true, dataset };
  } catch (error) {
    if (error instanceof ImportCancelledError) {
      return { ok: false, report: report.build(), error: CANCELLED_MESSAGE, cancelled: true };
    }
    if (error instanceof FatalImportError) {
      report.fatal(error.file, error.reason, error.row, error.sheet);
      return { ok: false, report: report.build(), error: error.message };
    }
    // A bug, not a problem of the data: still an outcome, never a throw.
    const message = error instanceof Error ? error.message : String(error);
    const reason = because('internalError', { message });
    report.fatal('', reason);
    return {
      ok: false,
      report: report.build(),
      error: formatProblem(problemOf('', null, 'fatal', reason)),
    };
  }
}

export { formatProblem } from './tally.ts';
export { CANCELLED_MESSAGE } from './progress.ts';
export { toCsv } from './export/csv.ts';
export type { CsvCell } from './export/csv.ts';
export { exportGexf } from './export/gexf.ts';
export type { XmlExportOptions } from './export/gexf.ts';
export { exportGraphml } from './export/graphml.ts';
export { createDatasetGraph, DATASET_GRAPH_OPTIONS } from './datasetGraph.ts';
