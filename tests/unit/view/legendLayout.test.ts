/**
 * The legend card's layout, shared by the PNG and the SVG legend: one line per LINE, a
 * swatch of the right shape before each entry, titles and notes without one, and a card
 * as wide as its widest line (measured) and never narrower than its minimum.
 */
import { describe, expect, it } from 'vitest';
import type { LegendLine } from '../../../src/view/exportImage.ts';
import { cardSize, legendMarks, type LegendMark } from '../../../src/view/legendLayout.ts';

const LINES: LegendLine[] = [
  { kind: 'title', text: 'Colour: sector' },
  { kind: 'sector', text: 'Academia', colour: '#0072B2' },
  { kind: 'organization', text: 'Organization' },
  { kind: 'person', text: 'Person' },
  { kind: 'tie', text: 'joint_research', colour: '#E69F00' },
  { kind: 'note', text: 'Size: betweenness' },
];

/** A measure where every character is 7 px wide (bold ones 8). */
const measure = (text: string, font: { weight: number }) =>
  text.length * (font.weight > 400 ? 8 : 7);

const texts = (marks: LegendMark[]) =>
  marks.flatMap((m) => (m.kind === 'text' ? [[m.text, m.x, m.y]] : []));

describe('legendMarks', () => {
  it('puts each line on its own row, swatched entries indented past their swatch', () => {
    const marks = legendMarks(LINES, measure);
    expect(texts(marks)).toEqual([
      ['Colour: sector', 14, 24],
      ['Academia', 34, 44],
      ['Organization', 34, 64],
      ['Person', 34, 84],
      ['joint_research', 34, 104],
      ['Size: betweenness', 14, 124],
    ]);
    const swatches = marks.filter((m) => m.kind === 'dot' || m.kind === 'box');
    expect(swatches.map((m) => m.kind)).toEqual(['dot', 'box', 'dot', 'box']);
    expect(swatches[0]).toMatchObject({ fill: '#0072B2', cy: 44 });
    expect(swatches[1]).toMatchObject({ width: 12, height: 12, radius: 3 }); // organization
    expect(swatches[3]).toMatchObject({ width: 12, height: 3, fill: '#E69F00' }); // tie
  });

  it('sizes the card to its widest line, at least 220 px wide', () => {
    expect(cardSize(legendMarks(LINES, measure))).toEqual({ width: 220, height: 148 });
    const long: LegendLine[] = [{ kind: 'sector', text: 'x'.repeat(40), colour: '#000' }];
    // 20 px of swatch room + 40 × 7 px of text + 2 × 14 px padding
    expect(cardSize(legendMarks(long, measure))).toEqual({ width: 328, height: 48 });
  });
});
