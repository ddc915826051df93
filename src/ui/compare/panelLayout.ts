/**
 * Positions of one compare panel's nodes in pixels: a seeded ForceAtlas2 run
 * (graphology-layout-forceatlas2, settings inferred from the graph, strong gravity so
 * isolates and small components stay near the centre) from a circle in node order, then
 * fitted into the panel box with a margin, keeping the aspect ratio. Pixel coordinates
 * (no SVG viewBox scaling) keep node sizes in pixels equal across panels.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { SimpleGraph } from '../../model/index.ts';

export interface PanelBox {
  width: number;
  height: number;
  margin: number;
}

export type Positions = Map<string, { x: number; y: number }>;

const ITERATIONS = 150;

export function layoutPanel(graph: SimpleGraph, box: PanelBox): Positions {
  const copy = new UndirectedGraph();
  const n = graph.order;
  let k = 0;
  graph.forEachNode((id) => {
    const angle = (2 * Math.PI * k++) / Math.max(1, n);
    copy.addNode(id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  graph.forEachEdge((_e, _a, source, target) => {
    if (!copy.hasEdge(source, target)) copy.addEdge(source, target);
  });
  const raw =
    n > 1
      ? forceAtlas2(copy, {
          iterations: ITERATIONS,
          settings: { ...forceAtlas2.inferSettings(copy), strongGravityMode: true, gravity: 0.5 },
        })
      : Object.fromEntries(copy.mapNodes((id) => [id, { x: 0, y: 0 }]));
  return fitToBox(raw, box);
}

/** Scales and centres positions into the box (uniform scale; one node goes to the centre). */
export function fitToBox(raw: Record<string, { x: number; y: number }>, box: PanelBox): Positions {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of Object.values(raw)) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const innerW = box.width - 2 * box.margin;
  const innerH = box.height - 2 * box.margin;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    spanX > 0 ? innerW / spanX : Infinity,
    spanY > 0 ? innerH / spanY : Infinity,
  );
  const s = Number.isFinite(scale) ? scale : 0;
  const positions: Positions = new Map();
  for (const [id, { x, y }] of Object.entries(raw)) {
    positions.set(id, {
      x: box.width / 2 + (x - (minX + maxX) / 2) * s,
      y: box.height / 2 + (y - (minY + maxY) / 2) * s,
    });
  }
  return positions;
}
