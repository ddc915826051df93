/**
 * The Cytoscape stylesheet as a pure function of the appearance settings and the graph's
 * ranges. Mappers are `data()`/`mapData()` strings and selectors, never function
 * mappers, so Cytoscape can cache styles (Cytoscape.js docs, style.md / performance.md).
 *
 * - Colour: one selector per sector, colours from src/view/palette.ts.
 * - Size (sizeBy 'degree'): diameter = mapData(degree, 0, maxDegree, NODE_MIN, NODE_MAX),
 *   linear in degree; 'uniform' gives every node NODE_UNIFORM.
 * - Edge width: mapData(weight, minWeight, maxWeight, 1, 6) (merged tie weight).
 * - Shape: organizations are rounded squares, people and generic nodes circles.
 * - Labels: drawn for `.hub` nodes and selected nodes only.
 * - Appearance data fields (src/ui/appearance/look.ts, set on the elements): when present,
 *   `colour`, `size`, `edgeColour` and `edgeWidth` override the defaults above through
 *   data() mappers, and `.labelled` nodes (top N by a metric) always show their label.
 * - Emphasis (hovering a node) is classes only: `.focus` on the node, `.near` on it and
 *   its partners (labels shown), `.faded` on everything outside its closed neighbourhood.
 */
import type { StylesheetJson } from 'cytoscape';
import type { ColourBy, SizeBy } from '../store/index.ts';
import type { ElementStats } from './elements.ts';
import { PALETTE_SECTORS, SECTOR_COLOURS } from './palette.ts';
import { LABEL_HIDDEN } from './labelDeclutter.ts';

export interface Appearance {
  colourBy: ColourBy;
  sizeBy: SizeBy;
}

export const NODE_MIN = 8;
export const NODE_MAX = 36;
export const NODE_UNIFORM = 14;
export const EDGE_MIN_WIDTH = 1;
export const EDGE_MAX_WIDTH = 6;

/** mapData needs a non-empty range; a degenerate one maps everything to its low end. */
function range(low: number, high: number): [number, number] {
  return high > low ? [low, high] : [low, low + 1];
}

export function buildStylesheet(appearance: Appearance, stats: ElementStats): StylesheetJson {
  const [degreeLow, degreeHigh] = range(0, stats.maxDegree);
  const [weightLow, weightHigh] = range(stats.minWeight, stats.maxWeight);
  const size =
    appearance.sizeBy === 'degree'
      ? `mapData(degree, ${degreeLow}, ${degreeHigh}, ${NODE_MIN}, ${NODE_MAX})`
      : NODE_UNIFORM;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: size,
        height: size,
        'background-color': SECTOR_COLOURS.unknown,
        'border-width': 1,
        'border-color': '#ffffff',
        label: '',
        'font-family': 'system-ui, "Noto Sans CJK JP", "Noto Sans", sans-serif',
        'font-size': 11,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
      },
    },
  ];
  if (appearance.colourBy === 'sector') {
    for (const sector of PALETTE_SECTORS) {
      sheet.push({
        selector: `node[sector = "${sector}"]`,
        style: { 'background-color': SECTOR_COLOURS[sector] },
      });
    }
  }
  sheet.push(
    // Organizations are rounded squares on every level, people circles, so a mixed
    // ('all') graph reads at a glance and the shape means the same everywhere.
    { selector: 'node[kind = "organization"]', style: { shape: 'round-rectangle' } },
    { selector: 'node.hub', style: { label: 'data(label)' } },
    { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    {
      selector: 'edge',
      style: {
        width: `mapData(weight, ${weightLow}, ${weightHigh}, ${EDGE_MIN_WIDTH}, ${EDGE_MAX_WIDTH})`,
        'line-color': '#9aa5b1',
        opacity: 0.55,
        'curve-style': 'haystack',
      },
    },
    { selector: 'edge[edgeWidth]', style: { width: 'data(edgeWidth)' } },
    { selector: 'edge[edgeColour]', style: { 'line-color': 'data(edgeColour)', opacity: 0.8 } },
    {
      selector: 'node:selected',
      style: { label: 'data(label)', 'border-width': 3, 'border-color': '#1f2933' },
    },
    { selector: 'edge:selected', style: { 'line-color': '#1f2933', opacity: 1 } },
    { selector: 'node.faded', style: { opacity: 0.15, label: '' } },
    { selector: 'node.near', style: { label: 'data(label)', 'z-index': 9 } },
    { selector: 'node.focus', style: { label: 'data(label)', 'z-index': 10 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    // The selection slice's marks (src/view/useCanvasSelection.ts): the picked actor,
    // everything outside an ego network or path dimmed, the path itself in red.
    {
      selector: 'node.picked',
      style: { label: 'data(label)', 'border-width': 3, 'border-color': '#1f2933', 'z-index': 20 },
    },
    { selector: 'node.dimmed', style: { opacity: 0.12, label: '' } },
    { selector: 'edge.dimmed', style: { opacity: 0.04 } },
    {
      selector: 'node.on-path',
      style: { label: 'data(label)', 'border-width': 3, 'border-color': '#c62828' },
    },
    { selector: 'edge.on-path', style: { 'line-color': '#c62828', opacity: 1, width: 4 } },
    // A label that would cover one of higher priority (src/view/labelDeclutter.ts); still
    // measured, so it comes back when there is room.
    { selector: `node.${LABEL_HIDDEN}`, style: { 'text-opacity': 0 } },
  );
  return sheet;
}
