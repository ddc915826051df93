/**
 * SVG of the whole drawing through cytoscape-svg, the Cytoscape.js extension that
 * replays Cytoscape's canvas renderer onto an SVG context (canvas2svg), so shapes,
 * colours and labels match the screen. Fetched and registered once, on first use (it is
 * not needed to open the workbench). With a legend, the card is set beside the drawing as
 * in the PNG (legendSvg.ts).
 */
import cytoscape, { type Core } from 'cytoscape';
import type { ImageLegend } from './exportImage.ts';
import { withDrawingInCytoscape } from './layer/GraphLayer.ts';
import { withLegendSvg } from './legendSvg.ts';

let registered: Promise<void> | null = null;

interface SvgCore {
  svg(options: { full?: boolean; scale?: number; bg?: string }): string;
}

export async function exportSvg(
  cy: Core,
  background: 'transparent' | 'white',
  legend: ImageLegend | null = null,
): Promise<Blob> {
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
  const svg = legend === null ? text : withLegendSvg(text, legend, background === 'white');
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}
