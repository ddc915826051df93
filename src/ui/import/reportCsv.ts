/**
 * The import report as one CSV table (written through src/io/export/csv.ts, so a reason
 * or file name starting with `=` cannot run as a spreadsheet formula). One row per file
 * (`record` = file: rows read / imported / skipped) then one row per problem (`record` =
 * problem: file, spreadsheet row, severity, reason), in the report's order; `sheet` names
 * a workbook's sheet (empty for text files).
 */
import { toCsv, type CsvCell } from '../../io/export/csv.ts';
import type { ImportReport } from '../../model/index.ts';

export const REPORT_CSV_HEADER = [
  'record',
  'file',
  'row',
  'severity',
  'reason',
  'rows_read',
  'rows_imported',
  'rows_skipped',
  'sheet',
] as const;

export function reportCsvRows(report: ImportReport): CsvCell[][] {
  const rows: CsvCell[][] = [[...REPORT_CSV_HEADER]];
  for (const f of report.files)
    rows.push([
      'file',
      f.file,
      null,
      null,
      null,
      f.rowsRead,
      f.rowsImported,
      f.rowsSkipped,
      f.sheet ?? null,
    ]);
  for (const p of report.problems)
    rows.push(['problem', p.file, p.row, p.severity, p.reason, null, null, null, p.sheet ?? null]);
  return rows;
}

export function reportCsv(report: ImportReport): string {
  return toCsv(reportCsvRows(report));
}
