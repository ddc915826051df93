/**
 * The graph layer's reading of the stylesheets against Cytoscape itself: a headless
 * Cytoscape styled with the same sheet computes each tie's line colour, opacity and width
 * (its `pstyle` values), for every combination of data fields and classes the canvas uses.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import {
  EDGE_CLASS_BITS,
  paintEdge,
  readEdgeRules,
  type EdgeClass,
} from '../../../src/view/layer/edgeStyle.ts';
import { rgb, SHEETS, type Parsed } from './stylesheets.ts';

const DATA_VARIANTS: Record<string, unknown>[] = [
  { weight: 1 },
  { weight: 4 },
  { weight: 9 }, // above the range: clamped
  { weight: 3, edgeWidth: 2.5 },
  { weight: 3, edgeColour: '#d55e00' },
  { weight: 2, edgeWidth: 5, edgeColour: '#0072b2' },
];

const CLASS_SETS: EdgeClass[][] = [[], ['faded'], ['dimmed'], ['on-path'], ['faded', 'on-path']];

describe('graph layer style', () => {
  for (const [name, sheet] of SHEETS) {
    it(`paints ties as Cytoscape styles them (${name})`, () => {
      const rules = readEdgeRules(sheet);
      expect(rules.unsupported).toEqual([]);
      const cy = cytoscape({ headless: true, styleEnabled: true, style: sheet });
      cy.add([
        { group: 'nodes', data: { id: 'a' } },
        { group: 'nodes', data: { id: 'b' } },
      ]);
      let compared = 0;
      DATA_VARIANTS.forEach((data, i) => {
        CLASS_SETS.forEach((classes, j) => {
          const added = cy.add({
            group: 'edges',
            data: { id: `e${i}-${j}`, source: 'a', target: 'b', ...data },
            classes,
          });
          const edge = added as unknown as Parsed;
          const bits = classes.reduce((sum, c) => sum | EDGE_CLASS_BITS[c], 0);
          const paint = paintEdge(rules, data, bits);
          const what = `${JSON.stringify(data)} ${classes.join(' ')}`;
          expect(rgb(paint.colour), what).toEqual(edge.pstyle('line-color').value);
          expect(paint.opacity, what).toBeCloseTo(edge.pstyle('opacity').value as number, 6);
          expect(paint.width, what).toBeCloseTo(edge.pstyle('width').pfValue as number, 6);
          compared += 1;
        });
      });
      expect(compared).toBe(DATA_VARIANTS.length * CLASS_SETS.length);
    });
  }

  it('lists what it cannot read instead of dropping it', () => {
    const { unsupported } = readEdgeRules([
      { selector: 'edge > node', style: { width: 2 } },
      { selector: 'edge', style: { width: 'mapLayoutData(x)' } },
      { selector: 'node', style: { width: 'whatever' } },
    ]);
    expect(unsupported).toEqual(['edge > node', 'edge { width: mapLayoutData(x) }']);
  });

  it('never applies :selected or unknown classes to layer ties', () => {
    const rules = readEdgeRules([
      { selector: 'edge', style: { 'line-color': '#111111' } },
      { selector: 'edge:selected', style: { 'line-color': '#222222' } },
      { selector: 'edge.hidden', style: { 'line-color': '#333333' } },
    ]);
    expect(paintEdge(rules, {}, 7).colour).toBe('#111111');
  });
});
