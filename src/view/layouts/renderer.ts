/**
 * Renderer options for GraphCanvas by graph size, and which renderer draws a large graph.
 *
 * Above LARGE_ELEMENTS elements the canvas uses the viewport shortcuts that skip edges
 * and labels while panning and zooming (Cytoscape.js documentation, performance.md), and
 * Cytoscape's WebGL renderer (the `webgl` option, Cytoscape.js ≥ 3.31) only when WebGL2
 * is drawn by a real GPU:
 *
 * - Rule: WebGL when the browser offers WebGL2 and its renderer string (the unmasked one
 *   from WEBGL_debug_renderer_info, else gl.RENDERER) names no software rasteriser
 *   (SwiftShader, llvmpipe, softpipe, Microsoft Basic Render Driver, "software");
 *   otherwise the 2D canvas renderer.
 * - Why: with a software rasteriser WebGL runs its shaders on the CPU, competing with
 *   the main thread that builds the drawing. Measured in headless Chromium (SwiftShader,
 *   2 cores, load average ≤ 1.2), importing a 5,000-node / 25,000-edge graph with the
 *   code otherwise unchanged: long tasks summed 11.8 s with WebGL (longest 3.2 s, mostly
 *   native "(program)" time) and 5.7 s with the 2D canvas (longest 2.0 s); first drawn
 *   frame 14.7 s vs 9.5 s. On a real GPU WebGL is expected to be the faster one for
 *   large graphs (Cytoscape.js 3.31 release notes); that could not be measured here.
 */
import type { OwnLayer } from '../GraphCanvas.tsx';

export const LARGE_ELEMENTS = 3000;

export type RendererKind = 'webgl' | 'canvas';

const SOFTWARE_RASTERISERS = /swiftshader|llvmpipe|softpipe|basic render driver|software/i;

/** True when a GL renderer string names a CPU rasteriser. */
export function isSoftwareRenderer(glRenderer: string): boolean {
  return SOFTWARE_RASTERISERS.test(glRenderer);
}

/**
 * Which renderer draws a graph: `glRenderer` is the WebGL2 renderer string, or null when
 * the browser offers no WebGL2 (Cytoscape's WebGL mode throws without it).
 */
export function chooseRenderer(
  large: boolean,
  glRenderer: string | null,
  override: RendererKind | null = null,
): RendererKind {
  if (!large || glRenderer === null) return 'canvas';
  if (override !== null) return override;
  return isSoftwareRenderer(glRenderer) ? 'canvas' : 'webgl';
}

/**
 * `?renderer=webgl` or `?renderer=canvas` in the page address overrides the rule for
 * large graphs (where the detection is wrong for a machine, and so the browser tests can
 * draw with WebGL on SwiftShader); WebGL still needs WebGL2.
 */
export function rendererOverride(search: string): RendererKind | null {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'webgl' || value === 'canvas' ? value : null;
}

let probed: { renderer: string | null } | null = null;

/** The WebGL2 renderer string of this browser (null: no WebGL2); probed once. */
export function webgl2Renderer(): string | null {
  if (probed !== null) return probed.renderer;
  let renderer: string | null = null;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl !== null) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name: unknown = gl.getParameter(
        info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL,
      );
      renderer = typeof name === 'string' ? name : '';
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    renderer = null;
  }
  probed = { renderer };
  return renderer;
}

export function isLarge(nodes: number, edges: number): boolean {
  return nodes + edges > LARGE_ELEMENTS;
}

export function rendererOptionsFor(large: boolean): Record<string, unknown> {
  if (!large) return {};
  return {
    webgl:
      chooseRenderer(
        large,
        webgl2Renderer(),
        typeof location === 'undefined' ? null : rendererOverride(location.search),
      ) === 'webgl',
    hideEdgesOnViewport: true,
    hideLabelsOnViewport: true,
    textureOnViewport: true,
    motionBlur: false,
  };
}

/**
 * What a graph draws on the graph layer (src/view/layer/GraphLayer.ts): nothing when
 * small; when large, the ties, and the nodes too unless Cytoscape's WebGL renderer draws
 * them (a real GPU draws thousands of nodes per frame; the 2D renderer draws them one by
 * one, 150–300 ms per frame for 5,000 nodes while the workers run).
 */
export function ownLayerFor(large: boolean, options: Record<string, unknown>): OwnLayer {
  if (!large) return 'none';
  return options.webgl === true ? 'ties' : 'ties and nodes';
}
