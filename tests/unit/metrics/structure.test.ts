/**
 * Clustering, transitivity, coreness, Burt's constraint and effective size, degree
 * assortativity, density and Freeman centralizations against networkx 3.x
 * (tests/reference/structure.json, scripts/reference/structure.py) on every fixture,
 * within 1e-9. NaN/null where networkx gives nan: constraint and effective size of
 * isolates, assortativity without variance (pairs, single).
 */
import { describe, expect, it } from 'vitest';
import { csrFromEdges } from '../../../src/metrics/csr.ts';
import { computeClustering } from '../../../src/metrics/structure/clustering.ts';
import { computeAverageClustering } from '../../../src/metrics/structure/averageClustering.ts';
import { computeTransitivity } from '../../../src/metrics/structure/transitivity.ts';
import { computeCoreness } from '../../../src/metrics/structure/coreness.ts';
import { computeConstraint } from '../../../src/metrics/structure/constraint.ts';
import { computeEffectiveSize } from '../../../src/metrics/structure/effectiveSize.ts';
import { computeDegreeAssortativity } from '../../../src/metrics/structure/degreeAssortativity.ts';
import { computeDensity } from '../../../src/metrics/structure/density.ts';
import { computeDegreeCentralization } from '../../../src/metrics/structure/degreeCentralization.ts';
import { computeBetweennessCentralization } from '../../../src/metrics/structure/betweennessCentralization.ts';
import { countTriangles } from '../../../src/metrics/structure/triangles.ts';
import {
  STRUCTURE_FIXTURES,
  STRUCTURE_REFERENCE,
  expectColumn,
  expectScalar,
  fixtureCsr,
} from './structureReference.ts';

const EXACT = 1e-9;

describe.each(STRUCTURE_FIXTURES)('structure on %s', (name) => {
  const csr = fixtureCsr(name);
  const reference = STRUCTURE_REFERENCE[name];
  const scalar = (metric: string): number | null => reference[metric] as number | null;

  it('clustering, average clustering and transitivity equal networkx', () => {
    const clustering = computeClustering(csr);
    expectColumn(csr, reference, 'clustering', clustering, EXACT);
    expectScalar(
      computeAverageClustering(csr, clustering),
      scalar('averageClustering'),
      EXACT,
      'averageClustering',
    );
    expectScalar(
      computeAverageClustering(csr),
      scalar('averageClustering'),
      EXACT,
      'averageClustering',
    );
    expectScalar(computeTransitivity(csr), scalar('transitivity'), EXACT, 'transitivity');
  });

  it('coreness equals networkx core_number', () => {
    expectColumn(csr, reference, 'coreness', computeCoreness(csr), 0);
  });

  it.each([
    ['', false],
    ['Weighted', true],
  ] as const)('constraint%s and effectiveSize%s equal networkx', (suffix, weighted) => {
    expectColumn(
      csr,
      reference,
      'constraint' + suffix,
      computeConstraint(csr, { weighted }),
      EXACT,
    );
    expectColumn(
      csr,
      reference,
      'effectiveSize' + suffix,
      computeEffectiveSize(csr, { weighted }),
      EXACT,
    );
  });

  it.each([
    ['', false],
    ['Weighted', true],
  ] as const)(
    'degree assortativity%s equals networkx degree_assortativity_coefficient',
    (suffix, weighted) => {
      expectScalar(
        computeDegreeAssortativity(csr, { weighted }),
        scalar('assortativity' + suffix),
        EXACT,
        'assortativity',
      );
    },
  );

  it('density and Freeman centralizations equal the networkx-based computation', () => {
    expectScalar(computeDensity(csr), scalar('density'), EXACT, 'density');
    expectScalar(
      computeDegreeCentralization(csr),
      scalar('degreeCentralization'),
      EXACT,
      'degreeCentralization',
    );
    const position = new Map(reference.ids.map((id, i) => [id, i]));
    const networkxBetweenness = reference.betweenness as number[];
    const betweenness = Float64Array.from(csr.ids, (id) => networkxBetweenness[position.get(id)!]);
    expectScalar(
      computeBetweennessCentralization(betweenness),
      scalar('betweennessCentralization'),
      EXACT,
      'betweennessCentralization',
    );
  });
});

function star(n: number) {
  return csrFromEdges(
    n,
    Array.from({ length: n - 1 }, () => 0),
    Array.from({ length: n - 1 }, (_, i) => i + 1),
  );
}

function complete(n: number) {
  const s: number[] = [];
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      s.push(i);
      t.push(j);
    }
  }
  return csrFromEdges(n, s, t);
}

describe('Freeman centralization bounds', () => {
  it('a star scores 1 and a complete graph 0', () => {
    expect(computeDegreeCentralization(star(7))).toBeCloseTo(1, 12);
    expect(computeDegreeCentralization(complete(7))).toBe(0);
    // Normalised betweenness of a star: centre 1, leaves 0; complete graph: all 0.
    const starBetweenness = new Float64Array(7);
    starBetweenness[0] = 1;
    expect(computeBetweennessCentralization(starBetweenness)).toBeCloseTo(1, 12);
    expect(computeBetweennessCentralization(new Float64Array(7))).toBe(0);
  });

  it('is undefined below three nodes', () => {
    expect(computeDegreeCentralization(complete(2))).toBeNull();
    expect(computeBetweennessCentralization(new Float64Array(2))).toBeNull();
  });
});

describe('small structural cases', () => {
  it('counts the four triangles of K4 at every node (three each)', () => {
    expect(Array.from(countTriangles(complete(4)))).toEqual([3, 3, 3, 3]);
    expect(computeTransitivity(complete(4))).toBe(1);
  });

  it('gives the empty graph null average clustering, density 0 and null assortativity', () => {
    const empty = csrFromEdges(0, [], []);
    expect(computeAverageClustering(empty)).toBeNull();
    expect(computeDensity(empty)).toBe(0);
    expect(computeDegreeAssortativity(empty)).toBeNull();
    expect(computeTransitivity(empty)).toBe(0);
  });

  it('gives a regular graph (complete K5) null assortativity, as networkx gives nan', () => {
    expect(computeDegreeAssortativity(complete(5))).toBeNull();
  });

  it('gives the star its textbook Burt values: centre constraint 1/(n−1), effective size n−1', () => {
    const s = star(6);
    expect(computeConstraint(s)[0]).toBeCloseTo(1 / 5, 12);
    expect(computeEffectiveSize(s)[0]).toBeCloseTo(5, 12);
    expect(computeConstraint(s)[1]).toBeCloseTo(1, 12);
  });
});
