/** Reads generated CSV text back with papaparse (not with the generator's own writer). */
import Papa from 'papaparse';

export type Row = Record<string, string>;

export function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`CSV parse error: ${result.errors[0].message}`);
  return { header: result.meta.fields ?? [], rows: result.data };
}
