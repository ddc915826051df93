/**
 * Rows → CSV text (RFC 4180): fields quoted when they contain a comma, a double quote,
 * CR or LF, quotes doubled, rows ended with CRLF.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell starting with `=`, `+`, `-`,
 * `@`, tab or CR would be run as a formula by Excel or LibreOffice, so it is prefixed
 * with `'`. Number cells are written as numbers (a negative number stays `-0.5`);
 * NaN and ±Infinity (undefined metric values) are written as empty cells, like null.
 */
export type CsvCell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? "'" + value : value;
  return NEEDS_QUOTES.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  let out = '';
  for (const row of rows) out += row.map(csvCell).join(',') + '\r\n';
  return out;
}
