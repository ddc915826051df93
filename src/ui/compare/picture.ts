/**
 * The compare view as ONE picture, for a report: a pure composition of an SVG document
 * from the parts the view already draws — the region panels and the charts (each an SVG
 * serialised from the page, e.g. by XMLSerializer, which escapes its own text) — plus the
 * comparison table written here as SVG text rows, under a title (regions, level, period).
 *
 * Layout (pixels, top to bottom, MARGIN around everything): title and subtitle; the colour
 * key (sector dots of the panels, region lines of the charts; colours other than #hex / rgb() are dropped); the panels
 * in one row, each under its caption (a part takes the width of its drawing or of its
 * estimated caption, whichever is wider, so captions never run into the next part); the table (a label column and one column per
 * analysis, ★ on the best value); the charts wrapped into rows no wider than the canvas.
 * Canvas width = the widest of: the panel row, the table, MIN_WIDTH.
 *
 * Names are data: every string written here (title, captions, names, labels, values) goes
 * through `escapeXml` (& < > " '), so a name such as `<img src=x onerror=alert(1)>` stays
 * text. Fonts: a stack with Noto Sans CJK JP first so Japanese names and texts render
 * (the texts come in the interface language: the caller passes them translated).
 */
import type { Comparison } from '../../metrics/compare/table.ts';
import { escapeXml } from '../../view/svgText.ts';

/** One drawn part: its caption and its serialised `<svg …>…</svg>` of width × height px. */
export interface PicturePart {
  caption: string;
  svg: string;
  width: number;
  height: number;
}

/** A colour key entry (the region line colours of the charts). */
export interface PictureKey {
  name: string;
  colour: string;
  /** dot: a node colour (sector); line (default): a chart line colour (region). */
  shape?: 'dot' | 'line';
}

export interface PictureInput {
  title: string;
  subtitle: string;
  /** Colour key of the charts' region lines, drawn under the subtitle (may be empty). */
  key?: readonly PictureKey[];
  panels: readonly PicturePart[];
  table: Comparison | null;
  charts: readonly PicturePart[];
  /** How table values are written (the view's formatter). */
  format: (value: number | null) => string;
  /** The table's first header ("Metric" in the interface language). */
  metricHeader: string;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

export const FONT_STACK =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', 'Segoe UI', sans-serif";
export const MARGIN = 24;
export const GAP = 16;
export const MIN_WIDTH = 800;
const TITLE_HEIGHT = 56;
const CAPTION_HEIGHT = 22;
const KEY_HEIGHT = 22;
export const ROW_HEIGHT = 22;
export const LABEL_COLUMN = 240;
export const VALUE_COLUMN = 140;

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x}" y="${y}"${attributes ? ' ' + attributes : ''}>${escapeXml(content)}</text>`;
}

/** A part placed at (x, y): its caption, a frame, and its SVG shifted below the caption. */
function placePart(part: PicturePart, x: number, y: number): string {
  return (
    `<g transform="translate(${x},${y})" class="picture-part">` +
    text(0, 15, part.caption, 'font-size="13" font-weight="600" fill="#1f2933"') +
    `<rect x="0" y="${CAPTION_HEIGHT}" width="${part.width}" height="${part.height}" fill="#ffffff" stroke="#d5dae0"/>` +
    `<g transform="translate(0,${CAPTION_HEIGHT})">${part.svg}</g></g>`
  );
}

/** Estimated caption width at 13 px: wide (CJK) characters 13 px, others 7.5 px. */
export function captionWidth(caption: string): number {
  let width = 0;
  for (const c of caption) width += c.codePointAt(0)! >= 0x2e80 ? 13 : 7.5;
  return Math.ceil(width);
}

/** Horizontal room a part takes: its drawing or its caption, whichever is wider. */
const partWidth = (part: PicturePart) => Math.max(part.width, captionWidth(part.caption));

const COLOUR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i;

/** The key entries in rows no wider than `width`; returns the markup and its height. */
function placeKey(key: readonly PictureKey[], x: number, y: number, width: number) {
  let at = x;
  let line = y;
  const out: string[] = [];
  for (const entry of key) {
    const room = 18 + Math.ceil(captionWidth(entry.name) * 0.9) + GAP;
    if (at > x && at + room - GAP > x + width) {
      at = x;
      line += KEY_HEIGHT;
    }
    const colour = COLOUR.test(entry.colour) ? entry.colour : '#52606d';
    out.push(
      entry.shape === 'dot'
        ? `<circle cx="${at + 7}" cy="${line - 4}" r="5" fill="${colour}"/>`
        : `<rect x="${at}" y="${line - 6}" width="14" height="4" fill="${colour}"/>`,
      text(at + 18, line, entry.name, 'font-size="12"'),
    );
    at += room;
  }
  return { markup: out.join(''), height: line - y + KEY_HEIGHT };
}

