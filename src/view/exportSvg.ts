/**
 * SVG of the whole drawing through cytoscape-svg, the Cytoscape.js extension that
 * replays Cytoscape's canvas renderer onto an SVG context (canvas2svg), so shapes,
 * colours and labels match the screen. Registered once, on first use.
 */
import cytoscape, { type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';

let registered = false;

interface SvgCore {
  svg(options: { full?: boolean; scale?: number; bg?: string }): string;
}

export function exportSvg(cy: Core, background: 'transparent' | 'white'): Blob {
  if (!registered) {
    cytoscape.use(svgExtension);
    registered = true;
  }
  const text = (cy as unknown as SvgCore).svg({
    full: true,
    scale: 1,
    ...(background === 'white' ? { bg: '#ffffff' } : {}),
  });
  return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
}
