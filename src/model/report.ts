/**
 * The import report: every input row is imported or reported.
 * Invariant, per file: rowsRead = rowsImported + rowsSkipped.
 */
export type Severity = 'fatal' | 'error' | 'warning';

export interface ImportProblem {
  file: string;
  /** The sheet of a workbook (.xlsx/.xls) the row is on; absent for text files. */
  sheet?: string;
  /** Row as a spreadsheet shows it (header is row 1, first data row is 2); null for file-level problems. */
  row: number | null;
  severity: Severity;
  /** In English (the CLI's text; the interface shows it when it has no `code`). */
  reason: string;
  /**
   * The reason's code and values (src/io/reasons.ts), from which the interface shows the
   * reason in its language; absent in reports saved before codes existed.
   */
  code?: string;
  values?: Readonly<Record<string, string | number>>;
}

export interface FileReport {
  file: string;
  /** One report per sheet of a workbook: its name. */
  sheet?: string;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
}

export interface ImportReport {
  files: FileReport[];
  problems: ImportProblem[];
}

export function emptyReport(): ImportReport {
  return { files: [], problems: [] };
}
