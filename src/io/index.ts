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
import { slug } from './datasetGraph.ts';
import {
  baseName,
  chooseFileSet,
  folderName,
  isWorkbook,
  roleOfName,
  sniffTextKind,
  type GraphFileKind,
  type PickedFile,
} from './detect.ts';
import { CANCELLED_MESSAGE, ImportCancelledError, ImportProgress } from './progress.ts';
import { FatalImportError, ReportBuilder, formatProblem, problemOf } from './tally.ts';
import { decodeText } from './text.ts';
import { importGexf } from './xml/gexf.ts';
import { importGraphml } from './xml/graphml.ts';
import { because } from './reasons.ts';
import type { TableMapping } from './roles.ts';
import { DEFAULT_PROJECTION_LIMITS, type ProjectionLimits } from './projection.ts';
import { DEFAULT_MAX_ROWS, MAX_TEXT_BYTES, hasMoreLinesThan } from './limits.ts';
import { assignRoles, tableKey, type PickedTable, type TablePreview } from './tables.ts';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  onProgress?: (fraction: number, step: string) => void;
  signal?: AbortSignal;
  datasetName?: string;
  /**
   * The user's word on tables, keyed by `tableKey(file name as picked, sheet)`: their
   * role and the columns the aliases miss (the app's import step; `--edges FILE` and
   * `--map` on the command line).
   */
  mappings?: ReadonlyMap<string, TableMapping>;
  /**
   * Tables whose name says nothing: true (the app) stops with `needsMapping` so the user
   * says what they are; false (the command line) reads a lone table by its column names
   * when they plainly fit a role, else stops with a message saying how to name it.
   */
  askForRoles?: boolean;
  /** Mappings the user gave before, by header signature (src/io/roles.ts): offered as the suggestion. */
  remembered?: ReadonlyMap<string, TableMapping>;
  /** How large a two-mode projection may grow, and what happens above (src/io/projection.ts). */
  projection?: Partial<ProjectionLimits>;
  /** Lines (rows) a file may have; more is refused before parsing (src/io/limits.ts). */
  maxRows?: number;
}

export type ImportOutcome =
  | { ok: true; dataset: Dataset }
  | {
      ok: false;
      report: ImportReport;
      error: string;
      cancelled?: boolean;
      /** Tables to say what they are before the import can go on (the app's import step). */
      needsMapping?: TablePreview[];
    };

/** The import stops to ask what some tables are; not a problem of the data. */
class NeedsMapping extends Error {
  constructor(readonly previews: TablePreview[]) {
    super(
      `say what ${previews.map((p) => p.key).join(', ')} ${previews.length > 1 ? 'are' : 'is'}`,
    );
    this.name = 'NeedsMapping';
  }
}

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

type GraphReader = (
  file: string,
  text: string,
  report: ReportBuilder,
  progress: ImportProgress,
) => Promise<{ graph: DatasetGraph; sourceDirected: boolean }>;

/** One reader per graph-file format (src/io/<format>/), each giving the same dataset multigraph. */
const GRAPH_READERS: Partial<Record<GraphFileKind, GraphReader>> = {
  gexf: importGexf,
  graphml: importGraphml,
};

/**
 * Files classified; text files decoded once (a file that is not text is fatal here), after
 * the size checks: too large for a string, or more lines than rows are taken.
 */
function pick(
  files: InputFile[],
  maxRows: number,
): { picked: PickedFile<InputFile>[]; texts: Map<InputFile, string> } {
  const texts = new Map<InputFile, string>();
  const picked = files.map((file): PickedFile<InputFile> => {
    const name = baseName(file.name);
    if (isWorkbook(file.name, file.bytes)) return { file, name, kind: 'workbook', role: null };
    if (file.bytes.length > MAX_TEXT_BYTES)
      throw new FatalImportError(
        name,
        because('fileTooLarge', {
          megabytes: Math.round(file.bytes.length / 2 ** 20),
          limit: MAX_TEXT_BYTES / 2 ** 20,
        }),
      );
    // One line more than the rows: the header.
    if (hasMoreLinesThan(file.bytes, maxRows + 1))
      throw new FatalImportError(name, because('tooManyRows', { limit: maxRows }));
    const text = decode(file);
    texts.set(file, text);
    const kind = sniffTextKind(file.name, text);
    return { file, name, kind, role: kind === 'table' ? roleOfName(file.name) : null };
  });
  return { picked, texts };
}

