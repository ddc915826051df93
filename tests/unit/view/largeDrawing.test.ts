/**
 * The large-graph drawing path without a browser: the viewport fitted from positions
 * (against Cytoscape's own fit) and look changes applied in parts on a headless Cytoscape,
 * including a newer look taking over from one stopped halfway.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { UndirectedGraph } from 'graphology';
import type { SimpleEdgeAttributes, SimpleNodeAttributes } from '../../../src/model/level.ts';
import { buildElements } from '../../../src/view/elements.ts';
import { fitPositions, MAX_ZOOM, MIN_ZOOM } from '../../../src/view/fitPositions.ts';
import { NODES_PER_TASK } from '../../../src/view/largeDrawing.ts';
import { computeLook } from '../../../src/ui/appearance/look.ts';
import { applyLookInParts } from '../../../src/ui/appearance/useLookOnCanvas.ts';
import { DEFAULT_LOOK } from '../../../src/store/appearanceSlice.ts';
import { SECTORS } from '../../../src/model/index.ts';

describe('fitPositions', () => {
  it('fits the box Cytoscape measures around the nodes, centred as cy.fit centres it', () => {
    const positions = [-120, 40, 300, -80, 55, 260, 10, 10];
    const [width, height, padding] = [800, 600, 40];
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 2, height: 2, 'border-width': 0, label: '' } }],
    });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    const nodes = [];
    for (let i = 0; i < positions.length; i += 2)
      nodes.push({ data: { id: `n${i}` }, position: { x: positions[i], y: positions[i + 1] } });
    cy.add(nodes);
    // Headless Cytoscape has no size: its fit maths on our width/height, as
    // getFitViewport computes it (Cytoscape.js core/viewport.js).
    // Cytoscape's box reaches past the outermost centres by half a node's box.
    const drawn = cy.elements().boundingBox();
    const half = cy.nodes().first().boundingBox().w / 2;
    const box = {
      x1: drawn.x1 + half,
      x2: drawn.x2 - half,
      y1: drawn.y1 + half,
      y2: drawn.y2 - half,
    };
    const zoom = Math.min(
      (width - 2 * padding) / (box.x2 - box.x1),
      (height - 2 * padding) / (box.y2 - box.y1),
    );
    const fit = fitPositions(positions, width, height, padding);
    expect(fit.zoom).toBeCloseTo(zoom, 9);
    expect(fit.pan.x).toBeCloseTo((width - zoom * (box.x1 + box.x2)) / 2, 9);
    expect(fit.pan.y).toBeCloseTo((height - zoom * (box.y1 + box.y2)) / 2, 9);
  });

  it('keeps the zoom within the canvas limits and survives one or no position', () => {
    expect(fitPositions([0, 0, 1e-3, 1e-3], 800, 600, 40).zoom).toBe(MAX_ZOOM);
    expect(fitPositions([0, 0, 1e7, 1e7], 800, 600, 40).zoom).toBe(MIN_ZOOM);
    expect(fitPositions([5, 5], 800, 600, 40).pan).toEqual({
      x: 400 - 5 * MAX_ZOOM,
      y: 300 - 5 * MAX_ZOOM,
    });
    expect(fitPositions([], 800, 600, 40)).toEqual({ zoom: 1, pan: { x: 400, y: 300 } });
  });
});

describe('applyLookInParts', () => {
  /** A ring of 2.5 parts' worth of nodes, sectors in turn, a few hubs. */
  function ring() {
    const graph = new UndirectedGraph<SimpleNodeAttributes, SimpleEdgeAttributes>();
    const n = Math.round(NODES_PER_TASK * 2.5);
    for (let i = 0; i < n; i++)
      graph.addNode(`a${i}`, {
        kind: 'node',
        label: `A ${i}`,
        sector: SECTORS[i % 4],
        attributes: {},
      });
    for (let i = 0; i < n; i++) {
      graph.addEdge(`a${i}`, `a${(i + 1) % n}`, {
        weight: 1 + (i % 3),
        count: 1,
        types: [],
        years: [],
      });
      if (i % 50 === 0 && i < n / 2)
        graph.addEdge(`a${i}`, `a${(i + n / 2) % n}`, {
          weight: 1,
          count: 1,
          types: [],
          years: [],
        });
    }
    return graph;
  }
  const carried = (cy: cytoscape.Core, key: string) => {
    const node = cy.getElementById('n:' + key);
    return {
      size: node.data('size') as number,
      labelled: node.hasClass('labelled'),
      hub: node.hasClass('hub'),
    };
  };

  it('puts the look on every node, part by part', async () => {
    const graph = ring();
    const cy = cytoscape({ headless: true, elements: buildElements(graph, null, null).elements });
    const look = computeLook(graph, 'sector', 'degree', DEFAULT_LOOK, null);
    await applyLookInParts(cy, null, look, new AbortController().signal);
    for (const key of graph.nodes()) {
      const expected = look.nodes.get(key)!;
      expect(carried(cy, key)).toEqual({
        size: Math.round(expected.size * 100) / 100,
        labelled: expected.labelled,
        hub: false,
      });
      expect(cy.getElementById('n:' + key).data('colour')).toBe(expected.colour);
    }
  });

  it('stops when aborted, and a newer look completes over the part-applied one', async () => {
    const graph = ring();
    const cy = cytoscape({ headless: true, elements: buildElements(graph, null, null).elements });
    const uniform = computeLook(graph, 'sector', 'uniform', DEFAULT_LOOK, null);
    const byDegree = computeLook(graph, 'sector', 'degree', DEFAULT_LOOK, null);
    const aborter = new AbortController();
    const first = applyLookInParts(cy, null, uniform, aborter.signal);
    const keys = graph.nodes();
    const sizedNodes = () =>
      keys.filter((key) => cy.getElementById('n:' + key).data('size') !== undefined);
    // Parts run in tasks of their own: abort once the first one is in.
    while (sizedNodes().length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    aborter.abort();
    await first;
    const sized = sizedNodes();
    expect(sized).toHaveLength(NODES_PER_TASK);
    await applyLookInParts(cy, uniform, byDegree, new AbortController().signal);
    for (const key of keys)
      expect(carried(cy, key).size).toBe(Math.round(byDegree.nodes.get(key)!.size * 100) / 100);
  });
});
