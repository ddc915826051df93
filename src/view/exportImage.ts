/**
 * PNG of the whole drawing at 1×, 2× or 4×, on a transparent or white background, with
 * the legend drawn beside it on request. Cytoscape renders the graph (`cy.png` with
 * `full: true`, so the image covers every node whatever the viewport); the legend is drawn
 * on a 2D canvas with the same sector palette and shapes as the side panel, at the same
 * scale, and both are composed onto one canvas.
 *
 * Layout of the composed image (in CSS pixels before `scale`): a MARGIN around the graph
 * image, then a LEGEND_GAP gap and the legend column on the right, as wide as its longest
 * line; the legend sits on a white card with a thin border so it stays legible on a
 * transparent background. Its words come from the `appearance` catalogue, in the
 * interface language; the card's layout is legendLayout.ts's (its FONT lists CJK faces, so
 * Japanese legends render), shared with the SVG legend.
 */
import type { Core } from 'cytoscape';
import { i18n } from '../i18n/index.ts';
import { PALETTE_SECTORS, SECTOR_COLOURS } from './palette.ts';
import { withDrawingInCytoscape } from './layer/GraphLayer.ts';
import { canvasMeasure, cardSize, cssFont, legendMarks, type LegendMark } from './legendLayout.ts';

export type ImageScale = 1 | 2 | 4;
export type ImageBackground = 'transparent' | 'white';

export interface PngOptions {
  scale: ImageScale;
  background: ImageBackground;
  legend: boolean;
}

export const IMAGE_SCALES: readonly ImageScale[] = [1, 2, 4];

export interface LegendLine {
  kind: 'title' | 'sector' | 'tie' | 'organization' | 'person' | 'note';
  text: string;
  colour?: string;
}

/** Margin around the drawing and the legend in the composed image. */
export const MARGIN = 16;
export const LEGEND_GAP = 16;

/** What the legend of an image shows: the colour key, the size note, tie colours. */
export interface ImageLegend {
  colourTitle: string;
  colours: readonly { label: string; colour: string }[];
  sizeNote: string;
  /** Tie colours by collaboration type (empty when ties are one grey). */
  tieColours: readonly { label: string; colour: string }[];
}

/** The sector key of the side panel, for when the canvas colours by sector. */
export function sectorLegend(sizeNote: string): ImageLegend {
  return {
    colourTitle: i18n.t('appearance:legend.colourSector'),
    colours: PALETTE_SECTORS.map((sector) => ({
      label: i18n.t(`common:sector.${sector}.long`),
      colour: SECTOR_COLOURS[sector],
    })),
    sizeNote,
    tieColours: [],
  };
}

/** What the image legend says, top to bottom (the side panel's legend, in short). */
export function legendLines(legend: ImageLegend): LegendLine[] {
  const swatch = (kind: LegendLine['kind']) => (entry: { label: string; colour: string }) =>
    ({ kind, text: entry.label, colour: entry.colour }) as LegendLine;
  return [
    { kind: 'title', text: legend.colourTitle },
    ...legend.colours.map(swatch('sector')),
    { kind: 'title', text: i18n.t('appearance:legend.shape') },
    { kind: 'organization', text: i18n.t('appearance:legend.organization') },
    { kind: 'person', text: i18n.t('appearance:legend.person') },
    { kind: 'note', text: legend.sizeNote },
    ...(legend.tieColours.length > 0
      ? [
          { kind: 'title', text: i18n.t('appearance:image.lineColour') } as LegendLine,
          ...legend.tieColours.map(swatch('tie')),
        ]
      : []),
    { kind: 'note', text: i18n.t('appearance:image.lineWidth') },
  ];
}

/** Paints the legend's marks (legendLayout.ts) with the card's corner at (left, top). */
function drawLegend(
  context: CanvasRenderingContext2D,
  marks: readonly LegendMark[],
  left: number,
  top: number,
): void {
  context.save();
  context.translate(left, top);
  context.textBaseline = 'middle';
  for (const mark of marks) {
    context.beginPath();
    if (mark.kind === 'card') {
      context.fillStyle = mark.fill;
      context.strokeStyle = mark.stroke;
      context.lineWidth = 1;
      context.roundRect(0.5, 0.5, mark.width - 1, mark.height - 1, mark.radius);
      context.fill();
      context.stroke();
    } else if (mark.kind === 'text') {
      context.font = cssFont(mark.font);
      context.fillStyle = mark.fill;
      context.fillText(mark.text, mark.x, mark.y);
    } else {
      context.fillStyle = mark.fill;
      if (mark.kind === 'dot') context.arc(mark.cx, mark.cy, mark.r, 0, 2 * Math.PI);
      else context.roundRect(mark.x, mark.y, mark.width, mark.height, mark.radius);
      context.fill();
    }
  }
  context.restore();
}

function blobOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image is too large to encode'))),
      'image/png',
    ),
  );
}

export async function exportPng(
  cy: Core,
  options: PngOptions,
  legendContent: ImageLegend,
): Promise<Blob> {
  const { scale, background, legend } = options;
  // What the graph layer draws (large graphs) joins Cytoscape for the picture.
  const graphPng = await withDrawingInCytoscape(cy, () =>
    cy.png({
      output: 'blob-promise',
      full: true,
      scale,
      ...(background === 'white' ? { bg: '#ffffff' } : {}),
    }),
  );
  if (!legend) return graphPng;
  const image = await createImageBitmap(graphPng);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw the legend (no 2D canvas)');
  const marks = legendMarks(legendLines(legendContent), canvasMeasure(context));
  const card = cardSize(marks);
  const graphWidth = image.width;
  const graphHeight = image.height;
  canvas.width = Math.ceil(graphWidth + (2 * MARGIN + LEGEND_GAP + card.width) * scale);
  canvas.height = Math.ceil(
    Math.max(graphHeight + 2 * MARGIN * scale, (card.height + 2 * MARGIN) * scale),
  );
  if (background === 'white') {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, MARGIN * scale, MARGIN * scale);
  image.close();
  context.scale(scale, scale);
  drawLegend(context, marks, MARGIN + graphWidth / scale + LEGEND_GAP, MARGIN);
  return blobOf(canvas);
}
