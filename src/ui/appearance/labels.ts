/**
 * How the appearance panel, the legend and the image legend name things, from the
 * `appearance` catalogue (metric names from `metrics:<id>.label`, sectors from
 * `common:sector.*`; category names: categories.ts categoryLabel). Plain functions over the i18n instance, so the labels follow the
 * interface language wherever they are drawn (side panel or PNG export).
 */
import { i18n } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { METRIC_INFO } from '../../metrics/info.ts';
import type { ColourBy, SizeBy } from '../../store/viewSlice.ts';

const COLOUR_OPTIONS = new Set(['sector', 'community', 'type', 'kind', 'role']);

/** 'Sector', 'Community', … or the column name of an `attr:` choice. */
export function colourByLabel(colourBy: ColourBy): string {
  return COLOUR_OPTIONS.has(colourBy)
    ? i18n.t(`appearance:colourOptions.${colourBy}`)
    : colourBy.slice('attr:'.length);
}

/** 'Degree', 'Betweenness', … or 'All alike'. */
export function sizeByLabel(sizeBy: SizeBy | string): string {
  if (sizeBy === 'uniform') return i18n.t('appearance:uniform');
  return Object.hasOwn(METRIC_INFO, sizeBy) ? i18n.t(`metrics:${sizeBy}.label`) : sizeBy;
}

/** A legend number: integers grouped for the locale, others with 3 significant digits. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? formatNumber(value, 0) : value.toPrecision(3);
}
