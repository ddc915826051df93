import { describe, expect, it } from 'vitest';
import { CELL, layoutInputFromGraph } from '../../../src/view/forceLayout.ts';
import { computeForceAtlas2, runForceAtlas2 } from '../../../src/view/layouts/forceAtlas2Run.ts';
import { groupedOrder, groupRank } from '../../../src/view/layouts/cyLayouts.ts';
import {
  forgetPositions,
  keptPositions,
  rememberPositions,
  viewKey,
} from '../../../src/view/layouts/positionCache.ts';
import { applyViewFilters } from '../../../src/graph/viewFilters.ts';
import { loadFixture } from '../helpers/fixtures.ts';

describe('ForceAtlas2 in steps', () => {
  it('reports increasing progress and ends with the same picture as one run', () => {
    const input = layoutInputFromGraph(loadFixture('karate'));
    const run = runForceAtlas2(input, { iterations: 100, chunk: 20 });
    const fractions: number[] = [];
    let last: Float64Array;
    for (;;) {
      const next = run.next();
      if (next.done === true) {
        last = next.value;
        break;
      }
      fractions.push(next.value.fraction);
    }
    expect(fractions).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect([...last]).toEqual([...computeForceAtlas2(input, { iterations: 100, chunk: 20 })]);
    expect(last.every(Number.isFinite)).toBe(true);
  });

  it('puts isolates on a grid below the tied part', () => {
    const graph = loadFixture('disconnected');
    const input = layoutInputFromGraph(graph);
    const positions = computeForceAtlas2(input, { iterations: 50 });
    const keys = graph.nodes();
    const tiedY = keys
      .filter((k) => graph.degree(k) > 0)
      .map((k) => positions[2 * keys.indexOf(k) + 1]);
    const isolatedY = keys
      .filter((k) => graph.degree(k) === 0)
      .map((k) => positions[2 * keys.indexOf(k) + 1]);
    expect(isolatedY.length).toBeGreaterThan(0);
    expect(Math.min(...isolatedY)).toBeGreaterThan(Math.max(...tiedY));
  });

  it('seeded with kept places, a filtered graph stays close to the old picture', () => {
    const graph = loadFixture('lesmis');
    const keys = graph.nodes();
    const full = computeForceAtlas2(layoutInputFromGraph(graph));
    const shown = applyViewFilters(graph, { kCore: 2 });
    const start = new Float64Array(shown.order * 2);
    shown.nodes().forEach((key, i) => {
      const j = keys.indexOf(key);
      [start[2 * i], start[2 * i + 1]] = [full[2 * j], full[2 * j + 1]];
    });
    const seeded = computeForceAtlas2(layoutInputFromGraph(shown), { start });
    const fresh = computeForceAtlas2(layoutInputFromGraph(shown));
    const moved = (p: Float64Array) => {
      let sum = 0;
      for (let i = 0; i < shown.order; i++)
        sum += Math.hypot(p[2 * i] - start[2 * i], p[2 * i + 1] - start[2 * i + 1]);
      return sum / shown.order;
    };
    expect(moved(seeded)).toBeLessThan(CELL);
    expect(moved(seeded)).toBeLessThan(moved(fresh) / 2);
  });
});

describe('grouped circle order', () => {
  it('groups by size (largest first, then name), inside a group by degree', () => {
    const group = new Map([
      ['a', 'industry'],
      ['b', 'academia'],
      ['c', 'industry'],
      ['d', 'academia'],
      ['e', 'government'],
      ['f', 'industry'],
    ]);
    expect([...groupRank(group)]).toEqual([
      ['industry', 0],
      ['academia', 1],
      ['government', 2],
    ]);
    const degree = new Map([
      ['a', 1],
      ['b', 5],
      ['c', 3],
      ['d', 7],
      ['e', 2],
      ['f', 3],
    ]);
    const order = [...group.keys()].sort(
      groupedOrder({ group, degree, metric: new Map(), order: 6 }),
    );
    expect(order).toEqual(['c', 'f', 'a', 'd', 'b', 'e']);
  });
});

describe('kept positions', () => {
  it('gives kept places in graph order and NaN for nodes never drawn', () => {
    forgetPositions();
    const graph = loadFixture('florentine');
    const key = viewKey('region', 'organizations');
    const [first, second] = graph.nodes();
    expect(keptPositions(key, graph)).toBeNull();
    rememberPositions(key, new Map([[second, { x: 3, y: 4 }]]));
    const kept = keptPositions(key, graph)!;
    expect(kept.known).toBe(1);
    expect([kept.positions[2], kept.positions[3]]).toEqual([3, 4]);
    expect(Number.isNaN(kept.positions[0])).toBe(true);
    expect(graph.nodes()[0]).toBe(first);
    expect(keptPositions(viewKey('region', 'people'), graph)).toBeNull();
  });
});
