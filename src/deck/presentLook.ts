/**
 * Present mode's colours for the deck (src/view/presentStyle.ts): the deck is shown on
 * the same dark ground, so sector colours take their brighter present versions (same
 * hues, Okabe–Ito based) and plain ties present mode's lighter grey. A colour that is not
 * the node's sector colour (community, role, a column, the look's own) is kept.
 */
import { SECTOR_COLOURS } from '../view/palette.ts';
import { PRESENT_BACKGROUND, PRESENT_SECTOR_COLOURS } from '../view/presentStyle.ts';

export { PRESENT_BACKGROUND };

/**
 * Ties in present mode: plain grey, coloured by type (the look's edgeColour), outside an
 * ego network (dimmed) and on a shortest path.
 */
export const PRESENT_EDGE = {
  colour: '#8da2bb',
  opacity: 0.5,
  typedOpacity: 0.85,
  dimmedOpacity: 0.06,
  pathColour: '#ff5c5c',
} as const;

/** 'rgb(0,114,178)' or '#0072B2' → '0,114,178'; null for other forms. */
function rgbKey(colour: string): string | null {
  const text = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{6})$/.exec(text);
  if (hex !== null) {
    const n = parseInt(hex[1], 16);
    return `${n >> 16},${(n >> 8) & 255},${n & 255}`;
  }
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(text);
  return rgb === null ? null : `${rgb[1]},${rgb[2]},${rgb[3]}`;
}

/** The present colour of a node drawn in `colour` with sector `sector`. */
export function presentColour(colour: string, sector: unknown): string {
  if (typeof sector !== 'string' || !Object.hasOwn(SECTOR_COLOURS, sector)) return colour;
  const key = sector as keyof typeof SECTOR_COLOURS;
  const drawn = rgbKey(colour);
  return drawn !== null && drawn === rgbKey(SECTOR_COLOURS[key])
    ? PRESENT_SECTOR_COLOURS[key]
    : colour;
}
