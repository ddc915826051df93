/**
 * Per-file bookkeeping of the import report (src/model/report.ts).
 *
 * Every data row (CSV) or element (`<node>`/`<edge>` in XML) goes through exactly one of
 * `imported()` or `skipped()`, so rowsRead = rowsImported + rowsSkipped by construction.
 * Severities: `error` is used for, and only for, a skipped row (one per skipped row);
 * `warning` marks a row imported with a change (a default filled in, a node created,
 * a value set to unknown) or a file-level remark; `fatal` means nothing was loaded.
 */
import type { FileReport, ImportProblem, ImportReport, Severity } from '../model/report.ts';
import { englishReason, type Reason } from './reasons.ts';

/** A problem with its reason in English and as code + values (for the interface's language). */
export function problemOf(
  file: string,
  row: number | null,
  severity: Severity,
  reason: Reason,
  sheet?: string,
): ImportProblem {
  const problem: ImportProblem = {
    file,
    row,
    severity,
    reason: englishReason(reason),
    code: reason.code,
  };
  if (sheet !== undefined) problem.sheet = sheet;
  if (reason.values !== undefined) problem.values = reason.values;
  return problem;
}

export class FileTally {
  rowsRead = 0;
  rowsImported = 0;
  rowsSkipped = 0;

  constructor(
    readonly file: string,
    private readonly problems: ImportProblem[],
    /** The workbook sheet this tally counts, when the file is a workbook. */
    readonly sheet?: string,
  ) {}

  imported(): void {
    this.rowsRead++;
    this.rowsImported++;
  }

  /** The row is left out; `reason` says why (and, where useful, what to do). */
  skipped(row: number | null, reason: Reason): void {
    this.rowsRead++;
    this.rowsSkipped++;
    this.problems.push(problemOf(this.file, row, 'error', reason, this.sheet));
  }

  warn(row: number | null, reason: Reason): void {
    this.problems.push(problemOf(this.file, row, 'warning', reason, this.sheet));
  }

  toFileReport(): FileReport {
    const report: FileReport = {
      file: this.file,
      rowsRead: this.rowsRead,
      rowsImported: this.rowsImported,
      rowsSkipped: this.rowsSkipped,
    };
    if (this.sheet !== undefined) report.sheet = this.sheet;
    return report;
  }
}

/** Thrown by an importer when nothing can be loaded; caught by importFiles. */
export class FatalImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Reason,
    readonly row: number | null = null,
    readonly sheet?: string,
  ) {
    super(formatProblem(problemOf(file, row, 'fatal', reason, sheet)));
    this.name = 'FatalImportError';
  }
}

/**
 * Where a problem is, in English: `people.csv row 14`, `book.xlsx people!14` (a workbook
 * row is written `sheet!row`, as Excel's cell references are), `book.xlsx sheet people`,
 * or just the file.
 */
export function problemPlace(problem: Pick<ImportProblem, 'file' | 'row' | 'sheet'>): string {
  if (problem.sheet !== undefined) {
    const place =
      problem.row === null ? `sheet ${problem.sheet}` : `${problem.sheet}!${problem.row}`;
    return problem.file ? `${problem.file} ${place}` : place;
  }
  return problem.row === null ? problem.file : `${problem.file} row ${problem.row}`;
}

/** `collaborations.csv row 14: target "P-991" is not a known person or organization`. */
export function formatProblem(problem: ImportProblem): string {
  const where = problemPlace(problem);
  return where ? `${where}: ${problem.reason}` : problem.reason;
}

/** Collects tallies of several files into one ImportReport. */
export class ReportBuilder {
  readonly problems: ImportProblem[] = [];
  private readonly tallies: FileTally[] = [];

  file(name: string, sheet?: string): FileTally {
    const tally = new FileTally(name, this.problems, sheet);
    this.tallies.push(tally);
    return tally;
  }

  fatal(file: string, reason: Reason, row: number | null = null, sheet?: string): void {
    this.problems.push(problemOf(file, row, 'fatal', reason, sheet));
  }

  warn(file: string, reason: Reason, sheet?: string): void {
    this.problems.push(problemOf(file, null, 'warning', reason, sheet));
  }

  build(): ImportReport {
    return { files: this.tallies.map((t) => t.toFileReport()), problems: this.problems.slice() };
  }
}

/** Quotes a value for a message, shortened so one bad cell cannot flood the report. */
export function quote(value: string): string {
  const short = value.length > 60 ? value.slice(0, 57) + '...' : value;
  return JSON.stringify(short);
}
