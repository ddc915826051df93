/**
 * The image legend (exportImage.ts) as SVG, beside the SVG of the drawing: the same card,
 * lines, swatches and layout as the PNG's, so both exports carry the same key. Text is
 * escaped (labels and category names are data); the width is measured with a 2D canvas in
 * the picture's font, as the PNG measures it.
 */
import {
  FONT,
  hasSwatch,
  LEGEND_GAP,
  legendHeight,
  legendLines,
  legendWidth,
  LINE,
  lineFont,
  MARGIN,
  PADDING,
  type ImageLegend,
  type LegendLine,
} from './exportImage.ts';
import { escapeXml } from './svgText.ts';

function swatch(line: LegendLine, x: number, y: number): string {
  const fill = escapeXml(line.colour ?? '#9aa5b1');
  if (line.kind === 'organization')
    return `<rect x="${x}" y="${y - 6}" width="12" height="12" rx="3" fill="${fill}"/>`;
  if (line.kind === 'tie')
    return `<rect x="${x}" y="${y - 1.5}" width="12" height="3" fill="${fill}"/>`;
  return `<circle cx="${x + 6}" cy="${y}" r="6" fill="${fill}"/>`;
}

/** The legend card's markup at (left, top), and its size. */
export function legendCard(
  legend: ImageLegend,
  left: number,
  top: number,
): { markup: string; width: number; height: number } {
  const lines = legendLines(legend);
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) throw new Error('this browser cannot measure the legend (no 2D canvas)');
  const width = legendWidth(context, lines);
  const height = legendHeight(lines);
  const parts = [
    `<g transform="translate(${left} ${top})" font-family="${escapeXml(FONT)}">`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="6" fill="#ffffff" stroke="#d9e2ec"/>`,
  ];
  lines.forEach((line, i) => {
    const y = PADDING + i * LINE + LINE / 2;
    const { weight, size } = lineFont(line);
    const colour = line.kind === 'title' ? '#1f2933' : line.kind === 'note' ? '#52606d' : '#1f2933';
    if (hasSwatch(line)) parts.push(swatch(line, PADDING, y));
    const x = hasSwatch(line) ? PADDING + 20 : PADDING;
    parts.push(
      `<text x="${x}" y="${y}" dominant-baseline="middle" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line.text)}</text>`,
    );
  });
  parts.push('</g>');
  return { markup: parts.join(''), width, height };
}

/** The drawing's SVG with the legend card to its right, as the PNG lays them out. */
export function withLegendSvg(svgText: string, legend: ImageLegend, white: boolean): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  const graphWidth = Number.parseFloat(root.getAttribute('width') ?? '') || 800;
  const graphHeight = Number.parseFloat(root.getAttribute('height') ?? '') || 600;
  root.setAttribute('x', String(MARGIN));
  root.setAttribute('y', String(MARGIN));
  const card = legendCard(legend, MARGIN + graphWidth + LEGEND_GAP, MARGIN);
  const width = Math.ceil(graphWidth + 2 * MARGIN + LEGEND_GAP + card.width);
  const height = Math.ceil(Math.max(graphHeight, card.height) + 2 * MARGIN);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    white ? `<rect width="100%" height="100%" fill="#ffffff"/>` : '',
    new XMLSerializer().serializeToString(root),
    card.markup,
    `</svg>`,
  ].join('\n');
}
