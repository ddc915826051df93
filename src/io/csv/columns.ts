/**
 * Header cells → roles (id, name, sector, source, ...), case-insensitively and with the
 * usual aliases (Gephi's `Id, Label, Source, Target, Weight`, `from, to`, Japanese
 * headers such as `名称`, `年度`). Roles are resolved in the order given; for each role
 * the aliases are tried in order and the first header cell that matches wins, and a
 * cell serves one role only. Columns left over are kept as node or edge `attributes`.
 * A table with a user's mapping (`table.mapping`, role → header cell) takes those columns
 * first; a mapping that names a header the table does not have, or a role the table's
 * format does not know, is fatal (the user said something the file contradicts).
 */
import { FatalImportError, quote } from '../tally.ts';
import type { FileTally } from '../tally.ts';
import { normaliseName } from '../values.ts';
import type { CsvTable } from './table.ts';
import { because } from '../reasons.ts';

export interface ColumnSpec<Role extends string> {
  role: Role;
  required: boolean;
  aliases: readonly string[];
}

export interface ResolvedColumns<Role extends string> {
  /** Column index of each role, -1 when the file has no such column. */
  index: Record<Role, number>;
  /** Columns no role took, in file order. */
  attributeColumns: number[];
}

export function resolveColumns<Role extends string>(
  table: CsvTable,
  specs: readonly ColumnSpec<Role>[],
): ResolvedColumns<Role> {
  const normalised = table.header.map(normaliseName);
  const taken = new Array<boolean>(normalised.length).fill(false);
  const index = {} as Record<Role, number>;
  const mapped = mappedColumns(table, specs);
  for (const [, column] of mapped) taken[column] = true;
  for (const spec of specs) {
    const mappedColumn = mapped.get(spec.role);
    if (mappedColumn !== undefined) {
      index[spec.role] = mappedColumn;
      continue;
    }
    let found = -1;
    for (const alias of spec.aliases) {
      const wanted = normaliseName(alias);
      for (let i = 0; i < normalised.length && found < 0; i++)
        if (!taken[i] && normalised[i] === wanted) found = i;
      if (found >= 0) break;
    }
    if (found < 0 && spec.required) {
      throw new FatalImportError(
        table.file,
        because('missingColumn', {
          role: quote(spec.role),
          found: table.header.join(', '),
          aliases: spec.aliases.join(', '),
        }),
        null,
        table.sheet,
      );
    }
    if (found >= 0) taken[found] = true;
    index[spec.role] = found;
  }
  const attributeColumns: number[] = [];
  for (let i = 0; i < taken.length; i++) if (!taken[i]) attributeColumns.push(i);
  return { index, attributeColumns };
}

/** The columns a table's mapping names, by role; fatal when the mapping does not fit the table. */
function mappedColumns<Role extends string>(
  table: CsvTable,
  specs: readonly ColumnSpec<Role>[],
): Map<Role, number> {
  const out = new Map<Role, number>();
  if (table.mapping === undefined) return out;
  const roles = new Set<string>(specs.map((spec) => spec.role));
  for (const [role, headerCell] of Object.entries(table.mapping)) {
    if (!roles.has(role)) {
      throw new FatalImportError(
        table.file,
        because('mappedRoleUnknown', { role: quote(role), roles: [...roles].join(', ') }),
        null,
        table.sheet,
      );
    }
    let column = table.header.indexOf(headerCell);
    if (column < 0) {
      const wanted = normaliseName(headerCell);
      column = table.header.findIndex((name) => normaliseName(name) === wanted);
    }
    if (column < 0) {
      throw new FatalImportError(
        table.file,
        because('mappedColumnMissing', {
          role: quote(role),
          column: quote(headerCell),
          found: table.header.join(', '),
        }),
        null,
        table.sheet,
      );
    }
    out.set(role as Role, column);
  }
  return out;
}

/** The cell of a column, '' when the column is absent or the row is short. */
export function cell(row: string[], column: number): string {
  return column >= 0 && column < row.length ? row[column] : '';
}

/**
 * Other columns of a row as `attributes`. The record has no prototype, so a column named
 * `__proto__` or `constructor` is an ordinary key.
 */
export function attributesOf(
  table: CsvTable,
  row: string[],
  columns: readonly number[],
): Record<string, string> {
  const attributes = Object.create(null) as Record<string, string>;
  for (const column of columns)
    attributes[table.header[column]] = column < row.length ? row[column] : '';
  return attributes;
}

/**
 * Reports a row whose field count differs from the header's. Called for imported rows
 * only: short rows read missing values as empty, extra values are listed and dropped
 * (extra fields that are all empty, i.e. trailing delimiters, are not reported).
 */
export function reportWidth(
  table: CsvTable,
  row: string[],
  rowNumber: number,
  tally: FileTally,
): void {
  const width = table.header.length;
  if (row.length === width) return;
  if (row.length < width) {
    tally.warn(rowNumber, because('fewerFields', { fields: row.length, width }));
  } else {
    const extras = row.slice(width);
    if (extras.every((value) => value === '')) return; // trailing delimiters carry nothing
    const extra = extras.map(quote).join(', ');
    tally.warn(rowNumber, because('moreFields', { fields: row.length, width, extra }));
  }
}
