/**
 * The viewport that fits a set of positions, as cy.fit does for drawn elements, computed
 * from the positions alone: cy.fit reads every element's bounding box, which styles and
 * measures all of them at once (a task of over half a second for 5,000 nodes on this
 * machine's CPU).
 *
 * zoom = min((width − 2·padding) / boxWidth, (height − 2·padding) / boxHeight), clamped to
 * [MIN_ZOOM, MAX_ZOOM] (GraphCanvas's limits); the box's centre goes to the middle of the
 * canvas: pan = (width/2 − zoom·cx, height/2 − zoom·cy). `padding` should include half the
 * largest node, since positions are centres.
 */
import type { Core } from 'cytoscape';
import { graphLayerOf } from './layer/GraphLayer.ts';
import { NODE_MAX } from './stylesheet.ts';

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 6;

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export function fitPositions(
  positions: ArrayLike<number>,
  width: number,
  height: number,
  padding: number,
): Viewport {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const x = positions[i];
    const y = positions[i + 1];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x0 > x1) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const fit = Math.min(
    (width - 2 * padding) / Math.max(x1 - x0, 1e-9),
    (height - 2 * padding) / Math.max(y1 - y0, 1e-9),
  );
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { zoom, pan: { x: width / 2 - zoom * cx, y: height / 2 - zoom * cy } };
}

/**
 * Fits the view to what `cy` has drawn: cy.fit for ordinary graphs; from the node
 * positions for a large one (on the graph layer), where cy.fit measures every node's
 * box (70 ms for 5,000 nodes here, in the task that draws the finished layout).
 */
export function fitDrawing(cy: Core, padding: number): void {
  if (graphLayerOf(cy) === undefined) {
    cy.fit(undefined, padding);
    return;
  }
  const nodes = cy.nodes();
  const positions = new Float64Array(2 * nodes.length);
  nodes.forEach((node, i) => {
    const { x, y } = node.position();
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  });
  cy.viewport(fitPositions(positions, cy.width(), cy.height(), padding + NODE_MAX / 2));
}
