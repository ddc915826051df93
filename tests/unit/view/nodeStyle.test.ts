/**
 * The graph layer's reading of the node rules against Cytoscape itself: a headless
 * Cytoscape styled with the same sheet computes each node's shape, size, colours,
 * opacity, border, z-index and label style (its `pstyle` values), for combinations of
 * the data fields, classes and selection states the canvas uses. And pointerSheet does
 * what the layer relies on: Cytoscape stops drawing the nodes but still hit-tests them,
 * with the size, shape and z-index the layer draws.
 */
import { describe, expect, it } from 'vitest';
import cytoscape, { type StylesheetJson } from 'cytoscape';
import { classBitsOf } from '../../../src/view/layer/sheetRules.ts';
import {
  pointerSheet,
  paintNode,
  readNodeRules,
  type NodePaint,
} from '../../../src/view/layer/nodeStyle.ts';
import { rgb, SHEETS, type Parsed } from './stylesheets.ts';

const DATA_VARIANTS: Record<string, unknown>[] = [
  { label: 'Hokkaido U', sector: 'academia', kind: 'organization', degree: 3 },
  { label: '田中 一郎', sector: 'industry', kind: 'person', degree: 12 }, // above the range
  { label: 'x', sector: 'government', kind: 'person', degree: 0, colour: '#d55e00', size: 21 },
  { label: 'y', kind: 'node', degree: 5 }, // no sector: the default colour
];

const CLASS_SETS: string[][] = [
  [],
  ['hub'],
  ['labelled'],
  ['labelled', 'faded'],
  ['near'],
  ['near', 'focus'],
  ['picked'],
  ['dimmed'],
  ['on-path'],
  ['present-near'],
  ['labelled', 'label-hidden'],
  ['near', 'label-hidden'],
];

function expectSameStyle(paint: NodePaint, node: Parsed, what: string): void {
  const number = (name: string) => node.pstyle(name).pfValue as number;
  expect(paint.shape, what).toBe(node.pstyle('shape').value);
  expect(paint.width, what).toBeCloseTo(number('width'), 6);
  expect(paint.height, what).toBeCloseTo(number('height'), 6);
  expect(rgb(paint.fill), what).toEqual(node.pstyle('background-color').value);
  expect(paint.opacity, what).toBeCloseTo(node.pstyle('opacity').value as number, 6);
  expect(paint.borderWidth, what).toBeCloseTo(number('border-width'), 6);
  expect(rgb(paint.borderColour), what).toEqual(node.pstyle('border-color').value);
  expect(paint.zIndex, what).toBe(node.pstyle('z-index').value);
  expect(paint.label, what).toBe(node.pstyle('label').strValue);
  expect(paint.fontFamily, what).toBe(node.pstyle('font-family').strValue);
  expect(paint.fontSize, what).toBeCloseTo(number('font-size'), 6);
  expect(paint.fontWeight, what).toBe(node.pstyle('font-weight').strValue);
  expect(rgb(paint.textColour), what).toEqual(node.pstyle('color').value);
  expect(rgb(paint.outlineColour), what).toEqual(node.pstyle('text-outline-color').value);
  expect(paint.outlineWidth, what).toBeCloseTo(number('text-outline-width'), 6);
  expect(paint.outlineOpacity, what).toBeCloseTo(
    node.pstyle('text-outline-opacity').value as number,
    6,
  );
  expect(paint.textOpacity, what).toBeCloseTo(node.pstyle('text-opacity').value as number, 6);
  expect(paint.textValign, what).toBe(node.pstyle('text-valign').value);
  expect(paint.textMarginY, what).toBeCloseTo(number('text-margin-y'), 6);
  expect(paint.minZoomedFontSize, what).toBeCloseTo(number('min-zoomed-font-size'), 6);
}

describe('graph layer node style', () => {
  for (const [name, sheet] of SHEETS) {
    it(`paints nodes as Cytoscape styles them (${name})`, () => {
      const rules = readNodeRules(sheet);
      expect(rules.unsupported).toEqual([]);
      const cy = cytoscape({ headless: true, styleEnabled: true, style: sheet });
      let compared = 0;
      DATA_VARIANTS.forEach((data, i) => {
        CLASS_SETS.forEach((classes, j) => {
          for (const selected of [false, true]) {
            const added = cy.add({
              group: 'nodes',
              data: { id: `n${i}-${j}-${selected}`, ...data },
              classes,
              selected,
            });
            const paint = paintNode(rules, data, classBitsOf(rules, classes), selected);
            const what = `${JSON.stringify(data)} .${classes.join('.')} selected=${selected}`;
            expectSameStyle(paint, added as unknown as Parsed, what);
            compared += 1;
          }
        });
      });
      expect(compared).toBe(DATA_VARIANTS.length * CLASS_SETS.length * 2);
    });
  }

  for (const [name, sheet] of SHEETS) {
    it(`hides the nodes from drawing but not from the pointer (${name})`, () => {
      const full = cytoscape({ headless: true, styleEnabled: true, style: sheet });
      const pointer = cytoscape({ headless: true, styleEnabled: true, style: pointerSheet(sheet) });
      let compared = 0;
      DATA_VARIANTS.forEach((data, i) => {
        CLASS_SETS.forEach((classes, j) => {
          const element = { group: 'nodes' as const, data: { id: `n${i}-${j}`, ...data }, classes };
          const drawn = full.add(element) as unknown as Parsed;
          const hit = pointer.add(element) as unknown as Parsed;
          const what = `${JSON.stringify(data)} .${classes.join('.')}`;
          expect(hit.visible(), what).toBe(false);
          expect(hit.interactive(), what).toBe(true);
          for (const property of ['width', 'height'])
            expect(hit.pstyle(property).pfValue, what).toBeCloseTo(
              drawn.pstyle(property).pfValue as number,
              6,
            );
          for (const property of ['shape', 'z-index'])
            expect(hit.pstyle(property).value, what).toBe(drawn.pstyle(property).value);
          expect(hit.pstyle('label').strValue, what).toBe('');
          compared += 1;
        });
      });
      expect(compared).toBe(DATA_VARIANTS.length * CLASS_SETS.length);
    });
  }

  it('lists what it cannot read instead of dropping it', () => {
    const { unsupported } = readNodeRules([
      { selector: 'node > node', style: { width: 2 } },
      { selector: 'node', style: { 'background-image': 'url(x.png)' } },
      { selector: 'node.a', style: { shape: 'star' } },
      { selector: 'edge', style: { whatever: 1 } },
    ] as unknown as StylesheetJson);
    expect(unsupported).toEqual(['node > node', 'node { background-image }', 'shape: star']);
  });

  it('gives each class its own bit and matches equality selectors', () => {
    const rules = readNodeRules([
      { selector: 'node', style: { 'background-color': '#111111' } },
      { selector: 'node[kind = "organization"]', style: { 'background-color': '#222222' } },
      { selector: 'node[rank = 2].a', style: { 'background-color': '#333333' } },
      { selector: 'node.b:selected', style: { 'background-color': '#444444' } },
    ]);
    const fill = (data: Record<string, unknown>, classes: string[], selected = false) =>
      paintNode(rules, data, classBitsOf(rules, classes), selected).fill;
    expect(fill({ kind: 'person' }, [])).toBe('#111111');
    expect(fill({ kind: 'organization' }, ['b'])).toBe('#222222');
    expect(fill({ rank: 2 }, ['b'])).toBe('#111111');
    expect(fill({ rank: 2 }, ['a', 'other'])).toBe('#333333');
    expect(fill({}, ['b'], true)).toBe('#444444');
  });
});
