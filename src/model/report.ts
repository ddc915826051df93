/**
 * The import report: every input row is imported or reported.
 * Invariant, per file: rowsRead = rowsImported + rowsSkipped.
 */
export type Severity = 'fatal' | 'error' | 'warning';

export interface ImportProblem {
  file: string;
  /** Row as a spreadsheet shows it (header is row 1, first data row is 2); null for file-level problems. */
  row: number | null;
  severity: Severity;
  reason: string;
}

export interface FileReport {
  file: string;
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
