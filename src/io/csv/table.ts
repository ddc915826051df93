/**
 * Text → header + data rows, with spreadsheet row numbers.
 *
 * papaparse runs with `header: false`, so this module owns the header and the row
 * numbers: the header is row 1 and the data row at papaparse index i is row i + 1,
 * which is what Excel or LibreOffice shows (a quoted field spanning several lines is
 * still one row). Blank rows (no characters, or only delimiters) are not data: they
 * are not counted as read, but they keep their row number, so later rows still match
 * the spreadsheet. Cells are trimmed.
 *
 * The delimiter is the most frequent of comma, semicolon and tab on the header line
 * (outside quotes; comma on a tie); papaparse detects LF, CRLF or CR line endings.
 */
import Papa from 'papaparse';
import { FatalImportError, quote } from '../tally.ts';
import { because, type Reason } from '../reasons.ts';

export interface CsvTable {
  file: string;
  /** The sheet this table was read from, when the file is a workbook (rows are then `sheet!row`). */
  sheet?: string;
  /**
   * The user's column mapping (column role → header cell as written), which wins over the
   * aliases; see src/io/roles.ts.
   */
  mapping?: Readonly<Record<string, string>>;
  /** Header names as written (trimmed); empty names become `column N`, repeated names get ` (2)`, ` (3)`... */
  header: string[];
  /** Data rows (blank rows removed), cells trimmed. */
  rows: string[][];
  /** Spreadsheet row number of each data row. */
  rowNumbers: number[];
  delimiter: ',' | ';' | '\t';
  /** Problems found while splitting (unbalanced quotes, renamed header cells); all warnings. */
  warnings: { row: number | null; reason: Reason }[];
}

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = [0, 0, 0];
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (c === '\n' || c === '\r') break;
      if (c === ',') counts[0]++;
      else if (c === ';') counts[1]++;
      else if (c === '\t') counts[2]++;
    }
  }
  let best = 0;
  for (let k = 1; k < 3; k++) if (counts[k] > counts[best]) best = k;
  return CANDIDATE_DELIMITERS[best];
}

function isBlank(row: string[]): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== '') return false;
  return true;
}

export interface TableOptions {
  /**
   * false: the file has no header row; its first row is data and the columns are called
   * `column 1`, `column 2`, … (as wide as the widest of the first rows).
   */
  header?: boolean;
}

/** How many rows a headerless table's width is taken from. */
const WIDTH_SAMPLE_ROWS = 100;

export function parseCsvTable(file: string, text: string, options: TableOptions = {}): CsvTable {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    quoteChar: '"',
  });
  const warnings: CsvTable['warnings'] = [];
  for (const error of parsed.errors) {
    const row = typeof error.row === 'number' ? error.row + 1 : null;
    warnings.push({
      row,
      reason: because('csvParse', { message: error.message.replace(/\.$/, '') }),
    });
  }
  const data = parsed.data;
  let headerIndex = 0; // the first row that is not blank
  while (headerIndex < data.length && isBlank(data[headerIndex].map((c) => c.trim())))
    headerIndex++;
  if (headerIndex >= data.length) throw new FatalImportError(file, because('fileEmpty'));

  const hasHeader = options.header !== false;
  let headerCells = data[headerIndex];
  if (!hasHeader) {
    let width = 0;
    for (let i = headerIndex; i < Math.min(data.length, headerIndex + WIDTH_SAMPLE_ROWS); i++)
      width = Math.max(width, data[i].length);
    headerCells = Array.from({ length: width }, (_, i) => `column ${i + 1}`);
  }
  const seen = new Map<string, number>();
  const header = headerCells.map((cell, i) => {
    let name = cell.trim() || `column ${i + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) {
      const renamed = `${name} (${count})`;
      warnings.push({
        row: headerIndex + 1,
        reason: because('columnTwice', {
          name: quote(name),
          index: i + 1,
          renamed: quote(renamed),
        }),
      });
      name = renamed;
    }
    return name;
  });

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = hasHeader ? headerIndex + 1 : headerIndex; i < data.length; i++) {
    const row = data[i];
    for (let k = 0; k < row.length; k++) row[k] = row[k].trim();
    if (isBlank(row)) continue;
    rows.push(row);
    rowNumbers.push(i + 1);
  }
  if (rows.length === 0) {
    throw new FatalImportError(file, because('noDataRows', { header: header.join(', ') }));
  }
  return { file, header, rows, rowNumbers, delimiter, warnings };
}
