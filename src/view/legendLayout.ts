/**
 * Where everything of an exported picture's legend card goes: the card, each line's
 * swatch (a dot for a sector or category, a rounded square for organizations, a bar for a
 * tie colour) and its text, in CSS pixels from the card's corner. The PNG (exportImage.ts)
 * paints these marks on a 2D canvas and the SVG (legendSvg.ts) writes them as elements, so
 * both carry the same key.
 *
 * Card: PADDING inside, one LINE per line, as wide as the widest line after its swatch
 * (measured in the picture's FONT) and at least MIN_WIDTH.
 */
import type { LegendLine } from './exportImage.ts';

export const FONT =
  'system-ui, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif';
const MIN_WIDTH = 220;
const PADDING = 14;
const LINE = 20;
const SWATCH = 12;
const SWATCH_ROOM = 20;

const TITLE_COLOUR = '#1f2933';
const NOTE_COLOUR = '#52606d';
const GREY = '#9aa5b1';

export type LegendMark =
  | { kind: 'card'; width: number; height: number; fill: string; stroke: string; radius: number }
  | { kind: 'dot'; cx: number; cy: number; r: number; fill: string }
  | {
      kind: 'box';
      x: number;
      y: number;
      width: number;
      height: number;
      radius: number;
      fill: string;
    }
  | { kind: 'text'; x: number; y: number; text: string; font: LegendFont; fill: string };

export interface LegendFont {
  weight: number;
  size: number;
}

function fontOf(line: LegendLine): LegendFont {
  if (line.kind === 'title') return { weight: 600, size: 12 };
  return { weight: 400, size: line.kind === 'note' ? 12 : 13 };
}

/** The CSS font shorthand of a legend text, for a 2D canvas. */
export function cssFont(font: LegendFont): string {
  return `${font.weight} ${font.size}px ${FONT}`;
}

const hasSwatch = (line: LegendLine) => line.kind !== 'title' && line.kind !== 'note';

/** Width of a text in a font, as the picture will draw it. */
export type MeasureText = (text: string, font: LegendFont) => number;

/** A measure from a 2D canvas (the PNG's own, or a scratch one for the SVG). */
export function canvasMeasure(context: CanvasRenderingContext2D): MeasureText {
  return (text, font) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

/** The card and everything on it, for these lines. */
export function legendMarks(lines: readonly LegendLine[], measure: MeasureText): LegendMark[] {
  let widest = 0;
  for (const line of lines)
    widest = Math.max(
      widest,
      (hasSwatch(line) ? SWATCH_ROOM : 0) + measure(line.text, fontOf(line)),
    );
  const width = Math.max(MIN_WIDTH, Math.ceil(widest) + 2 * PADDING);
  const height = PADDING * 2 + lines.length * LINE;
  const marks: LegendMark[] = [
    { kind: 'card', width, height, fill: '#ffffff', stroke: '#d9e2ec', radius: 6 },
  ];
  lines.forEach((line, i) => {
    const y = PADDING + i * LINE + LINE / 2;
    const font = fontOf(line);
    if (!hasSwatch(line)) {
      const fill = line.kind === 'title' ? TITLE_COLOUR : NOTE_COLOUR;
      marks.push({ kind: 'text', x: PADDING, y, text: line.text, font, fill });
      return;
    }
    const fill = line.colour ?? GREY;
    const half = SWATCH / 2;
    if (line.kind === 'organization')
      marks.push({
        kind: 'box',
        x: PADDING,
        y: y - half,
        width: SWATCH,
        height: SWATCH,
        radius: 3,
        fill,
      });
    else if (line.kind === 'tie')
      marks.push({
        kind: 'box',
        x: PADDING,
        y: y - 1.5,
        width: SWATCH,
        height: 3,
        radius: 0,
        fill,
      });
    else marks.push({ kind: 'dot', cx: PADDING + half, cy: y, r: half, fill });
    marks.push({
      kind: 'text',
      x: PADDING + SWATCH_ROOM,
      y,
      text: line.text,
      font,
      fill: TITLE_COLOUR,
    });
  });
  return marks;
}

/** The card's size (its first mark). */
export function cardSize(marks: readonly LegendMark[]): { width: number; height: number } {
  const card = marks[0];
  return card.kind === 'card'
    ? { width: card.width, height: card.height }
    : { width: 0, height: 0 };
}
