import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { formatValue, nextSort, UNSORTED } from '../../../src/ui/compare/tableSort.ts';
import { fitToBox, layoutPanel } from '../../../src/ui/compare/panelLayout.ts';
import type { SimpleGraph } from '../../../src/model/index.ts';

describe('compare table helpers', () => {
  it('cycles a column descending → ascending → table order; Metric resets', () => {
    const a = nextSort(UNSORTED, 2);
    expect(a).toEqual({ column: 2, order: 'descending' });
    const b = nextSort(a, 2);
    expect(b).toEqual({ column: 2, order: 'ascending' });
    expect(nextSort(b, 2)).toEqual(UNSORTED);
    expect(nextSort(b, 0)).toEqual({ column: 0, order: 'descending' });
    expect(nextSort(a, null)).toEqual(UNSORTED);
  });

  it('formats integers whole, others to 3 significant digits, null as a dash', () => {
    expect(formatValue(80)).toBe('80');
    expect(formatValue(0.091772)).toBe('0.0918');
    expect(formatValue(-0.4567)).toBe('-0.457');
    expect(formatValue(123.456)).toBe('123.5');
    expect(formatValue(null)).toBe('–');
  });
});

describe('panel layout', () => {
  it('fits positions into the box with its margin, uniform scale, centred', () => {
    const box = { width: 300, height: 200, margin: 10 };
    const fitted = fitToBox({ a: { x: 0, y: 0 }, b: { x: 10, y: 5 }, c: { x: 5, y: 0 } }, box);
    // span 10 × 5 → scale min(280/10, 180/5) = 28
    expect(fitted.get('a')).toEqual({ x: 150 - 5 * 28, y: 100 - 2.5 * 28 });
    expect(fitted.get('b')).toEqual({ x: 150 + 5 * 28, y: 100 + 2.5 * 28 });
    expect(fitToBox({ a: { x: 3, y: 4 } }, box).get('a')).toEqual({ x: 150, y: 100 });
  });

  it('places every node of a graph inside the box, the same way twice', () => {
    const graph = new UndirectedGraph() as unknown as SimpleGraph;
    for (let i = 0; i < 30; i++) graph.addNode(String(i));
    for (let i = 1; i < 25; i++) graph.addEdge(String(i), String(Math.floor(i / 3)));
    const box = { width: 320, height: 280, margin: 20 };
    const first = layoutPanel(graph, box);
    expect(first.size).toBe(30);
    for (const { x, y } of first.values()) {
      expect(x).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(x).toBeLessThanOrEqual(300 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(y).toBeLessThanOrEqual(260 + 1e-9);
    }
    expect(layoutPanel(graph, box)).toEqual(first);
  });
});
