/**
 * Per-file bookkeeping of the import report (src/model/report.ts).
 *
 * Every data row (CSV) or element (`<node>`/`<edge>` in XML) goes through exactly one of
 * `imported()` or `skipped()`, so rowsRead = rowsImported + rowsSkipped by construction.
 * Severities: `error` is used for, and only for, a skipped row (one per skipped row);
 * `warning` marks a row imported with a change (a default filled in, a node created,
 * a value set to unknown) or a file-level remark; `fatal` means nothing was loaded.
 */
import type { FileReport, ImportProblem, ImportReport } from '../model/report.ts';

export class FileTally {
  rowsRead = 0;
  rowsImported = 0;
  rowsSkipped = 0;

  constructor(
    readonly file: string,
    private readonly problems: ImportProblem[],
  ) {}

  imported(): void {
    this.rowsRead++;
    this.rowsImported++;
  }

  /** The row is left out; `reason` says why (and, where useful, what to do). */
  skipped(row: number | null, reason: string): void {
    this.rowsRead++;
    this.rowsSkipped++;
    this.problems.push({ file: this.file, row, severity: 'error', reason });
  }

  warn(row: number | null, reason: string): void {
    this.problems.push({ file: this.file, row, severity: 'warning', reason });
  }

  toFileReport(): FileReport {
    return {
      file: this.file,
      rowsRead: this.rowsRead,
      rowsImported: this.rowsImported,
      rowsSkipped: this.rowsSkipped,
    };
  }
}

/** Thrown by an importer when nothing can be loaded; caught by importFiles. */
export class FatalImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly row: number | null = null,
  ) {
    super(formatProblem({ file, row, severity: 'fatal', reason }));
    this.name = 'FatalImportError';
  }
}

/** `collaborations.csv row 14: target "P-991" is not a known person or organization`. */
export function formatProblem(problem: ImportProblem): string {
  const where = problem.row === null ? problem.file : `${problem.file} row ${problem.row}`;
  return where ? `${where}: ${problem.reason}` : problem.reason;
}

/** Collects tallies of several files into one ImportReport. */
export class ReportBuilder {
  readonly problems: ImportProblem[] = [];
  private readonly tallies: FileTally[] = [];

  file(name: string): FileTally {
    const tally = new FileTally(name, this.problems);
    this.tallies.push(tally);
    return tally;
  }

  fatal(file: string, reason: string, row: number | null = null): void {
    this.problems.push({ file, row, severity: 'fatal', reason });
  }

  warn(file: string, reason: string): void {
    this.problems.push({ file, row: null, severity: 'warning', reason });
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
