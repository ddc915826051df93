/**
 * Connected components against networkx's connected_components
 * (tests/reference/paths.json, scripts/reference/paths.py) on every reference graph.
 */
import { describe, expect, it } from 'vitest';
import { csrFromEdges, toCsr } from '../../../src/metrics/csr.ts';
import { computeComponents } from '../../../src/metrics/components.ts';
import { FIXTURE_NAMES, loadFixture, loadReference } from '../helpers/fixtures.ts';

interface ComponentsReference {
  count: number;
  sizes: number[];
  members: string[][];
  largest: string[];
  largestShare: number | null;
}

const reference = loadReference<{ components: ComponentsReference }>('paths');

describe.each(FIXTURE_NAMES)('components of %s', (name) => {
  it('match networkx connected_components', () => {
    const csr = toCsr(loadFixture(name));
    const expected = reference[name].components;
    const result = computeComponents(csr);
    expect(result.count).toBe(expected.count);
    expect(Array.from(result.sizes)).toEqual(expected.sizes);
    const members: string[][] = Array.from({ length: result.count }, () => []);
    for (let i = 0; i < csr.n; i++) members[result.labels[i]].push(csr.ids[i]);
    expect(members).toEqual(expected.members);
    expect(members[result.largest]).toEqual(expected.largest);
    expect(result.largestShare).toBeCloseTo(expected.largestShare!, 12);
  });
});

describe('computeComponents edge cases', () => {
  it('has no component and a null share on the empty graph', () => {
    const result = computeComponents(csrFromEdges(0, [], []));
    expect(result.count).toBe(0);
    expect(result.largest).toBe(-1);
    expect(result.largestShare).toBeNull();
  });

  it('breaks ties for the largest by the lowest node index', () => {
    // Components {0,3} and {1,2}: equally large; the one holding node 0 wins.
    const result = computeComponents(csrFromEdges(4, [1, 0], [2, 3]));
    expect(result.largest).toBe(result.labels[0]);
    expect(result.labels[1]).not.toBe(result.labels[0]);
  });
});
