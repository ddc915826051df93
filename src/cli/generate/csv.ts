/**
 * CSV text of the cluster dataset tables (RFC 4180): header row, comma separated, LF line
 * ends, a field quoted only when it holds a comma, quote or line break (quotes doubled).
 */
import type { ClusterTables } from './tables.ts';
import { TABLE_COLUMNS } from './tables.ts';

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function toCsv<Row extends object>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): string {
  const lines = [columns.join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => csvField(row[column] as string | number)).join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * File name → CSV text of a cluster dataset. memberships.csv is optional and the importer
 * refuses a file with a header but no rows, so it is left out when there are no memberships.
 */
export function tablesToCsv(tables: ClusterTables): Record<string, string> {
  const files: Record<string, string> = {
    'organizations.csv': toCsv(TABLE_COLUMNS.organizations, tables.organizations),
    'people.csv': toCsv(TABLE_COLUMNS.people, tables.people),
    'collaborations.csv': toCsv(TABLE_COLUMNS.collaborations, tables.collaborations),
  };
  if (tables.memberships.length > 0) {
    files['memberships.csv'] = toCsv(TABLE_COLUMNS.memberships, tables.memberships);
  }
  return files;
}
