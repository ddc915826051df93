/**
 * The import step's choices as plain data, kept apart from the dialog so the rules are
 * tested in Node: a table's role and which header cell plays each column, whether its
 * first row is a header, and whether the choices of all tables form a set the importer
 * can read (src/io/tables.ts says the same rules in its fatal messages).
 */
import {
  CLUSTER_ROLES,
  ROLE_COLUMNS,
  columnsByAlias,
  isClusterRole,
  type TableMapping,
  type TableRole,
} from '../../io/roles.ts';
import type { TablePreview } from '../../io/index.ts';

export interface TableChoice {
  /** null: leave this table out. */
  role: TableRole | null;
  header: boolean;
  /** Column role → header cell ('' when the table has none for it). */
  columns: Record<string, string>;
}

/** The columns of a preview as the importer will name them: its header, or `column N`. */
export function shownHeader(preview: TablePreview, header: boolean): string[] {
  if (header) return preview.header;
  const width = Math.max(preview.header.length, ...preview.rows.map((row) => row.length));
  return Array.from({ length: width }, (_, i) => `column ${i + 1}`);
}

/** The rows a preview shows: without a header row, the header cells are the first data row. */
export function shownRows(preview: TablePreview, header: boolean): string[][] {
  return header ? preview.rows : [preview.header, ...preview.rows];
}

/** Each column role of `role` taken by the given columns where they exist, else by its aliases. */
export function columnsFor(
  role: TableRole,
  header: readonly string[],
  given: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const byAlias = columnsByAlias(header, ROLE_COLUMNS[role]);
  const columns = Object.create(null) as Record<string, string>;
  for (const spec of ROLE_COLUMNS[role]) {
    const wanted = Object.hasOwn(given, spec.role) ? given[spec.role] : undefined;
    const alias = byAlias.get(spec.role) ?? -1;
    columns[spec.role] =
      wanted !== undefined && header.includes(wanted) ? wanted : alias >= 0 ? header[alias] : '';
  }
  return columns;
}

export function initialChoice(preview: TablePreview): TableChoice {
  const header = preview.suggestion.header !== false;
  const role = preview.suggestion.role;
  return {
    role,
    header,
    columns: columnsFor(role, shownHeader(preview, header), preview.suggestion.columns),
  };
}

/** A problem with one table's choice, as a catalogue key and its values; null when fine. */
export type ChoiceProblem = { key: string; values?: Record<string, string> } | null;

export function tableProblem(choice: TableChoice): ChoiceProblem {
  if (choice.role === null) return null;
  for (const spec of ROLE_COLUMNS[choice.role])
    if (spec.required && !choice.columns[spec.role])
      return { key: 'needsColumn', values: { column: spec.role } };
  const used = new Map<string, string>();
  for (const [column, headerCell] of Object.entries(choice.columns)) {
    if (headerCell === '') continue;
    const other = used.get(headerCell);
    if (other !== undefined)
      return { key: 'columnTwice', values: { header: headerCell, first: other, second: column } };
    used.set(headerCell, column);
  }
  return null;
}

/** Whether the tables' roles together form a set: one table per role, cluster or generic, organizations first. */
export function setProblem(choices: readonly TableChoice[]): ChoiceProblem {
  const roles = choices.map((c) => c.role).filter((r): r is TableRole => r !== null);
  if (roles.length === 0) return { key: 'nothingChosen' };
  const twice = roles.find((role, i) => roles.indexOf(role) !== i);
  if (twice !== undefined) return { key: 'roleTwice', values: { role: twice } };
  const cluster = roles.filter(isClusterRole);
  if (cluster.length > 0 && cluster.length < roles.length) return { key: 'mixed' };
  if (cluster.length > 0 && !roles.includes('organizations'))
    return { key: 'needsOrganizations', values: { roles: CLUSTER_ROLES.join(', ') } };
  return null;
}

/** The mappings the importer takes, keyed by preview key; tables left out have none. */
export function mappingsOf(
  previews: readonly TablePreview[],
  choices: readonly TableChoice[],
): Map<string, TableMapping> {
  const out = new Map<string, TableMapping>();
  previews.forEach((preview, i) => {
    const choice = choices[i];
    if (choice.role === null) return;
    const columns = Object.create(null) as Record<string, string>;
    for (const [column, headerCell] of Object.entries(choice.columns))
      if (headerCell !== '') columns[column] = headerCell;
    const mapping: TableMapping = { role: choice.role, columns };
    if (!choice.header) mapping.header = false;
    out.set(preview.key, mapping);
  });
  return out;
}
