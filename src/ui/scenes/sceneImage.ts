/**
 * Scene pictures: the drawing as exportPng/exportSvg give it (legend included), with the scene's title and caption set above it.
 *
 * PNG layout (CSS pixels before `scale`): a white band of height
 *   BAND_PADDING + TITLE_LINE + (caption ? CAPTION_LINE : 0) + BAND_PADDING
 * on top of the exported image; the picture is as wide as the wider of the image and the
 * title text, so a long title is never cut. SVG: the exported SVG nested below a band of
 * the same height holding the title and caption as <text> (escaped; never markup).
 */
import { escapeXml } from '../../view/svgText.ts';

const FONT = 'system-ui, "Noto Sans", "Noto Sans CJK JP", sans-serif';
const BAND_PADDING = 14;
const TITLE_SIZE = 22;
const TITLE_LINE = 30;
const CAPTION_SIZE = 15;
const CAPTION_LINE = 22;
const SIDE = 16;

export interface PictureTitle {
  title: string;
  caption: string;
}

export function bandHeight({ caption }: PictureTitle): number {
  return 2 * BAND_PADDING + TITLE_LINE + (caption.trim() === '' ? 0 : CAPTION_LINE);
}

function blobOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large to encode'))),
      'image/png',
    ),
  );
}

/** The PNG with a title band on top, at the same scale as the PNG was drawn. */
export async function titledPng(png: Blob, text: PictureTitle, scale: number): Promise<Blob> {
  const image = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw the title (no 2D canvas)');
  const titleFont = `600 ${TITLE_SIZE}px ${FONT}`;
  const captionFont = `400 ${CAPTION_SIZE}px ${FONT}`;
  context.font = titleFont;
  let textWidth = context.measureText(text.title).width;
  context.font = captionFont;
  textWidth = Math.max(textWidth, context.measureText(text.caption).width);
  const band = bandHeight(text);
  canvas.width = Math.ceil(Math.max(image.width, (textWidth + 2 * SIDE) * scale));
  canvas.height = Math.ceil(image.height + band * scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, band * scale);
  image.close();
  context.scale(scale, scale);
  context.textBaseline = 'middle';
  context.fillStyle = '#1f2933';
  context.font = titleFont;
  context.fillText(text.title, SIDE, BAND_PADDING + TITLE_LINE / 2);
  if (text.caption.trim() !== '') {
    context.fillStyle = '#52606d';
    context.font = captionFont;
    context.fillText(text.caption, SIDE, BAND_PADDING + TITLE_LINE + CAPTION_LINE / 2);
  }
  return blobOf(canvas);
}

/** The SVG text with a title band on top (the original nested below it). */
export function titledSvg(svgText: string, text: PictureTitle): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  const width = Number.parseFloat(root.getAttribute('width') ?? '') || 800;
  const height = Number.parseFloat(root.getAttribute('height') ?? '') || 600;
  const band = bandHeight(text);
  root.setAttribute('x', '0');
  root.setAttribute('y', String(band));
  const inner = new XMLSerializer().serializeToString(root);
  const caption =
    text.caption.trim() === ''
      ? ''
      : `<text x="${SIDE}" y="${BAND_PADDING + TITLE_LINE + CAPTION_LINE / 2}" dominant-baseline="middle" font-family='${FONT}' font-size="${CAPTION_SIZE}" fill="#52606d">${escapeXml(text.caption)}</text>`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + band}" viewBox="0 0 ${width} ${height + band}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${SIDE}" y="${BAND_PADDING + TITLE_LINE / 2}" dominant-baseline="middle" font-family='${FONT}' font-size="${TITLE_SIZE}" font-weight="600" fill="#1f2933">${escapeXml(text.title)}</text>`,
    caption,
    inner,
    `</svg>`,
  ].join('\n');
}
