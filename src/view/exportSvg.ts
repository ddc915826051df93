/**
 * SVG of the whole drawing through cytoscape-svg, the Cytoscape.js extension that
 * replays Cytoscape's canvas renderer onto an SVG context (canvas2svg), so shapes,
 * colours and labels match the screen. Fetched and registered once, on first use (it is
 * not needed to open the workbench).
 */
import cytoscape, { type Core } from 'cytoscape';
import { withDrawingInCytoscape } from './layer/GraphLayer.ts';

let registered: Promise<void> | null = null;

interface SvgCore {
  svg(options: { full?: boolean; scale?: number; bg?: string }): string;
}

export async function exportSvg(cy: Core, background: 'transparent' | 'white'): Promise<Blob> {
  registered ??= import('cytoscape-svg').then(({ default: svgExtension }) => {
    cytoscape.use(svgExtension);
  });
  await registered;
  // What the graph layer draws (large graphs) joins Cytoscape for the picture.
  const text = await withDrawingInCytoscape(cy, () =>
    (cy as unknown as SvgCore).svg({
      full: true,
      scale: 1,
      ...(background === 'white' ? { bg: '#ffffff' } : {}),
    }),
  );
  return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
}
