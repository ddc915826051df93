/**
 * Mappings the user confirmed in the import step, remembered by header signature
 * (src/io/roles.ts `headerSignature`) in localStorage, so the next file with the same
 * headers (next year's partners table) is offered the same roles and columns.
 *
 * What localStorage holds is outside data: it is read through `parseRemembered`, which
 * keeps only well-formed entries (known table roles, text columns) in Maps and
 * prototype-less records, and at most MAX_REMEMBERED of them (the newest).
 */
import { isTableRole, type TableMapping } from '../../io/roles.ts';

const STORAGE_KEY = 'cnw.importMappings';
export const MAX_REMEMBERED = 50;
const MAX_TEXT = 500;

type Stored = [signature: string, mapping: TableMapping][];

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : null;
}

function mappingOf(value: unknown): TableMapping | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.role !== 'string' || !isTableRole(v.role)) return null;
  const mapping: TableMapping = { role: v.role };
  if (v.header === false) mapping.header = false;
  if (typeof v.columns === 'object' && v.columns !== null) {
    const columns = Object.create(null) as Record<string, string>;
    for (const [column, header] of Object.entries(v.columns as Record<string, unknown>)) {
      const h = text(header);
      if (text(column) !== null && h !== null) columns[column] = h;
    }
    if (Object.keys(columns).length > 0) mapping.columns = columns;
  }
  return mapping;
}

/** The remembered mappings in a stored text; anything malformed is left out. */
export function parseRemembered(stored: string | null): Map<string, TableMapping> {
  const out = new Map<string, TableMapping>();
  if (stored === null) return out;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return out;
  }
  if (!Array.isArray(data)) return out;
  for (const entry of data.slice(-MAX_REMEMBERED)) {
    if (!Array.isArray(entry) || entry.length !== 2) continue;
    const signature = text(entry[0]);
    const mapping = mappingOf(entry[1]);
    if (signature !== null && mapping !== null) out.set(signature, mapping);
  }
  return out;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode, sandboxed frame)
  }
}

export function loadRemembered(): Map<string, TableMapping> {
  return parseRemembered(storage()?.getItem(STORAGE_KEY) ?? null);
}

/** Adds (or moves to newest) the mappings confirmed now, keeping the newest MAX_REMEMBERED. */
export function remember(confirmed: ReadonlyMap<string, TableMapping>): void {
  const all = loadRemembered();
  for (const [signature, mapping] of confirmed) {
    all.delete(signature);
    all.set(signature, mapping);
  }
  const stored: Stored = [...all].slice(-MAX_REMEMBERED);
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Full or blocked storage: the mapping is simply not remembered.
  }
}
