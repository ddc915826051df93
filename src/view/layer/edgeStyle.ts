/**
 * The edge rules of a Cytoscape stylesheet, read (./sheetRules.ts) for the graph layer
 * (./GraphLayer.ts), so ties drawn outside Cytoscape look exactly as Cytoscape draws them.
 * Read: `line-color`, `opacity` (the drawn alpha; `line-opacity` is not used by the
 * stylesheets) and `width`; `curve-style` is skipped (layer ties are straight, as the
 * stylesheets' haystack edges are). `:selected` never applies: layer ties cannot be
 * selected.
 */
import type { StylesheetJson } from 'cytoscape';
import { applyRules, readRules, type ElementData, type Rules } from './sheetRules.ts';

/** The classes the canvas puts on ties, as bits. */
export const EDGE_CLASS_BITS = { faded: 1, dimmed: 2, 'on-path': 4 } as const;
export type EdgeClass = keyof typeof EDGE_CLASS_BITS;

export type EdgeData = ElementData;

export interface EdgePaint {
  colour: string;
  opacity: number;
  width: number;
}

export type EdgeRules = Rules<EdgePaint>;

const PROPERTIES = {
  'line-color': ['colour', 'colour'],
  opacity: ['opacity', 'number'],
  width: ['width', 'number'],
} as const;
const IGNORED = new Set(['curve-style']);

/** Reads the edge rules of `sheet` (node rules are skipped). */
export function readEdgeRules(sheet: StylesheetJson): EdgeRules {
  return readRules<EdgePaint>(sheet, 'edge', PROPERTIES, IGNORED, EDGE_CLASS_BITS);
}

/** Cytoscape's defaults for what no rule sets. */
const DEFAULT_PAINT: EdgePaint = { colour: '#999999', opacity: 1, width: 1 };

/** The paint of one tie with `data` and class bits `classes`. */
export function paintEdge(rules: EdgeRules, data: EdgeData, classes: number): EdgePaint {
  return applyRules(rules, DEFAULT_PAINT, data, classes);
}
