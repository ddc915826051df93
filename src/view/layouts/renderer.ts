/**
 * Renderer options for GraphCanvas by graph size. Above LARGE_ELEMENTS elements the
 * canvas uses Cytoscape's WebGL renderer (the `webgl` option, Cytoscape.js ≥ 3.31) when
 * the browser offers WebGL2, and the viewport shortcuts that skip edges and labels while
 * panning and zooming (Cytoscape.js documentation, performance.md).
 */
export const LARGE_ELEMENTS = 3000;

export function supportsWebgl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export function isLarge(nodes: number, edges: number): boolean {
  return nodes + edges > LARGE_ELEMENTS;
}

export function rendererOptionsFor(large: boolean): Record<string, unknown> {
  if (!large) return {};
  return {
    webgl: supportsWebgl2(),
    hideEdgesOnViewport: true,
    hideLabelsOnViewport: true,
    textureOnViewport: true,
    motionBlur: false,
  };
}
