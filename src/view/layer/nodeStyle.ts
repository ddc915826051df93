/**
 * The node rules of a Cytoscape stylesheet, read (./sheetRules.ts) for the graph layer
 * (./GraphLayer.ts), which draws a large graph's nodes and labels itself while Cytoscape
 * keeps them invisible, for hit testing (`pointerSheet`).
 *
 * Read: shape, width, height, background-color, opacity (the drawn alpha of body and
 * label, as Cytoscape's element opacity), border-width, border-color, z-index, and the
 * label with its font, colour, opacity, outline, vertical place, margin and minimum
 * zoomed size.
 * Class bits are given out per stylesheet (`classBitsOf`); `:selected` is the node's
 * selection state.
 */
import type { StylesheetJson } from 'cytoscape';
import { applyRules, readRules, type ElementData, type Rules } from './sheetRules.ts';

export interface NodePaint {
  shape: string;
  width: number;
  height: number;
  fill: string;
  opacity: number;
  borderWidth: number;
  borderColour: string;
  zIndex: number;
  label: string;
  fontFamily: string;
  fontSize: number;
  fontWeight: string;
  textColour: string;
  outlineColour: string;
  outlineWidth: number;
  outlineOpacity: number;
  /** text-opacity: the label's alpha (times the element's opacity), fill and outline. */
  textOpacity: number;
  textValign: string;
  textMarginY: number;
  minZoomedFontSize: number;
}

export type NodeRules = Rules<NodePaint>;

const PROPERTIES = {
  shape: ['shape', 'text'],
  width: ['width', 'number'],
  height: ['height', 'number'],
  'background-color': ['fill', 'colour'],
  opacity: ['opacity', 'number'],
  'border-width': ['borderWidth', 'number'],
  'border-color': ['borderColour', 'colour'],
  'z-index': ['zIndex', 'number'],
  label: ['label', 'text'],
  'font-family': ['fontFamily', 'text'],
  'font-size': ['fontSize', 'number'],
  'font-weight': ['fontWeight', 'text'],
  color: ['textColour', 'colour'],
  'text-outline-color': ['outlineColour', 'colour'],
  'text-outline-width': ['outlineWidth', 'number'],
  'text-outline-opacity': ['outlineOpacity', 'number'],
  'text-opacity': ['textOpacity', 'number'],
  'text-valign': ['textValign', 'text'],
  'text-margin-y': ['textMarginY', 'number'],
  'min-zoomed-font-size': ['minZoomedFontSize', 'number'],
} as const;

/** The shapes the layer draws; others are listed as unsupported. */
export const LAYER_SHAPES: ReadonlySet<string> = new Set([
  'ellipse',
  'round-rectangle',
  'rectangle',
]);

/** Cytoscape's defaults (Cytoscape.js docs, style.md) for what no rule sets. */
const DEFAULT_PAINT: NodePaint = {
  shape: 'ellipse',
  width: 30,
  height: 30,
  fill: '#999999',
  opacity: 1,
  borderWidth: 0,
  borderColour: '#000000',
  zIndex: 0,
  label: '',
  fontFamily: 'Helvetica Neue, Helvetica, sans-serif',
  fontSize: 16,
  fontWeight: 'normal',
  textColour: '#000000',
  outlineColour: '#000000',
  outlineWidth: 0,
  outlineOpacity: 1,
  textOpacity: 1,
  textValign: 'top',
  textMarginY: 0,
  minZoomedFontSize: 0,
};

/** Reads the node rules of `sheet` (edge rules are skipped). */
export function readNodeRules(sheet: StylesheetJson): NodeRules {
  const rules = readRules<NodePaint>(sheet, 'node', PROPERTIES, new Set());
  for (const rule of rules.rules) {
    const shape = rule.values.shape?.({});
    if (shape !== undefined && !LAYER_SHAPES.has(shape)) rules.unsupported.push(`shape: ${shape}`);
  }
  return rules;
}

/** The paint of one node with `data`, class bits `classes` and selection state. */
export function paintNode(
  rules: NodeRules,
  data: ElementData,
  classes: number,
  selected: boolean,
): NodePaint {
  return applyRules(rules, DEFAULT_PAINT, data, classes, selected);
}

/** The node properties Cytoscape still needs when it only answers the pointer. */
const POINTER_PROPERTIES = new Set(['width', 'height', 'shape', 'z-index']);

/**
 * The stylesheet Cytoscape gets when the layer draws the nodes: the node rules cut down
 * to what hit testing reads (size, shape, z-index; the topmost node wins a tap), every
 * node at opacity 0, no edge rules (the ties are never Cytoscape's then). Why:
 * - Cytoscape skips drawing elements whose opacity is 0 (`visible()` is false) but still
 *   hit-tests them (`interactive()` asks only for visibility, events and a size), so
 *   taps, hover, drag and box selection keep working on nodes it no longer paints;
 * - styling a node with the whole sheet (colours, borders, labels and their text
 *   measurement) was most of the cost of adding a large graph's nodes, and of every
 *   class change (hover, focus).
 * Exports restore the whole sheet for their length (GraphLayer.inCytoscape).
 */
export function pointerSheet(sheet: StylesheetJson): StylesheetJson {
  const kept: StylesheetJson = [];
  for (const entry of sheet as { selector: string; style: Record<string, unknown> }[]) {
    if (!entry.selector.trim().startsWith('node')) continue;
    const style = Object.fromEntries(
      Object.entries(entry.style).filter(([property]) => POINTER_PROPERTIES.has(property)),
    );
    if (Object.keys(style).length > 0) kept.push({ selector: entry.selector, style });
  }
  kept.push({ selector: 'node', style: { opacity: 0 } });
  return kept;
}
