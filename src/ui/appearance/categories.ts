/**
 * Categorical colours: which category a node falls in for a `colourBy` choice, and the
 * colour each category gets. Pure, tested in Node.
 *
 * Conventions:
 * - Sectors always take the one sector palette (src/view/palette.ts), in legend order.
 * - Any other category set is ordered by size (most nodes first, then by name, with
 *   community numbers in number order) and coloured with Tableau 10 (Stone, Tableau
 *   "Tableau 10" 2016 palette, designed for distinguishable categories); beyond
 *   CATEGORY_LIMIT categories the rest share OTHER_COLOUR under "Other".
 * - Nodes without a value fall in MISSING ("(none)"), coloured grey like unknown sectors.
 * - Communities are numbered from 1 for people (the metric column counts from 0).
 */
import { nodeTypeOf } from '../../graph/viewFilters.ts';
import { ALL_SECTORS, type Sector, type SimpleNodeAttributes } from '../../model/index.ts';
import type { ColourBy } from '../../store/viewSlice.ts';
import { PALETTE_SECTORS, SECTOR_COLOURS } from '../../view/palette.ts';
import { i18n } from '../../i18n/index.ts';

export const CATEGORY_COLOURS = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#BAB0AC',
] as const;
export const CATEGORY_LIMIT = CATEGORY_COLOURS.length;
export const OTHER_COLOUR = '#D9D9D9';
export const MISSING = '(none)';
export const MISSING_COLOUR = SECTOR_COLOURS.unknown;

/**
 * The legend name of a category value (see categoryOf): '' is Other, MISSING is
 * "(none)", sectors by their long name, communities numbered, anything else as it is.
 */
export function categoryLabel(colourBy: ColourBy, value: string): string {
  if (value === '') return i18n.t('appearance:categories.other');
  if (value === MISSING) return i18n.t('appearance:categories.none');
  if (colourBy === 'sector' && (ALL_SECTORS as readonly string[]).includes(value))
    return i18n.t(`common:sector.${value as Sector}.long`);
  if (colourBy === 'community') return i18n.t('appearance:categories.community', { number: value });
  return value;
}

export interface LegendCategory {
  /** The category value ('' for Other). */
  value: string;
  /** Its legend name in the interface language (categoryLabel). */
  label: string;
  colour: string;
  /** Number of shown nodes in it. */
  count: number;
}

/** A node's category; `community` is its community number (NaN/undefined: none). */
export function categoryOf(
  colourBy: ColourBy,
  attributes: SimpleNodeAttributes,
  community?: number,
): string {
  switch (colourBy) {
    case 'sector':
      return attributes.sector;
    case 'type':
      return nodeTypeOf(attributes);
    case 'kind':
      return attributes.kind;
    case 'role':
      return attributes.role || MISSING;
    case 'community':
      return community === undefined || !Number.isFinite(community)
        ? MISSING
        : String(community + 1);
    default: {
      const column = colourBy.slice('attr:'.length);
      const value = Object.hasOwn(attributes.attributes, column)
        ? attributes.attributes[column]
        : '';
      return value.trim() === '' ? MISSING : value;
    }
  }
}

function compareCategories(a: [string, number], b: [string, number], numeric: boolean): number {
  if (a[0] === MISSING || b[0] === MISSING) return a[0] === MISSING ? 1 : -1;
  if (b[1] !== a[1]) return b[1] - a[1];
  return numeric ? Number(a[0]) - Number(b[0]) : a[0].localeCompare(b[0]);
}

/**
 * Colours for the categories of the shown nodes, and the legend entries (in legend
 * order). `colourOf` maps any category value to its colour.
 */
export function assignColours(
  colourBy: ColourBy,
  categories: readonly string[],
): { legend: LegendCategory[]; colourOf: (value: string) => string } {
  const counts = new Map<string, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  if (colourBy === 'sector') {
    const legend = PALETTE_SECTORS.filter((s) => counts.has(s)).map((s) => ({
      value: s,
      label: categoryLabel('sector', s),
      colour: SECTOR_COLOURS[s],
      count: counts.get(s)!,
    }));
    return {
      legend,
      colourOf: (value) =>
        Object.hasOwn(SECTOR_COLOURS, value)
          ? SECTOR_COLOURS[value as keyof typeof SECTOR_COLOURS]
          : MISSING_COLOUR,
    };
  }
  const ordered = [...counts].sort((a, b) => compareCategories(a, b, colourBy === 'community'));
  const colours = new Map<string, string>();
  const legend: LegendCategory[] = [];
  let other = 0;
  let coloured = 0;
  for (const [value, count] of ordered) {
    if (value === MISSING) continue;
    if (coloured < CATEGORY_LIMIT) {
      const colour = CATEGORY_COLOURS[coloured++];
      colours.set(value, colour);
      legend.push({ value, label: categoryLabel(colourBy, value), colour, count });
    } else other += count;
  }
  if (other > 0)
    legend.push({
      value: '',
      label: categoryLabel(colourBy, ''),
      colour: OTHER_COLOUR,
      count: other,
    });
  const missing = counts.get(MISSING);
  if (missing !== undefined)
    legend.push({
      value: MISSING,
      label: categoryLabel(colourBy, MISSING),
      colour: MISSING_COLOUR,
      count: missing,
    });
  return {
    legend,
    colourOf: (value) => colours.get(value) ?? (value === MISSING ? MISSING_COLOUR : OTHER_COLOUR),
  };
}

/**
 * Columns of the nodes' `attributes` that can colour the graph: between 2 and
 * maxDistinct distinct non-empty values over the given nodes, in name order.
 */
export function categoricalColumns(
  nodes: Iterable<SimpleNodeAttributes>,
  maxDistinct = 50,
): string[] {
  const values = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (const [column, value] of Object.entries(node.attributes)) {
      if (value.trim() === '') continue;
      let set = values.get(column);
      if (set === undefined) values.set(column, (set = new Set()));
      if (set.size <= maxDistinct) set.add(value);
    }
  }
  return [...values]
    .filter(([, set]) => set.size >= 2 && set.size <= maxDistinct)
    .map(([column]) => column)
    .sort((a, b) => a.localeCompare(b));
}

/**
 * Line colours by collaboration type: ColorBrewer Dark2 (Harrower & Brewer 2003, The
 * Cartographic Journal 40(1), doi:10.1179/000870403235002042), a different set from the
 * node colours so a line never reads as a node category; types in name order.
 */
export const EDGE_TYPE_COLOURS = [
  '#1B9E77',
  '#D95F02',
  '#7570B3',
  '#E7298A',
  '#66A61E',
  '#E6AB02',
  '#A6761D',
] as const;
export const MIXED_TYPES_COLOUR = '#666666';
export function edgeTypeColours(types: readonly string[]): Map<string, string> {
  const sorted = [...new Set(types)].sort((a, b) => a.localeCompare(b));
  return new Map(sorted.map((t, i) => [t, EDGE_TYPE_COLOURS[i] ?? MIXED_TYPES_COLOUR]));
}
