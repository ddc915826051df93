/**
 * The viewer's view transform, pure so it is tested in Node. A model point (x, y) is
 * drawn at screen (k·x + tx, k·y + ty), as Cytoscape's zoom and pan do, so a scene's
 * saved viewport box (cy.extent()) maps back to the same picture.
 *
 * - Fit ("contain"): k = min(W / w, H / h) for a box of w × h in a stage of W × H; the
 *   box is centred on the axis with room to spare.
 * - Zoom about a screen point p keeps the model point under p fixed:
 *   k' = k·f, t' = p − (p − t)·f.
 * - Transitions interpolate k geometrically (log-linear), so a zoom glide feels even,
 *   and the translation so that the stage centre moves linearly in model space.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ViewTransform {
  k: number;
  tx: number;
  ty: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 50;

/** The transform that shows `box` whole and centred in a stage of `width` × `height`. */
export function fitTransform(box: Box, width: number, height: number): ViewTransform {
  const w = box.width > 0 ? box.width : 1;
  const h = box.height > 0 ? box.height : 1;
  const k = Math.min(width / w, height / h);
  return {
    k,
    tx: (width - w * k) / 2 - box.x * k,
    ty: (height - h * k) / 2 - box.y * k,
  };
}

/** Zoom by `factor` about the screen point (px, py); the zoom stays in MIN..MAX_ZOOM. */
export function zoomAt(view: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const f = k / view.k;
  return { k, tx: px - (px - view.tx) * f, ty: py - (py - view.ty) * f };
}

export function panBy(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { k: view.k, tx: view.tx + dx, ty: view.ty + dy };
}

/** Screen position of a model point. */
export function toScreen(view: ViewTransform, x: number, y: number): [number, number] {
  return [view.k * x + view.tx, view.k * y + view.ty];
}

/**
 * The transform at `t` (0..1) of a glide from `from` to `to` in a stage of the given
 * size: zoom log-linear, the model point at the stage centre linear.
 */
export function interpolateView(
  from: ViewTransform,
  to: ViewTransform,
  t: number,
  width: number,
  height: number,
): ViewTransform {
  const k = from.k * Math.pow(to.k / from.k, t);
  const cx = width / 2;
  const cy = height / 2;
  const fromX = (cx - from.tx) / from.k;
  const fromY = (cy - from.ty) / from.k;
  const toX = (cx - to.tx) / to.k;
  const toY = (cy - to.ty) / to.k;
  const mx = fromX + (toX - fromX) * t;
  const my = fromY + (toY - fromY) * t;
  return { k, tx: cx - mx * k, ty: cy - my * k };
}

/** Ease in and out (cubic), for the scene transition. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}

/** The SVG transform attribute of a view. */
export function transformAttribute(view: ViewTransform): string {
  return `matrix(${view.k} 0 0 ${view.k} ${view.tx} ${view.ty})`;
}
