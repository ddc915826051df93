/**
 * Numbers and dates for the interface language, through Intl (ja: 1,234.5 and
 * 2026/11/27; en: 1,234.5 and Nov 27, 2026). Formatters are cached per language and
 * options, since creating an Intl formatter costs far more than using one.
 */
import { currentLanguage } from './index.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

/** A number with at most `digits` decimals (default 3); NaN/±Infinity as "–". */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  const language = currentLanguage();
  return cached(
    `n:${language}:${digits}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: digits }),
  ).format(value);
}

/** A whole count with grouping (12,345). */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}

/** A share 0..1 as a percentage with `digits` decimals. */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  const language = currentLanguage();
  return cached(
    `p:${language}:${digits}`,
    () =>
      new Intl.NumberFormat(language, {
        style: 'percent',
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }),
  ).format(share);
}

/** A calendar date (medium style) in the interface language. */
export function formatDate(date: Date): string {
  const language = currentLanguage();
  return cached(
    `d:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }),
  ).format(date);
}
