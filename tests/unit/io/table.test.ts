/**
 * CSV splitting: delimiters, line endings, quoting, blank rows, and row numbers as a
 * spreadsheet shows them (header row 1; a record spanning lines is one row).
 */
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsvTable } from '../../../src/io/csv/table.ts';
import { FatalImportError } from '../../../src/io/tally.ts';
import { englishReason } from '../../../src/io/reasons.ts';

describe('parseCsvTable', () => {
  it.each([
    ['comma', 'id,name,sector\nA,Alpha,academia\n', ','],
    ['semicolon (European Excel)', 'id;name;sector\nA;Alpha;academia\n', ';'],
    ['tab', 'id\tname\tsector\nA\tAlpha\tacademia\n', '\t'],
  ])('detects the %s delimiter from the header', (_, text, delimiter) => {
    const table = parseCsvTable('t.csv', text);
    expect(table.delimiter).toBe(delimiter);
    expect(table.header).toEqual(['id', 'name', 'sector']);
    expect(table.rows).toEqual([['A', 'Alpha', 'academia']]);
  });

  it('keeps commas inside fields of a semicolon file', () => {
    const table = parseCsvTable('t.csv', 'id;name;weight\nA;"Alpha, Inc.";1,5\n');
    expect(table.rows).toEqual([['A', 'Alpha, Inc.', '1,5']]);
  });

  it('ignores delimiters inside quotes when detecting', () => {
    expect(detectDelimiter('"a;b;c;d",x,y\n1,2,3')).toBe(',');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR (old Mac)', '\r'],
  ])('reads %s line endings', (_, eol) => {
    const table = parseCsvTable('t.csv', ['id,name', 'A,Alpha', 'B,Beta', ''].join(eol));
    expect(table.rows).toEqual([
      ['A', 'Alpha'],
      ['B', 'Beta'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it('numbers rows like a spreadsheet: a quoted multi-line field is one row, blank rows keep their number', () => {
    const text =
      'id,note\r\nA,"line one\r\nline two, with comma"\r\n\r\nB,"say ""hi"""\r\n,,\r\nC,plain\r\n';
    const table = parseCsvTable('t.csv', text);
    expect(table.rows).toEqual([
      ['A', 'line one\r\nline two, with comma'],
      ['B', 'say "hi"'],
      ['C', 'plain'],
    ]);
    // Row 2 is A (two lines), row 3 blank, row 4 B, row 5 only delimiters, row 6 C.
    expect(table.rowNumbers).toEqual([2, 4, 6]);
  });

  it('trims cells and names', () => {
    const table = parseCsvTable('t.csv', ' id , name \n  A ,  Alpha  \n');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([['A', 'Alpha']]);
  });

  it('names empty header cells and renames repeated ones, with a warning', () => {
    const table = parseCsvTable('t.csv', 'id,,name,name\nA,x,Alpha,Again\n');
    expect(table.header).toEqual(['id', 'column 2', 'name', 'name (2)']);
    expect(table.warnings.map((w) => ({ row: w.row, reason: englishReason(w.reason) }))).toEqual([
      { row: 1, reason: 'column "name" appears more than once; column 4 is kept as "name (2)"' },
    ]);
  });

  it('reports an unclosed quote on its row', () => {
    const table = parseCsvTable('t.csv', 'id,name\nA,Alpha\nB,"Beta\nC,Gamma\n');
    expect(table.warnings.map((w) => w.row)).toEqual([3]);
    expect(englishReason(table.warnings[0].reason)).toMatch(/quote/i);
  });

  it.each([
    [
      'a header without rows',
      'id,name,sector\n',
      't.csv: no data rows: the file has a header (id, name, sector) but no rows below it',
    ],
    [
      'only blank rows',
      'id,name\n\n,\n',
      't.csv: no data rows: the file has a header (id, name) but no rows below it',
    ],
    ['only delimiters', ',,,\n,,\n', 't.csv: the file is empty'],
  ])('is fatal for %s', (_, text, message) => {
    expect(() => parseCsvTable('t.csv', text)).toThrow(FatalImportError);
    expect(() => parseCsvTable('t.csv', text)).toThrow(message);
  });
});
