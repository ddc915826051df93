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
 * interface language; FONT lists CJK faces so Japanese legends and labels render.
 */
import type { Core } from 'cytoscape';
import { i18n } from '../i18n/index.ts';
import { PALETTE_SECTORS, SECTOR_COLOURS } from './palette.ts';
import { withDrawingInCytoscape } from './layer/GraphLayer.ts';

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

const MIN_LEGEND_WIDTH = 220;
/** Margin around the drawing and the legend in the composed image. */
export const MARGIN = 16;
export const LEGEND_GAP = 16;
export const PADDING = 14;
export const LINE = 20;
export const FONT =
  'system-ui, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif';

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

/** Height in CSS pixels of the legend card for these lines. */
export function legendHeight(lines: readonly LegendLine[]): number {
  return PADDING * 2 + lines.length * LINE;
}

/** Weight and size (px) of a legend line's text. */
export function lineFont(line: LegendLine): { weight: number; size: number } {
  if (line.kind === 'title') return { weight: 600, size: 12 };
  return { weight: 400, size: line.kind === 'note' ? 12 : 13 };
}

function fontOf(line: LegendLine): string {
  const { weight, size } = lineFont(line);
  return `${weight} ${size}px ${FONT}`;
}

/** Lines with a swatch before their text (titles and notes have none). */
export function hasSwatch(line: LegendLine): boolean {
  return line.kind !== 'title' && line.kind !== 'note';
}

/** Width of the legend card: the longest line (after its swatch) plus padding. */
export function legendWidth(
  context: CanvasRenderingContext2D,
  lines: readonly LegendLine[],
): number {
  let widest = 0;
  for (const line of lines) {
    context.font = fontOf(line);
    const indent = hasSwatch(line) ? 20 : 0;
    widest = Math.max(widest, indent + context.measureText(line.text).width);
  }
  return Math.max(MIN_LEGEND_WIDTH, Math.ceil(widest) + 2 * PADDING);
}

function drawLegend(
  context: CanvasRenderingContext2D,
  lines: readonly LegendLine[],
  left: number,
  top: number,
  width: number,
): void {
  context.save();
  context.translate(left, top);
  context.fillStyle = '#ffffff';
  context.strokeStyle = '#d9e2ec';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(0.5, 0.5, width - 1, legendHeight(lines) - 1, 6);
  context.fill();
  context.stroke();
  context.textBaseline = 'middle';
  lines.forEach((line, i) => {
    const y = PADDING + i * LINE + LINE / 2;
    let x = PADDING;
    context.font = fontOf(line);
    if (!hasSwatch(line)) {
      context.fillStyle = line.kind === 'title' ? '#1f2933' : '#52606d';
    } else {
      context.fillStyle = line.colour ?? '#9aa5b1';
      context.beginPath();
      if (line.kind === 'organization') context.roundRect(x, y - 6, 12, 12, 3);
      else if (line.kind === 'tie') context.rect(x, y - 1.5, 12, 3);
      else context.arc(x + 6, y, 6, 0, 2 * Math.PI);
      context.fill();
      x += 20;
      context.fillStyle = '#1f2933';
    }
    context.fillText(line.text, x, y);
  });
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
  const lines = legendLines(legendContent);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw the legend (no 2D canvas)');
  const cardWidth = legendWidth(context, lines);
  const graphWidth = image.width;
  const graphHeight = image.height;
  canvas.width = Math.ceil(graphWidth + (2 * MARGIN + LEGEND_GAP + cardWidth) * scale);
  canvas.height = Math.ceil(
    Math.max(graphHeight + 2 * MARGIN * scale, (legendHeight(lines) + 2 * MARGIN) * scale),
  );
  if (background === 'white') {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, MARGIN * scale, MARGIN * scale);
  image.close();
  context.scale(scale, scale);
  drawLegend(context, lines, MARGIN + graphWidth / scale + LEGEND_GAP, MARGIN, cardWidth);
  return blobOf(canvas);
}
