import { describe, expect, it } from 'vitest';
import type { StylesheetStyle } from 'cytoscape';
import { buildStylesheet, NODE_MAX, NODE_MIN, NODE_UNIFORM } from '../../../src/view/stylesheet.ts';
import { SECTOR_COLOURS } from '../../../src/view/palette.ts';
import { ALL_SECTORS } from '../../../src/model/index.ts';

const STATS = { nodes: 10, edges: 12, maxDegree: 7, maxWeight: 5, minWeight: 1 };

function rule(sheet: ReturnType<typeof buildStylesheet>, selector: string) {
  const found = sheet.find((block) => 'selector' in block && block.selector === selector);
  if (!found) throw new Error(`no rule for ${selector}`);
  return (found as StylesheetStyle).style as Record<string, unknown>;
}

describe('buildStylesheet', () => {
  it('colours each sector with the palette colour', () => {
    const sheet = buildStylesheet({ colourBy: 'sector', sizeBy: 'degree' }, STATS);
    for (const sector of ALL_SECTORS) {
      expect(rule(sheet, `node[sector = "${sector}"]`)['background-color']).toBe(
        SECTOR_COLOURS[sector],
      );
    }
  });

  it('sizes nodes linearly in degree over [0, maxDegree] and edges by weight range', () => {
    const sheet = buildStylesheet({ colourBy: 'sector', sizeBy: 'degree' }, STATS);
    const node = rule(sheet, 'node');
    expect(node.width).toBe(`mapData(degree, 0, 7, ${NODE_MIN}, ${NODE_MAX})`);
    expect(node.height).toBe(node.width);
    expect(rule(sheet, 'edge').width).toBe('mapData(weight, 1, 5, 1, 6)');
  });

  it('gives every node one size when sizeBy is uniform', () => {
    const node = rule(buildStylesheet({ colourBy: 'sector', sizeBy: 'uniform' }, STATS), 'node');
    expect(node.width).toBe(NODE_UNIFORM);
  });

  it('keeps mapData ranges non-empty for edgeless or equal-weight graphs', () => {
    const sheet = buildStylesheet(
      { colourBy: 'sector', sizeBy: 'degree' },
      { nodes: 3, edges: 0, maxDegree: 0, maxWeight: 0, minWeight: 0 },
    );
    expect(rule(sheet, 'node').width).toBe(`mapData(degree, 0, 1, ${NODE_MIN}, ${NODE_MAX})`);
    expect(rule(sheet, 'edge').width).toBe('mapData(weight, 0, 1, 1, 6)');
  });

  it('draws labels only for hubs and the selection', () => {
    const sheet = buildStylesheet({ colourBy: 'sector', sizeBy: 'degree' }, STATS);
    expect(rule(sheet, 'node').label).toBe('');
    expect(rule(sheet, 'node.hub').label).toBe('data(label)');
    expect(rule(sheet, 'node:selected').label).toBe('data(label)');
  });
});

describe('buildStylesheet shapes', () => {
  it('draws organizations as rounded squares and leaves people and generic nodes round', () => {
    const sheet = buildStylesheet({ colourBy: 'sector', sizeBy: 'degree' }, STATS);
    expect(rule(sheet, 'node[kind = "organization"]').shape).toBe('round-rectangle');
    expect(rule(sheet, 'node').shape).toBeUndefined(); // Cytoscape's default: ellipse
  });
});

describe('buildStylesheet emphasis', () => {
  it('fades by class and labels the focused neighbourhood', () => {
    const sheet = buildStylesheet({ colourBy: 'sector', sizeBy: 'degree' }, STATS);
    expect(rule(sheet, 'node.faded').opacity).toBeLessThan(0.5);
    expect(rule(sheet, 'edge.faded').opacity).toBeLessThan(0.5);
    expect(rule(sheet, 'node.focus').label).toBe('data(label)');
    // Later rules win in Cytoscape: fading must come after the hub labels to hide them.
    const order = sheet.map((block) => ('selector' in block ? block.selector : ''));
    expect(order.indexOf('node.faded')).toBeGreaterThan(order.indexOf('node.hub'));
  });
});
