/**
 * Pieces of drawing a large graph (ties on the edge layer, see GraphCanvas) in tasks
 * that each stay short: the part size, the yield between parts, and Cytoscape's layered
 * texture cache switched off.
 */
import type { Core } from 'cytoscape';

/** Nodes of a large graph added (or restyled) per task. */
export const NODES_PER_TASK = 500;

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
