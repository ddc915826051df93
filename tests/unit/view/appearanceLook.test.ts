import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  assignColours,
  categoricalColumns,
  categoryOf,
  CATEGORY_COLOURS,
  EDGE_TYPE_COLOURS,
  MIXED_TYPES_COLOUR,
  MISSING,
  MISSING_COLOUR,
  OTHER_COLOUR,
} from '../../../src/ui/appearance/categories.ts';
import { computeLook, EDGE_WIDTH_MAX, EDGE_WIDTH_MIN } from '../../../src/ui/appearance/look.ts';
import { DEFAULT_LOOK } from '../../../src/store/appearanceSlice.ts';
import type {
  SimpleEdgeAttributes,
  SimpleGraph,
  SimpleNodeAttributes,
} from '../../../src/model/index.ts';
import { SECTOR_COLOURS } from '../../../src/view/palette.ts';
import { loadFixture } from '../helpers/fixtures.ts';

describe('category colours', () => {
  it('sectors keep the one sector palette', () => {
    const { legend, colourOf } = assignColours('sector', ['industry', 'academia', 'industry']);
    expect(legend.map((e) => [e.value, e.colour, e.count])).toEqual([
      ['academia', SECTOR_COLOURS.academia, 1],
      ['industry', SECTOR_COLOURS.industry, 2],
    ]);
    expect(colourOf('government')).toBe(SECTOR_COLOURS.government);
  });

  it('orders by size, colours ten categories and puts the rest under Other', () => {
    // 12 categories: c0 has 12 nodes, c1 11, …, c11 1 node; plus two without a value.
    const values: string[] = [];
    for (let c = 0; c < 12; c++) for (let k = 0; k < 12 - c; k++) values.push(`c${c}`);
    values.push(MISSING, MISSING);
    const { legend, colourOf } = assignColours('type', values);
    expect(legend.slice(0, 10).map((e) => e.value)).toEqual(
      Array.from({ length: 10 }, (_, c) => `c${c}`),
    );
    expect(legend.slice(0, 10).map((e) => e.colour)).toEqual([...CATEGORY_COLOURS]);
    expect(legend[10]).toMatchObject({ label: 'Other', colour: OTHER_COLOUR, count: 2 + 1 });
    expect(legend[11]).toMatchObject({ value: MISSING, colour: MISSING_COLOUR, count: 2 });
    expect(colourOf('c11')).toBe(OTHER_COLOUR);
    expect(colourOf('c0')).toBe(CATEGORY_COLOURS[0]);
  });

  it('communities are numbered from 1 and ordered by size, then number', () => {
    const node: SimpleNodeAttributes = {
      kind: 'node',
      label: '',
      sector: 'unknown',
      attributes: {},
    };
    expect(categoryOf('community', node, 0)).toBe('1');
    expect(categoryOf('community', node, Number.NaN)).toBe(MISSING);
    const { legend } = assignColours('community', ['10', '2', '2', '1', '10']);
    expect(legend.map((e) => e.label)).toEqual(['Community 2', 'Community 10', 'Community 1']);
  });

  it('any attribute column with 2..max distinct values can colour', () => {
    const n = (attributes: Record<string, string>): SimpleNodeAttributes => ({
      kind: 'node',
      label: '',
      sector: 'unknown',
      attributes,
    });
    const nodes = [
      n({ city: 'Sapporo', id: '1', one: 'x' }),
      n({ city: 'Kobe', id: '2', one: 'x' }),
    ];
    expect(categoricalColumns(nodes, 1)).toEqual([]);
    expect(categoricalColumns(nodes)).toEqual(['city', 'id']);
    expect(categoryOf('attr:city', nodes[0])).toBe('Sapporo');
    expect(categoryOf('attr:missing', nodes[0])).toBe(MISSING);
  });
});

function typed(): SimpleGraph {
  const g = new UndirectedGraph<SimpleNodeAttributes, SimpleEdgeAttributes>();
  for (const key of ['a', 'b', 'c'])
    g.addNode(key, { kind: 'organization', label: key, sector: 'academia', attributes: {} });
  g.addEdge('a', 'b', { weight: 1, count: 1, types: ['patent'], years: [] });
  g.addEdge('b', 'c', { weight: 5, count: 2, types: ['forum', 'patent'], years: [] });
  return g;
}

describe('computeLook', () => {
  it('degree sizes need no metrics; karate hub 34 (degree 17) is the largest, labelled', () => {
    const g = loadFixture('karate');
    const look = computeLook(g, 'sector', 'degree', DEFAULT_LOOK, null);
    const sizes = [...look.nodes.values()].map((n) => n.size);
    expect(Math.max(...sizes)).toBe(DEFAULT_LOOK.sizeMax);
    expect(look.nodes.get('33')!.size).toBe(DEFAULT_LOOK.sizeMax); // node "34" is id 33 here
    expect([...look.nodes.values()].filter((n) => n.labelled)).toHaveLength(
      DEFAULT_LOOK.labelCount,
    );
    expect(look.legend.sizeExamples.map((e) => e.value)).toEqual([1, 9, 17]);
  });

  it('a metric not computed yet falls back to degree and says so', () => {
    const g = loadFixture('karate');
    const look = computeLook(g, 'sector', 'betweenness', DEFAULT_LOOK, null);
    expect(look.legend.sizeBy).toBe('degree');
    expect(look.legend.sizeFallback).toBe(true);
  });

  it('sizes by a metric column matched by id, not by position', () => {
    const g = typed();
    const metrics = { ids: ['c', 'a', 'b'], nodes: { betweenness: Float64Array.of(0, 0, 1) } };
    const look = computeLook(
      g,
      'sector',
      'betweenness',
      { ...DEFAULT_LOOK, labelBy: 'betweenness' },
      metrics,
    );
    expect(look.nodes.get('b')!.size).toBe(DEFAULT_LOOK.sizeMax);
    expect(look.nodes.get('a')!.size).toBe(DEFAULT_LOOK.sizeMin);
    expect([...look.nodes].filter(([, n]) => n.labelled).map(([k]) => k)).toEqual(['b']);
  });

  it('edge width follows weight; edge colour by type, mixed types in one grey', () => {
    const g = typed();
    const look = computeLook(g, 'sector', 'uniform', { ...DEFAULT_LOOK, edgeColour: 'type' }, null);
    const [ab, bc] = g.edges();
    expect(look.edges.get(ab)!.width).toBe(EDGE_WIDTH_MIN);
    expect(look.edges.get(bc)!.width).toBe(EDGE_WIDTH_MAX);
    expect(look.legend.edgeTypes.map((t) => t.type)).toEqual(['forum', 'patent']);
    expect(look.edges.get(ab)!.colour).toBe(EDGE_TYPE_COLOURS[1]);
    expect(look.edges.get(bc)!.colour).toBe(MIXED_TYPES_COLOUR);
    expect(look.edges.get(bc)!.colour).not.toBe(look.edges.get(ab)!.colour);
    expect(look.nodes.get('a')!.size).toBe((DEFAULT_LOOK.sizeMin + DEFAULT_LOOK.sizeMax) / 2);
  });
});
