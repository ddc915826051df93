/**
 * A region's name in the interface language: its Japanese name (sample-data `nameJa`) in
 * the Japanese interface when the data has one, else the name as loaded (names are data,
 * not catalogue texts). File names keep the loaded name, so they stay language-neutral.
 */
import { currentLanguage } from '../i18n/index.ts';

export function regionName(
  entry: { name: string; nameJa?: string } | undefined,
  fallback: string,
): string {
  if (entry === undefined) return fallback;
  return currentLanguage() === 'ja' && entry.nameJa ? entry.nameJa : entry.name;
}
