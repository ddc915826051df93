/**
 * Label placement: the grid gives exactly the greedy choice a plain pairwise scan gives,
 * kept labels never come within the gap of each other, and every hidden label is hidden
 * by a kept label of higher priority.
 */
import { describe, expect, it } from 'vitest';
import { meet, placeLabels, type LabelBox } from '../../../src/view/labelPlacement.ts';

/** Reference: each box against every kept box before it. */
function greedyScan(boxes: LabelBox[], gap: number): boolean[] {
  const kept: LabelBox[] = [];
  return boxes.map((box) => {
    if (!(box.x2 > box.x1 && box.y2 > box.y1)) return false;
    if (kept.some((other) => meet(box, other, gap))) return false;
    kept.push(box);
    return true;
  });
}

/** Deterministic boxes shaped like labels (wide, short), some far apart, some piled up. */
function labelBoxes(n: number, seed: number, spread: number): LabelBox[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => {
    const x = random() * spread;
    const y = random() * spread * 0.6;
    const w = 20 + random() * 120;
    const h = 10 + random() * 8;
    return { x1: x, y1: y, x2: x + w, y2: y + h };
  });
}

describe('placeLabels', () => {
  it('keeps separate labels and hides the lower-priority one of two that meet', () => {
    const a = { x1: 0, y1: 0, x2: 50, y2: 10 };
    const b = { x1: 40, y1: 5, x2: 90, y2: 15 }; // overlaps a
    const c = { x1: 200, y1: 0, x2: 250, y2: 10 };
    expect(placeLabels([a, b, c], 0)).toEqual([true, false, true]);
    expect(placeLabels([b, a, c], 0)).toEqual([true, false, true]);
  });

  it('keeps the gap: boxes closer than the gap meet, boxes exactly the gap apart do not', () => {
    const a = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(placeLabels([a, { x1: 12, y1: 0, x2: 20, y2: 10 }], 3)).toEqual([true, false]);
    expect(placeLabels([a, { x1: 13, y1: 0, x2: 20, y2: 10 }], 3)).toEqual([true, true]);
  });

  it('never keeps an empty or non-finite box, and it blocks nothing', () => {
    const empty = { x1: 5, y1: 5, x2: 5, y2: 5 };
    const nan = { x1: Number.NaN, y1: 0, x2: 10, y2: 10 };
    const a = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(placeLabels([empty, nan, a], 0)).toEqual([false, false, true]);
    expect(placeLabels([], 2)).toEqual([]);
  });

  it.each([
    [200, 1, 2000],
    [500, 7, 800],
    [1500, 42, 3000],
    [300, 9, 100],
  ])('equals the pairwise greedy scan (%i labels, seed %i, spread %i)', (n, seed, spread) => {
    const boxes = labelBoxes(n, seed, spread);
    for (const gap of [0, 2, 7.5]) {
      const kept = placeLabels(boxes, gap);
      expect(kept).toEqual(greedyScan(boxes, gap));
      const shown = boxes.filter((_, i) => kept[i]);
      const touching = shown.filter((box, i) => shown.some((o, j) => j > i && meet(box, o, gap)));
      expect(touching).toEqual([]);
      const unexplained = boxes.filter(
        (box, i) => !kept[i] && !boxes.slice(0, i).some((o, k) => kept[k] && meet(box, o, gap)),
      );
      expect(unexplained).toEqual([]);
      expect(kept.filter(Boolean).length).toBeGreaterThan(0);
      if (spread <= 800) expect(kept.filter(Boolean).length).toBeLessThan(n);
    }
  });
});