function tableWidth(table: Comparison): number {
  return LABEL_COLUMN + VALUE_COLUMN * table.datasets.length;
}

function placeTable(
  table: Comparison,
  x: number,
  y: number,
  { format, metricHeader }: Pick<PictureInput, 'format' | 'metricHeader'>,
) {
  const width = tableWidth(table);
  const out: string[] = [`<g transform="translate(${x},${y})" class="picture-table">`];
  out.push(`<rect x="0" y="0" width="${width}" height="${ROW_HEIGHT}" fill="#f1f3f5"/>`);
  out.push(text(6, 15, metricHeader, 'font-weight="600"'));
  table.datasets.forEach((name, i) =>
    out.push(
      text(
        LABEL_COLUMN + VALUE_COLUMN * (i + 1) - 6,
        15,
        name,
        'font-weight="600" text-anchor="end"',
      ),
    ),
  );
  table.rows.forEach((row, r) => {
    const top = ROW_HEIGHT * (r + 1);
    out.push(
      `<line x1="0" x2="${width}" y1="${top}" y2="${top}" stroke="#e4e7eb"/>`,
      text(6, top + 15, row.label),
    );
    row.values.forEach((value, i) => {
      const shown = format(value) + (row.best === i ? ' ★' : '');
      const weight = row.best === i ? ' font-weight="600"' : '';
      out.push(
        text(
          LABEL_COLUMN + VALUE_COLUMN * (i + 1) - 6,
          top + 15,
          shown,
          `text-anchor="end"${weight}`,
        ),
      );
    });
  });
  out.push('</g>');
  return { markup: out.join(''), height: ROW_HEIGHT * (table.rows.length + 1) };
}

export function composePicture(input: PictureInput): Picture {
  const panelRow =
    input.panels.reduce((sum, p) => sum + partWidth(p), 0) +
    GAP * Math.max(0, input.panels.length - 1);
  const inner = Math.max(
    MIN_WIDTH - 2 * MARGIN,
    panelRow,
    input.table ? tableWidth(input.table) : 0,
    ...input.charts.map(partWidth),
  );
  const width = inner + 2 * MARGIN;
  const body: string[] = [
    text(MARGIN, MARGIN + 20, input.title, 'font-size="20" font-weight="600" fill="#1f2933"'),
    text(MARGIN, MARGIN + 42, input.subtitle, 'font-size="13" fill="#52606d"'),
  ];
  let y = MARGIN + TITLE_HEIGHT;
  if (input.key && input.key.length > 0) {
    const key = placeKey(input.key, MARGIN, y + 4, inner);
    body.push(key.markup);
    y += key.height;
  }

  let x = MARGIN;
  let rowHeight = 0;
  for (const panel of input.panels) {
    body.push(placePart(panel, x, y));
    x += partWidth(panel) + GAP;
    rowHeight = Math.max(rowHeight, CAPTION_HEIGHT + panel.height);
  }
  if (input.panels.length > 0) y += rowHeight + GAP;

  if (input.table) {
    const table = placeTable(input.table, MARGIN, y, input);
    body.push(table.markup);
    y += table.height + GAP;
  }

  x = MARGIN;
  rowHeight = 0;
  for (const chart of input.charts) {
    if (x > MARGIN && x + partWidth(chart) > MARGIN + inner) {
      x = MARGIN;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    body.push(placePart(chart, x, y));
    x += partWidth(chart) + GAP;
    rowHeight = Math.max(rowHeight, CAPTION_HEIGHT + chart.height);
  }
  if (input.charts.length > 0) y += rowHeight + GAP;

  const height = y - GAP + MARGIN;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}" font-size="12" fill="#1f2933">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${body.join('')}</svg>`;
  return { svg, width, height };
}

/** compare-<regions>-<level>-<yyyy-mm-dd>.<ext>, with only safe file-name characters. */
export function pictureFileName(
  regions: readonly string[],
  level: string,
  date: Date,
  extension: 'svg' | 'png',
): string {
  const safe = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}_]+/gu, '_')
      .replace(/^_+|_+$/g, '') || 'x';
  const day = date.toISOString().slice(0, 10);
  return `compare-${regions.map(safe).join('_')}-${safe(level)}-${day}.${extension}`;
}