async function load(
  files: InputFile[],
  report: ReportBuilder,
  progress: ImportProgress,
  options: ImportOptions,
): Promise<Loaded> {
  await progress.checkpoint(0, 'reading');
  const { picked, texts } = pick(files, options.maxRows ?? DEFAULT_MAX_ROWS);
  const set = chooseFileSet(picked);
  if (set.kind === 'fatal') throw new FatalImportError('', set.reason);

  if (set.kind === 'graph') {
    for (const other of set.ignored) report.warn(other.name, because('notInFileSet'));
    const { name, file } = set.file;
    const reader = GRAPH_READERS[set.format];
    if (reader === undefined)
      throw new FatalImportError(
        name,
        because('internalError', { message: `no reader for ${set.format}` }),
      );
    await progress.checkpoint(0, `reading ${name}`);
    const result = await reader(name, texts.get(file) ?? decode(file), report, progress);
    return {
      format: set.format === 'gexf' || set.format === 'graphml' ? set.format : 'generic',
      ...result,
      defaultName: folderName(file.name) ?? name,
    };
  }

  // Tables: split every one first, so a fatal problem in any stops before loading. A file
  // no one has said is a table (no role by name or mapping) that cannot be split is only
  // a stray file beside the others (a README), unless it is all there is.
  const tables: PickedTable[] = [];
  const strays: { name: string; error: FatalImportError }[] = [];
  for (let i = 0; i < set.files.length; i++) {
    const { file, name, kind, role } = set.files[i];
    progress.section(0, 0.3);
    await progress.checkpoint(i / set.files.length, `reading ${name}`);
    if (kind === 'workbook')
      throw new FatalImportError(
        name,
        because('internalError', { message: 'workbooks are not read yet' }),
      );
    const mapping = options.mappings?.get(tableKey(file.name));
    try {
      const table = parseCsvTable(name, texts.get(file) ?? decode(file), {
        header: mapping?.header ?? true,
      });
      tables.push({ pickedName: file.name, table });
    } catch (error) {
      if (!(error instanceof FatalImportError) || mapping !== undefined || role !== null)
        throw error;
      strays.push({ name, error });
    }
  }
  if (tables.length === 0) throw strays[0].error;
  for (const stray of strays) report.warn(stray.name, because('notInFileSet'));
  const roles = assignRoles(tables, report, options);
  if (roles.kind === 'needsMapping') throw new NeedsMapping(roles.previews);
  progress.section(0.3, 0.7);
  const first = tables[0].pickedName;
  if (roles.kind === 'cluster') {
    const result = await importClusterTables(
      {
        organizations: roles.tables.get('organizations')!,
        people: roles.tables.get('people'),
        collaborations: roles.tables.get('collaborations'),
        memberships: roles.tables.get('memberships'),
      },
      report,
      progress,
      { ...DEFAULT_PROJECTION_LIMITS, ...options.projection },
    );
    return {
      format: 'cluster',
      graph: result.graph,
      sourceDirected: false,
      defaultName: folderName(first) ?? result.region ?? 'Cluster dataset',
    };
  }
  const result = await importGenericTables(
    { nodes: roles.tables.get('nodes'), edges: roles.tables.get('edges') },
    report,
    progress,
  );
  return {
    format: 'generic',
    ...result,
    defaultName: folderName(first) ?? baseName(first),
  };
}

export async function importFiles(
  files: InputFile[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const report = new ReportBuilder();
  const progress = new ImportProgress(options);
  try {
    const loaded = await load(files, report, progress, options);
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
    if (error instanceof NeedsMapping) {
      return {
        ok: false,
        report: report.build(),
        error: error.message,
        needsMapping: error.previews,
      };
    }
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
export type { TableMapping, TableRole } from './roles.ts';
export type { TablePreview } from './tables.ts';
