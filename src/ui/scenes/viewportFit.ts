/**
 * Showing a saved model-space box in a canvas of any size: the largest zoom at which the
 * whole box fits (contain), with the box centred.
 *
 *   zoom = clamp(min(width / box.w, height / box.h), minZoom, maxZoom)
 *   pan  = (width / 2 − zoom · cx, height / 2 − zoom · cy),  (cx, cy) the box centre
 *
 * (Cytoscape maps a model point p to the screen as zoom · p + pan.)
 */
import type { SceneViewport } from '../../store/index.ts';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export function viewportFor(
  box: SceneViewport,
  width: number,
  height: number,
  minZoom: number,
  maxZoom: number,
): Viewport {
  const fit = Math.min(width / box.w, height / box.h);
  const zoom = Math.min(maxZoom, Math.max(minZoom, Number.isFinite(fit) ? fit : 1));
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  return { zoom, pan: { x: width / 2 - zoom * cx, y: height / 2 - zoom * cy } };
}
