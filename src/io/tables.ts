/**
 * The table stage of an import: every picked table (a CSV file, a workbook sheet) gets
 * its role — from the user's mapping, its file name, its sheet name — and tables no one
 * has named are either asked about (`needsMapping`, the app's import step), read by their
 * headers when they plainly fit a role (the command line), or ignored beside a set that
 * is recognised. The roles then say which importer reads the set.
 */
import { FatalImportError, type ReportBuilder } from './tally.ts';
import { because } from './reasons.ts';
import type { CsvTable } from './csv/table.ts';
import {
  CLUSTER_ROLES,
  headerSignature,
  isClusterRole,
  roleOfFileName,
  roleOfSheetName,
  suggestMapping,
  type TableMapping,
  type TableRole,
} from './roles.ts';

/** `file` or `file!sheet`: how a mapping names its table. */
export function tableKey(file: string, sheet?: string): string {
  return sheet === undefined ? file : `${file}!${sheet}`;
}

/** A table with the name its mapping is keyed by (the file's name as picked). */
export interface PickedTable {
  /** The file's name as picked (a path on the command line): mappings are keyed by it. */
  pickedName: string;
  table: CsvTable;
}

/** What the import step shows of a table the user is asked about. */
export interface TablePreview {
  key: string;
  file: string;
  sheet?: string;
  header: string[];
  /** The first rows, as read. */
  rows: string[][];
  rowCount: number;
  /** The role and columns the headers suggest (or a remembered mapping for these headers). */
  suggestion: TableMapping;
  /** Whether the suggestion finds every required column by itself. */
  complete: boolean;
}

export const PREVIEW_ROWS = 8;
/** A preview cell longer than this is cut: a preview must stay small whatever the file. */
const PREVIEW_CELL_CHARACTERS = 200;

export interface RoleOptions {
  mappings?: ReadonlyMap<string, TableMapping>;
  askForRoles?: boolean;
  remembered?: ReadonlyMap<string, TableMapping>;
}

export type TableSet =
  | { kind: 'cluster'; tables: Map<TableRole, CsvTable> }
  | { kind: 'generic'; tables: Map<TableRole, CsvTable> }
  | { kind: 'needsMapping'; previews: TablePreview[] };

function previewOf(
  picked: PickedTable,
  remembered?: ReadonlyMap<string, TableMapping>,
): TablePreview {
  const { table } = picked;
  const suggested = suggestMapping(table.header);
  const known = remembered?.get(headerSignature(table.header));
  const preview: TablePreview = {
    key: tableKey(picked.pickedName, table.sheet),
    file: table.file,
    header: table.header,
    rows: table.rows
      .slice(0, PREVIEW_ROWS)
      .map((row) =>
        row.map((cell) =>
          cell.length > PREVIEW_CELL_CHARACTERS
            ? cell.slice(0, PREVIEW_CELL_CHARACTERS - 1) + '…'
            : cell,
        ),
      ),
    rowCount: table.rows.length,
    suggestion: known ?? suggested.mapping,
    complete: known !== undefined || suggested.complete,
  };
  if (table.sheet !== undefined) preview.sheet = table.sheet;
  return preview;
}

/**
 * Roles for every table, then the set they form. Fatal when two tables take one role,
 * when cluster and generic roles are mixed, or when people, collaborations or memberships
 * come without organizations.
 */
export function assignRoles(
  picked: readonly PickedTable[],
  report: ReportBuilder,
  options: RoleOptions,
): TableSet {
  const roles = new Map<PickedTable, TableRole>();
  const unnamed: PickedTable[] = [];
  for (const p of picked) {
    const mapping = options.mappings?.get(tableKey(p.pickedName, p.table.sheet));
    const role =
      mapping?.role ??
      (p.table.sheet === undefined ? roleOfFileName(p.table.file) : roleOfSheetName(p.table.sheet));
    if (mapping?.columns !== undefined) p.table.mapping = mapping.columns;
    if (role === null) unnamed.push(p);
    else roles.set(p, role);
  }

  if (roles.size === 0 && unnamed.length > 0) {
    if (options.askForRoles) {
      return {
        kind: 'needsMapping',
        previews: unnamed.map((p) => previewOf(p, options.remembered)),
      };
    }
    // Without anyone to ask: a lone table whose headers plainly fit a role is read so.
    const suggestion = unnamed.length === 1 ? suggestMapping(unnamed[0].table.header) : null;
    if (suggestion === null || !suggestion.complete) {
      const first = unnamed[0].table;
      throw new FatalImportError(
        first.file,
        because('tableNeedsRole', { columns: first.header.join(', ') }),
        null,
        first.sheet,
      );
    }
    const [only] = unnamed;
    roles.set(only, suggestion.mapping.role);
    unnamed.length = 0;
    report.warn(
      only.table.file,
      because('tableReadByHeaders', { role: suggestion.mapping.role }),
      only.table.sheet,
    );
  }
  for (const p of unnamed) report.warn(p.table.file, because('notInFileSet'), p.table.sheet);

  const byRole = new Map<TableRole, CsvTable>();
  for (const [p, role] of roles) {
    const previous = byRole.get(role);
    if (previous !== undefined) {
      throw new FatalImportError(
        p.table.file,
        because('roleTwice', {
          role,
          first: tableKey(previous.file, previous.sheet),
          second: tableKey(p.table.file, p.table.sheet),
        }),
      );
    }
    byRole.set(role, p.table);
  }
  const cluster = [...byRole.keys()].filter(isClusterRole);
  if (cluster.length > 0 && cluster.length < byRole.size) {
    const names = [...byRole.values()].map((t) => tableKey(t.file, t.sheet)).join(', ');
    throw new FatalImportError('', because('mixedDatasets', { names }));
  }
  if (cluster.length > 0) {
    if (!byRole.has('organizations')) {
      const pickedNames = CLUSTER_ROLES.filter((r) => byRole.has(r))
        .map((r) => tableKey(byRole.get(r)!.file, byRole.get(r)!.sheet))
        .join(', ');
      throw new FatalImportError('', because('needsOrganizations', { picked: pickedNames }));
    }
    return { kind: 'cluster', tables: byRole };
  }
  return { kind: 'generic', tables: byRole };
}
