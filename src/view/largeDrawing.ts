/**
 * Pieces of drawing a large graph (on the graph layer, see GraphCanvas) in tasks
 * that each stay short: the part size, the yield between parts, and Cytoscape's layered
 * texture cache switched off.
 */
import type { Core } from 'cytoscape';

/**
 * Nodes of a large graph added (or restyled) per task. Adding 1,000 was the longest task
 * left after the graph layer took over the drawing (130–200 ms in profiles under load);
 * 700 kept the longest task at 103–155 ms in six bench runs, the first frame at 1.8–2.4 s.
 */
export const NODES_PER_TASK = 700;

/** Resolves in a task of its own, after whatever the browser has queued (a frame, input). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Large graphs skip Cytoscape's layered texture cache (canvas renderer internals, checked
 * with 3.35; a browser test notices if an upgrade moves it). Once the drawing has been
 * still for 250 ms the cache redraws every node into layer bitmaps, and again after each
 * change (a ForceAtlas2 picture, a part of the look): on 5,000 nodes that was the longest
 * task after the first frame (241–284 ms in the bench; 197–206 ms without it). Without
 * it every frame draws the nodes from their own cached textures.
 */
export function skipLayeredTextures(cy: Core): void {
  const renderer = (
    cy as unknown as {
      renderer?: () => { data?: { lyrTxrCache?: Record<string, unknown> } };
    }
  ).renderer?.();
  const cache = renderer?.data?.lyrTxrCache;
  if (cache === undefined || typeof cache.getLayers !== 'function') return;
  cache.getLayers = () => null;
  cache.cnwSkipped = true; // read by the browser test
}

/**
 * When the graph layer draws the nodes (src/view/layer/GraphLayer.ts), Cytoscape's
 * canvas renderer has nothing to draw, yet each frame it still visits every element,
 * bringing its bounding box up to date before finding it invisible: 40–100 ms per frame
 * for 5,000 nodes here after each part or picture. While `skip()` holds, its element
 * drawing (canvas renderer internals, checked with 3.35; the large-graph browser test
 * notices if an upgrade moves them) does nothing; exports turn `skip()` off for their
 * length, so cy.png and the SVG export still draw every element.
 */
export function skipElementDrawing(cy: Core, skip: () => boolean): void {
  type Draw = (this: unknown, ...args: unknown[]) => unknown;
  const renderer = (
    cy as unknown as { renderer?: () => Record<string, unknown> | undefined }
  ).renderer?.();
  if (renderer === undefined) return;
  for (const name of ['drawCachedElements', 'drawCachedNodes']) {
    const draw = renderer[name];
    if (typeof draw !== 'function') return;
    renderer[name] = function (this: unknown, ...args: unknown[]) {
      return skip() ? undefined : (draw as Draw).apply(this, args);
    };
  }
  renderer.cnwSkipsElements = true; // read by the browser test
}
