/**
 * Cell values → model values: sectors, fiscal years, weights, header names.
 *
 * All matching is done on a normalised form: Unicode NFKC (full-width letters and
 * digits become ASCII, half-width katakana become full-width), trimmed, lower case,
 * runs of spaces, underscores and hyphens collapsed to one space. Lookups are exact on
 * that form (no substring matching), through Maps built once.
 */
import type { Sector } from '../model/sector.ts';

const SEPARATORS = /[\s_-]+/g;

export function normaliseName(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase().replace(SEPARATORS, ' ');
}

/**
 * Sector synonyms in English and Japanese (産学官: 産 industry, 学 academia, 官 government).
 * Documented in docs/data-format.md; keep both lists in step.
 */
const SECTOR_SYNONYMS: Record<Exclude<Sector, 'unknown'>, string[]> = {
  academia: [
    'academia',
    'academic',
    'university',
    'college',
    'technical college',
    '大学',
    '学',
    '大学等',
    '高専',
    '高等専門学校',
  ],
  industry: [
    'industry',
    'company',
    'firm',
    'corporation',
    'enterprise',
    'business',
    'private',
    '企業',
    '産',
    '民間',
    '民間企業',
  ],
  government: [
    'government',
    'public research institute',
    'public research institution',
    'prefecture',
    'municipality',
    'local government',
    'ministry',
    '公設試',
    '公設試験研究機関',
    '自治体',
    '地方自治体',
    '官',
    '行政',
  ],
  intermediary: [
    'intermediary',
    'headquarters',
    'hq',
    'cluster headquarters',
    'foundation',
    '財団',
    '財団法人',
    '本部',
    'クラスター本部',
  ],
};

const SECTOR_BY_NAME: Map<string, Sector> = new Map();
for (const [sector, names] of Object.entries(SECTOR_SYNONYMS) as [Sector, string[]][]) {
  for (const name of names) SECTOR_BY_NAME.set(normaliseName(name), sector);
}

/** The sector a cell names, or null when it names none (the caller warns and uses `unknown`). */
export function parseSector(value: string): Sector | null {
  return SECTOR_BY_NAME.get(normaliseName(value)) ?? null;
}

const YEAR = /^(?:fy\s*)?(\d{4})\s*(?:年度|年)?$/;
const JAPANESE_ERA = /^(平成|令和)\s*(\d{1,2}|元)\s*(?:年度|年)?$/;
const ERA_OFFSET: Record<string, number> = { 平成: 1988, 令和: 2018 };
/** `2005-04-01`, `2005/4/1`, `2005.4.1`, with an optional time (`2005-04-01T09:00:00`, `2005-04-01 09:00`). */
const DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/;
/** `2005年4月1日`, `平成17年4月1日`, `令和元年5月1日`. */
const JAPANESE_DATE =
  /^(\d{4}|平成\s*(?:\d{1,2}|元)|令和\s*(?:\d{1,2}|元))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
/** The first month of a Japanese fiscal year: FY2005 runs from 1 April 2005 to 31 March 2006. */
export const FISCAL_YEAR_START_MONTH = 4;

/** The fiscal year a calendar date falls in, or NaN when the date does not exist. */
function fiscalYearOfDate(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return Number.NaN;
  return month >= FISCAL_YEAR_START_MONTH ? year : year - 1;
}

function eraYear(text: string): number {
  const era = text.slice(0, 2);
  const rest = text.slice(2).trim();
  return ERA_OFFSET[era] + (rest === '元' ? 1 : Number(rest));
}

/**
 * Fiscal year of a cell: `2005`, `FY2005`, `FY 2005`, `2005年度`, full-width `２００５年度`,
 * and the Japanese era forms `平成17年度` (Heisei n = 1988 + n) and `令和元年度` (Reiwa 1 = 2019).
 * A date gives the Japanese fiscal year it falls in (April to March): `2005-04-01` and
 * `2006/3/31` are FY2005, as is `平成17年4月1日`; a date that does not exist (`2005-02-30`)
 * is not a year. Returns null for an empty cell and NaN for text that is not a year.
 */
const PLAIN_YEAR = /^\d{4}$/;

export function parseFiscalYear(value: string): number | null {
  if (PLAIN_YEAR.test(value)) return Number(value); // the common case, without normalising
  const text = value.normalize('NFKC').trim().toLowerCase();
  if (text === '') return null;
  const plain = YEAR.exec(text);
  if (plain) return Number(plain[1]);
  const era = JAPANESE_ERA.exec(text);
  if (era) return ERA_OFFSET[era[1]] + (era[2] === '元' ? 1 : Number(era[2]));
  const date = DATE.exec(text);
  if (date) return fiscalYearOfDate(Number(date[1]), Number(date[3]), Number(date[4]));
  const japaneseDate = JAPANESE_DATE.exec(text);
  if (japaneseDate) {
    const year = /^\d/.test(japaneseDate[1]) ? Number(japaneseDate[1]) : eraYear(japaneseDate[1]);
    return fiscalYearOfDate(year, Number(japaneseDate[2]), Number(japaneseDate[3]));
  }
  return Number.NaN;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * A number cell: decimal notation with optional exponent; a decimal comma (`1,5`, as
 * written by European spreadsheets in semicolon-separated files) is accepted.
 * Returns null for an empty cell and NaN for anything else (hex, `Infinity`, words), and
 * for a number beyond what a double holds (`1e400` would be read as Infinity): every
 * number a reader keeps is finite.
 */
export function parseNumber(value: string): number | null {
  if (DECIMAL.test(value)) return finiteOrNaN(Number(value)); // the common case, without normalising
  const text = value.normalize('NFKC').trim().toLowerCase();
  if (text === '') return null;
  if (DECIMAL.test(text)) return finiteOrNaN(Number(text));
  if (DECIMAL_COMMA.test(text)) return finiteOrNaN(Number(text.replace(',', '.')));
  return Number.NaN;
}

function finiteOrNaN(value: number): number {
  return Number.isFinite(value) ? value : Number.NaN;
}
