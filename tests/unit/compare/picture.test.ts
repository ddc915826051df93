/**
 * The compare view as one picture: the composed SVG is well-formed XML (parsed with
 * @xmldom/xmldom, an independent parser), holds every panel, every table row and value and
 * every chart, keeps hostile names as text (no element injected), has the stated size, and
 * places parts without overlap inside the canvas.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../../src/metrics/compare/table.ts';
import {
  composePicture,
  pictureFileName,
  type PicturePart,
} from '../../../src/ui/compare/picture.ts';
import { escapeXml } from '../../../src/view/svgText.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

function part(caption: string, width: number, height: number, mark: string): PicturePart {
  return {
    caption,
    width,
    height,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle data-mark="${mark}" cx="5" cy="5" r="3"/></svg>`,
  };
}

function input() {
  const table = buildComparison([
    { name: '札幌', figures: { nodes: 120, density: 0.031, components: 3 } },
    { name: HOSTILE, figures: { nodes: 80, density: 0.05, components: 1 } },
    { name: 'Fukuoka & "Kitakyushu"', figures: { nodes: 95, density: 0.02, components: 2 } },
  ]);
  return {
    title: `Compare: 札幌, ${HOSTILE}`,
    subtitle: 'Level: organizations · All years',
    panels: [
      part('札幌', 320, 280, 'p0'),
      part(HOSTILE, 320, 280, 'p1'),
      part('Fukuoka', 320, 280, 'p2'),
    ],
    table,
    charts: [
      part('Density', 420, 220, 'c0'),
      part('Profile', 360, 300, 'c1'),
      part('Degrees', 400, 240, 'c2'),
    ],
    format: (v: number | null) => (v === null ? '' : String(v)),
    metricHeader: '指標',
  };
}

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc;
}

const texts = (doc: ReturnType<typeof parse>) =>
  Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');

describe('compare picture', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('holds every panel, table row and value and chart; hostile names stay text', () => {
    const given = input();
    const picture = composePicture(given);
    const doc = parse(picture.svg);
    expect(doc.getElementsByTagName('img').length).toBe(0);
    const all = texts(doc);
    expect(all).toContain(given.title);
    expect(all.filter((t) => t === HOSTILE).length).toBeGreaterThanOrEqual(2); // caption + header
    expect(all).toContain('Fukuoka & "Kitakyushu"');
    expect(all).toContain('札幌');
    for (const row of given.table.rows) {
      expect(all).toContain(row.label);
      row.values.forEach((v, i) => {
        if (v !== null) expect(all).toContain(String(v) + (row.best === i ? ' ★' : ''));
      });
    }
    const marks = Array.from(doc.getElementsByTagName('circle')).map((c) =>
      c.getAttribute('data-mark'),
    );
    expect(marks.sort()).toEqual(['c0', 'c1', 'c2', 'p0', 'p1', 'p2']);
    // Best of density (higher) is the hostile column, marked with a star.
    expect(all).toContain('0.05 ★');
  });

  it('heads the table with the given (translated) header, in a font stack that covers Japanese', () => {
    const picture = composePicture(input());
    const doc = parse(picture.svg);
    const table = Array.from(doc.getElementsByTagName('g')).find(
      (g) => g.getAttribute('class') === 'picture-table',
    )!;
    expect(table.getElementsByTagName('text')[0].textContent).toBe('指標');
    expect(texts(doc)).not.toContain('Metric');
    expect(doc.documentElement!.getAttribute('font-family')).toMatch(/Noto Sans CJK JP/);
  });

  it('states its size, and parts lie inside the canvas without overlapping', () => {
    const given = input();
    const picture = composePicture(given);
    const root = parse(picture.svg).documentElement!;
    expect(Number(root.getAttribute('width'))).toBe(picture.width);
    expect(Number(root.getAttribute('height'))).toBe(picture.height);
    // Three 320-px panels with two 16-px gaps and 24-px margins.
    expect(picture.width).toBe(3 * 320 + 2 * 16 + 2 * 24);
    const boxes = Array.from(root.getElementsByTagName('g'))
      .filter((g) => g.getAttribute('class') === 'picture-part')
      .map((g, i) => {
        const [x, y] = /translate\(([\d.]+),([\d.]+)\)/
          .exec(g.getAttribute('transform')!)!
          .slice(1)
          .map(Number);
        const p = [...given.panels, ...given.charts][i];
        return { x, y, w: p.width, h: p.height + 22 };
      });
    expect(boxes.length).toBe(6);
    for (const b of boxes) {
      expect(b.x + b.w).toBeLessThanOrEqual(picture.width - 24);
      expect(b.y + b.h).toBeLessThanOrEqual(picture.height - 24);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${i} and ${j} overlap`).toBe(true);
      }
    // The table lies between the panels and the charts.
    const table = Array.from(root.getElementsByTagName('g')).find(
      (g) => g.getAttribute('class') === 'picture-table',
    )!;
    const tableY = Number(/,([\d.]+)\)/.exec(table.getAttribute('transform')!)![1]);
    expect(tableY).toBeGreaterThanOrEqual(boxes[0].y + boxes[0].h);
    const tableBottom = tableY + 22 * (given.table.rows.length + 1);
    expect(Math.min(...boxes.slice(3).map((b) => b.y))).toBeGreaterThanOrEqual(tableBottom);
  });

  it('draws the colour key with escaped names, drops colours that are not #hex or rgb()', () => {
    const picture = composePicture({
      ...input(),
      key: [
        { name: HOSTILE, colour: '#0b5cad' },
        { name: 'Sendai', colour: 'url(javascript:alert(1))' },
        { name: '長野', colour: 'rgb(180, 35, 24)' },
      ],
    });
    const doc = parse(picture.svg);
    expect(doc.getElementsByTagName('img').length).toBe(0);
    const fills = Array.from(doc.getElementsByTagName('rect')).map((r) => r.getAttribute('fill'));
    expect(fills).toContain('#0b5cad');
    expect(fills).toContain('rgb(180, 35, 24)');
    expect(fills).toContain('#52606d');
    expect(picture.svg).not.toContain('javascript');
    expect(texts(doc)).toEqual(expect.arrayContaining([HOSTILE, 'Sendai', '長野']));
  });

  it('wraps a long key into rows inside the canvas', () => {
    const key = Array.from({ length: 12 }, (_, i) => ({
      name: `Region number ${i}`,
      colour: '#000',
    }));
    const picture = composePicture({ ...input(), key });
    const doc = parse(picture.svg);
    const rects = Array.from(doc.getElementsByTagName('rect')).filter(
      (r) => r.getAttribute('width') === '14',
    );
    expect(rects.length).toBe(12);
    const xs = rects.map((r) => Number(r.getAttribute('x')));
    const ys = new Set(rects.map((r) => r.getAttribute('y')));
    expect(Math.max(...xs) + 18).toBeLessThan(picture.width - 24);
    expect(ys.size).toBeGreaterThan(1);
    // The panels start below the last key row.
    const firstPart = /translate\([\d.]+,([\d.]+)\)" class="picture-part"/.exec(picture.svg)!;
    expect(Number(firstPart[1])).toBeGreaterThan(Math.max(...[...ys].map(Number)));
  });

  it('a caption wider than its drawing pushes the next part along', () => {
    const wide = '札幌'.repeat(20); // 40 wide characters ≈ 520 px
    const picture = composePicture({
      ...input(),
      table: null,
      panels: [],
      charts: [part(wide, 120, 120, 'a'), part('b', 120, 120, 'b')],
    });
    const xs = [...picture.svg.matchAll(/class="picture-part"/g)].length;
    expect(xs).toBe(2);
    const second =
      /translate\(([\d.]+),[\d.]+\)" class="picture-part"><text x="0" y="15"[^>]*>b</.exec(
        picture.svg,
      );
    expect(Number(second![1])).toBeGreaterThanOrEqual(24 + 40 * 13 + 16);
  });

  it('names files compare-<regions>-<level>-<date> with safe characters', () => {
    const date = new Date('2026-11-27T05:00:00Z');
    expect(pictureFileName(['sapporo', 'nagano'], 'organizations', date, 'svg')).toBe(
      'compare-sapporo_nagano-organizations-2026-11-27.svg',
    );
    expect(pictureFileName(['../札幌 <x>', 'a/b'], 'people', date, 'png')).toBe(
      'compare-札幌_x_a_b-people-2026-11-27.png',
    );
  });
});
