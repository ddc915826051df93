import { describe, expect, it } from 'vitest';
import { loadFixture } from '../helpers/fixtures.ts';
import { CELL, layoutInputFromGraph, type LayoutInput } from '../../../src/view/forceLayout.ts';
import { computeForceAtlas2 } from '../../../src/view/layouts/forceAtlas2Run.ts';

/** Mean distance over tied pairs and over untied pairs. */
function meanDistances(input: LayoutInput, positions: Float64Array) {
  const tied = new Set<string>();
  let tiedSum = 0;
  for (let e = 0; e < input.weights.length; e++) {
    const a = input.edges[2 * e];
    const b = input.edges[2 * e + 1];
    tied.add(a < b ? `${a}-${b}` : `${b}-${a}`);
    tiedSum += Math.hypot(
      positions[2 * a] - positions[2 * b],
      positions[2 * a + 1] - positions[2 * b + 1],
    );
  }
  let untiedSum = 0;
  let untied = 0;
  for (let a = 0; a < input.order; a++) {
    for (let b = a + 1; b < input.order; b++) {
      if (tied.has(`${a}-${b}`)) continue;
      untiedSum += Math.hypot(
        positions[2 * a] - positions[2 * b],
        positions[2 * a + 1] - positions[2 * b + 1],
      );
      untied += 1;
    }
  }
  return { tied: tiedSum / tied.size, untied: untiedSum / untied };
}

describe('computeForceAtlas2', () => {
  it('is deterministic and finite', () => {
    const input = layoutInputFromGraph(loadFixture('karate'));
    const first = computeForceAtlas2(input);
    const second = computeForceAtlas2(input);
    expect(first).toHaveLength(68);
    expect(Array.from(first).every(Number.isFinite)).toBe(true);
    expect(second).toEqual(first);
  });

  it.each([
    ['karate', false],
    ['lesmis', false],
    ['holmekim', false],
    ['holmekim', true],
  ] as const)(
    '%s (Barnes–Hut %s): tied nodes end up closer than untied ones',
    (name, barnesHut) => {
      const input = layoutInputFromGraph(loadFixture(name));
      const positions = computeForceAtlas2(input, { barnesHut });
      const distances = meanDistances(input, positions);
      // Force-directed layouts pull neighbours together; well under half is expected.
      expect(distances.tied).toBeLessThan(0.5 * distances.untied);
    },
  );

  it('places every node, isolates included, at distinct points', () => {
    const input = layoutInputFromGraph(loadFixture('disconnected'));
    const positions = computeForceAtlas2(input);
    const points = new Set<string>();
    for (let i = 0; i < input.order; i++) points.add(`${positions[2 * i]},${positions[2 * i + 1]}`);
    expect(points.size).toBe(input.order);
  });

  it('handles the empty and one-node graphs', () => {
    expect(
      computeForceAtlas2({ order: 0, edges: new Int32Array(), weights: new Float64Array() }),
    ).toHaveLength(0);
    const one = computeForceAtlas2(layoutInputFromGraph(loadFixture('single')));
    expect(Array.from(one).every(Number.isFinite)).toBe(true);
  });
});

describe('computeForceAtlas2 placement', () => {
  it('puts isolates on a grid below the tied nodes and scales the tied part to CELL² per node', () => {
    const input = layoutInputFromGraph(loadFixture('disconnected'));
    const positions = computeForceAtlas2(input);
    const degree = new Int32Array(input.order);
    for (let e = 0; e < input.weights.length; e++) {
      degree[input.edges[2 * e]] += 1;
      degree[input.edges[2 * e + 1]] += 1;
    }
    const tiedY: number[] = [];
    const tiedX: number[] = [];
    const isolateY: number[] = [];
    for (let i = 0; i < input.order; i++) {
      if (degree[i] > 0) {
        tiedX.push(positions[2 * i]);
        tiedY.push(positions[2 * i + 1]);
      } else isolateY.push(positions[2 * i + 1]);
    }
    // Five declared isolates plus two nodes (22, 27) of the random 40-node part that drew no edge.
    expect(isolateY).toHaveLength(7);
    expect(Math.min(...isolateY)).toBeGreaterThan(Math.max(...tiedY));
    const area =
      (Math.max(...tiedX) - Math.min(...tiedX)) * (Math.max(...tiedY) - Math.min(...tiedY));
    expect(area).toBeCloseTo(tiedX.length * CELL * CELL, 6);
  });
});
