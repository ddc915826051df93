/**
 * The stylesheets the graph layer's readers are checked with (edgeStyle.test.ts,
 * nodeStyle.test.ts), and helpers for comparing with headless Cytoscape's computed style.
 */
import type { StylesheetJson } from 'cytoscape';
import { buildPresentStyle } from '../../../src/view/presentStyle.ts';
import { buildStylesheet } from '../../../src/view/stylesheet.ts';

/** Ranges the mapData() mappers are built for: degree 0–8, weight 1–7. */
const STATS = { nodes: 3, edges: 1, maxDegree: 8, maxWeight: 7, minWeight: 1 };

/** The workbench sheet in two appearances, and with the present theme appended. */
export const SHEETS: [string, StylesheetJson][] = [
  ['workbench, by sector', buildStylesheet({ colourBy: 'sector', sizeBy: 'degree' }, STATS)],
  ['workbench, uniform', buildStylesheet({ colourBy: 'community', sizeBy: 'uniform' }, STATS)],
  [
    'workbench + present theme',
    [
      ...buildStylesheet({ colourBy: 'sector', sizeBy: 'degree' }, STATS),
      ...buildPresentStyle({ zoom: 0.4, bySector: true }),
    ],
  ],
];

/** Cytoscape's parsed style values (public `pstyle`, missing from its type declarations). */
export interface Parsed {
  pstyle(name: string): { value: unknown; pfValue?: number; strValue?: string };
  visible(): boolean;
  interactive(): boolean;
}

/** `#rrggbb` as Cytoscape's parsed colour value [r, g, b]. */
export function rgb(colour: string): number[] {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex === null) throw new Error(`not #rrggbb: ${colour}`);
  const n = parseInt(hex[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
