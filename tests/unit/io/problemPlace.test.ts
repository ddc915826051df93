/** Where a problem is, as the CLI and the report write it: file and row, or a workbook's `sheet!row`. */
import { describe, expect, it } from 'vitest';
import { FatalImportError, ReportBuilder, formatProblem } from '../../../src/io/tally.ts';
import { formatProblem as cliProblem } from '../../../src/cli/analysis.ts';
import { because } from '../../../src/io/reasons.ts';

describe('problem places', () => {
  it('writes a text file row as "file row N" and a sheet row as "book sheet!N"', () => {
    const report = new ReportBuilder();
    report.file('edges.csv').skipped(4, because('selfTie', { id: '"a"' }));
    const people = report.file('book.xlsx', 'people');
    people.skipped(14, because('selfTie', { id: '"b"' }));
    people.warn(null, because('notInFileSet'));
    const built = report.build();
    expect(built.files).toEqual([
      { file: 'edges.csv', rowsRead: 1, rowsImported: 0, rowsSkipped: 1 },
      { file: 'book.xlsx', sheet: 'people', rowsRead: 1, rowsImported: 0, rowsSkipped: 1 },
    ]);
    expect(built.problems.map(formatProblem)).toEqual([
      'edges.csv row 4: source and target are the same ("a"); self-ties are skipped',
      'book.xlsx people!14: source and target are the same ("b"); self-ties are skipped',
      'book.xlsx sheet people: not part of the recognised file set; ignored',
    ]);
    expect(built.problems.map(cliProblem)).toEqual([
      'edges.csv:4: source and target are the same ("a"); self-ties are skipped',
      'book.xlsx:people!14: source and target are the same ("b"); self-ties are skipped',
      'book.xlsx:people: not part of the recognised file set; ignored',
    ]);
  });

  it('a fatal problem of a sheet names it', () => {
    const error = new FatalImportError('book.xlsx', because('fileEmpty'), null, 'edges');
    expect(error.message).toBe('book.xlsx sheet edges: the file is empty');
  });
});
