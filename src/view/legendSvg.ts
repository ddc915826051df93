/**
 * The image legend as SVG, beside the SVG of the drawing: the marks legendLayout.ts lays
 * out for the PNG, written as elements, so both exports carry the same key. Text is
 * escaped (category names are data); widths are measured with a 2D canvas in the
 * picture's font, as the PNG measures them.
 */
import { LEGEND_GAP, MARGIN, legendLines, type ImageLegend } from './exportImage.ts';
import { canvasMeasure, cardSize, FONT, legendMarks, type LegendMark } from './legendLayout.ts';
import { escapeXml } from './svgText.ts';

function element(mark: LegendMark): string {
  const fill = escapeXml(mark.fill);
  switch (mark.kind) {
    case 'card':
      return `<rect x="0.5" y="0.5" width="${mark.width - 1}" height="${mark.height - 1}" rx="${mark.radius}" fill="${fill}" stroke="${escapeXml(mark.stroke)}"/>`;
    case 'dot':
      return `<circle cx="${mark.cx}" cy="${mark.cy}" r="${mark.r}" fill="${fill}"/>`;
    case 'box':
      return `<rect x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}" rx="${mark.radius}" fill="${fill}"/>`;
    case 'text':
      return `<text x="${mark.x}" y="${mark.y}" dominant-baseline="middle" font-size="${mark.font.size}" font-weight="${mark.font.weight}" fill="${fill}">${escapeXml(mark.text)}</text>`;
  }
}

/** The drawing's SVG with the legend card to its right, as the PNG lays them out. */
export function withLegendSvg(svgText: string, legend: ImageLegend, white: boolean): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  const graphWidth = Number.parseFloat(root.getAttribute('width') ?? '') || 800;
  const graphHeight = Number.parseFloat(root.getAttribute('height') ?? '') || 600;
  root.setAttribute('x', String(MARGIN));
  root.setAttribute('y', String(MARGIN));
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) throw new Error('this browser cannot measure the legend (no 2D canvas)');
  const marks = legendMarks(legendLines(legend), canvasMeasure(context));
  const card = cardSize(marks);
  const left = MARGIN + graphWidth + LEGEND_GAP;
  const width = Math.ceil(left + card.width + MARGIN);
  const height = Math.ceil(Math.max(graphHeight, card.height) + 2 * MARGIN);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    white ? `<rect width="100%" height="100%" fill="#ffffff"/>` : '',
    new XMLSerializer().serializeToString(root),
    `<g transform="translate(${left} ${MARGIN})" font-family="${escapeXml(FONT)}">`,
    ...marks.map(element),
    `</g>`,
    `</svg>`,
  ].join('\n');
}
