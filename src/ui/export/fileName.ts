/**
 * File names of exports: `<region>-<level>-<yyyy-mm-dd>[-<what>].<ext>`, e.g.
 * `sapporo-organizations-2026-11-27-nodes.csv`. The region part is the region's name
 * reduced to letters and digits of any script (so Japanese names stay readable) joined by
 * hyphens; the date is the user's local calendar date.
 */
import { slug } from '../../io/datasetGraph.ts';

export interface ExportNameParts {
  region: string;
  level: string;
  date: Date;
  /** What the file holds when the format alone does not say it (nodes, edges, png@2x). */
  what?: string;
  ext: string;
}

const two = (n: number) => String(n).padStart(2, '0');

export function localDate(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

export function exportFileName({ region, level, date, what, ext }: ExportNameParts): string {
  const parts = [slug(region || 'network'), slug(level), localDate(date)];
  if (what) parts.push(slug(what.replace('@', '-at-')).replace('-at-', '@'));
  return `${parts.join('-')}.${ext.replace(/^\./, '')}`;
}
