/**
 * Small-world sigma and omega. Our random stream differs from networkx's, so values are
 * compared in distribution: each seeded value must lie within 4 standard deviations (plus
 * an absolute floor of 0.02, for node-order effects on the lattice reference and the
 * small sample of 8 seeds) of the mean of networkx 3.6.1 `sigma`/`omega` over 8 seeds on
 * the same graph with the same niter/nrand (tests/reference/structure.json, written by
 * scripts/reference/structure.py). Plus textbook properties of small-world, lattice and
 * random graphs, reproducibility, and the reference graphs' invariants.
 */
import { describe, expect, it } from 'vitest';
import { csrFromEdges, type Csr } from '../../../src/metrics/csr.ts';
import { computeSigma, DEFAULT_SIGMA_OPTIONS } from '../../../src/metrics/smallworld/sigma.ts';
import { computeOmega, DEFAULT_OMEGA_OPTIONS } from '../../../src/metrics/smallworld/omega.ts';
import { computeSmallWorld } from '../../../src/metrics/smallworld/index.ts';
import { randomReference } from '../../../src/metrics/smallworld/randomReference.ts';
import { latticeReference } from '../../../src/metrics/smallworld/latticeReference.ts';
import { largestComponent } from '../../../src/metrics/smallworld/largestComponent.ts';
import { averagePathLength } from '../../../src/metrics/smallworld/averagePathLength.ts';
import { createRng } from '../../../src/metrics/smallworld/rng.ts';
import { computeDegree } from '../../../src/metrics/centrality/degree.ts';
import { computeAverageClustering } from '../../../src/metrics/structure/averageClustering.ts';
import {
  SMALL_WORLD_REFERENCE,
  STRUCTURE_FIXTURES,
  STRUCTURE_REFERENCE,
  fixtureCsr,
  type SmallWorldReference,
} from './structureReference.ts';

function referenceCsr(graph: SmallWorldReference): Csr {
  const index = new Map(graph.nodes.map((id, i) => [id, i]));
  return csrFromEdges(
    graph.nodes.length,
    graph.edges.map(([u]) => index.get(u)!),
    graph.edges.map(([, v]) => index.get(v)!),
    undefined,
    graph.nodes,
  );
}

function isConnected(csr: Csr): boolean {
  return largestComponent(csr).n === csr.n;
}

describe('small-world reference values', () => {
  it('use the same niter and nrand as our defaults', () => {
    // scripts/reference/structure.py: SW_NITER = 5, SW_NRAND = 5.
    expect(DEFAULT_SIGMA_OPTIONS).toMatchObject({ niter: 5, nrand: 5 });
    expect(DEFAULT_OMEGA_OPTIONS).toMatchObject({ niter: 5, nrand: 5 });
  });
});

describe.each(Object.keys(SMALL_WORLD_REFERENCE))('sigma and omega on %s', (name) => {
  const reference = SMALL_WORLD_REFERENCE[name];
  const csr = referenceCsr(reference);

  it.each([1, 2])('lie within the spread of networkx over 8 seeds (our seed %i)', (seed) => {
    const sigma = computeSigma(csr, { seed });
    const omega = computeOmega(csr, { seed });
    expect(sigma).not.toBeNull();
    expect(omega).not.toBeNull();
    expect(Math.abs(sigma! - reference.sigmaMean)).toBeLessThanOrEqual(
      4 * reference.sigmaStdev + 0.02,
    );
    expect(Math.abs(omega! - reference.omegaMean)).toBeLessThanOrEqual(
      4 * reference.omegaStdev + 0.02,
    );
  });
});

describe('small-world properties', () => {
  const graph = (name: string) => referenceCsr(SMALL_WORLD_REFERENCE[name]);

  it('a Watts–Strogatz graph (n=100, k=6, p=0.1) is small-world: sigma > 1, omega between −0.5 and 0.5', () => {
    const csr = graph('wattsStrogatz');
    expect(computeSigma(csr, { seed: 3 })!).toBeGreaterThan(2);
    expect(Math.abs(computeOmega(csr, { seed: 3 })!)).toBeLessThan(0.5);
  });

  it('a ring lattice is lattice-like: omega < −0.5', () => {
    expect(computeOmega(graph('ringLattice'), { seed: 3 })!).toBeLessThan(-0.5);
  });

  it('an Erdős–Rényi graph is random-like: sigma near 1, omega clearly positive', () => {
    const csr = graph('erdosRenyi');
    expect(Math.abs(computeSigma(csr, { seed: 3 })! - 1)).toBeLessThan(0.2);
    expect(computeOmega(csr, { seed: 3 })!).toBeGreaterThan(0.4);
  });

  it('the same seed gives the same values; an injected rng is used', () => {
    const csr = fixtureCsr('karate');
    expect(computeSigma(csr, { seed: 9 })).toBe(computeSigma(csr, { seed: 9 }));
    expect(computeOmega(csr, { seed: 9 })).toBe(computeOmega(csr, { rng: createRng(9) }));
    expect(computeSigma(csr, { seed: 9 })).not.toBe(computeSigma(csr, { seed: 10 }));
  });
});

describe('reference graphs', () => {
  it.each(['karate', 'holmekim'])('keep every degree and stay connected on %s', (name) => {
    const csr = fixtureCsr(name);
    const degrees = Array.from(computeDegree(csr));
    const random = randomReference(csr, 3, createRng(5));
    const lattice = latticeReference(csr, 3, createRng(5));
    for (const result of [random, lattice]) {
      expect(result.exhausted).toBe(false);
      expect(result.swaps).toBeGreaterThan(0);
      expect(Array.from(computeDegree(result.graph))).toEqual(degrees);
      expect(result.graph.m).toBe(csr.m);
      expect(isConnected(result.graph)).toBe(true);
    }
    // Lattice rewiring raises clustering; random rewiring lowers it (karate C̄ = 0.57).
    expect(computeAverageClustering(lattice.graph)!).toBeGreaterThan(
      computeAverageClustering(random.graph)!,
    );
  });

  it('stop with a flag instead of looping forever on a star (networkx never returns)', () => {
    const star = csrFromEdges(6, [0, 0, 0, 0, 0], [1, 2, 3, 4, 5]);
    const result = randomReference(star, 1, createRng(1));
    expect(result.exhausted).toBe(true);
    expect(Array.from(computeDegree(result.graph))).toEqual([5, 1, 1, 1, 1, 1]);
  });

  it.each(STRUCTURE_FIXTURES)(
    'average path length of the largest component of %s equals networkx',
    (name) => {
      const expected = STRUCTURE_REFERENCE[name].largestComponentPathLength as number;
      expect(
        Math.abs(averagePathLength(largestComponent(fixtureCsr(name))) - expected),
      ).toBeLessThanOrEqual(1e-12);
    },
  );

  it('average path length crosses 32-source batches correctly (path of 70 nodes: (n + 1) / 3)', () => {
    const n = 70;
    const path = csrFromEdges(
      n,
      Array.from({ length: n - 1 }, (_, i) => i),
      Array.from({ length: n - 1 }, (_, i) => i + 1),
    );
    expect(averagePathLength(path)).toBeCloseTo((n + 1) / 3, 12);
  });

  it('average path length equals the path graph formula (n + 1) / 3', () => {
    const path = csrFromEdges(5, [0, 1, 2, 3], [1, 2, 3, 4]);
    expect(averagePathLength(path)).toBeCloseTo(2, 12);
    expect(averagePathLength(csrFromEdges(4, [0], [1]))).toBeNaN();
  });
});

describe('computeSmallWorld', () => {
  it('uses the largest component of a disconnected graph and says so', () => {
    const csr = fixtureCsr('disconnected');
    const result = computeSmallWorld(csr, { seed: 4 });
    const component = largestComponent(csr);
    expect(result.warning).toMatch(
      /^small world: computed on the largest component \(\d+ of \d+ nodes\)/,
    );
    expect(result.sigma).toBe(computeSigma(component, { seed: 4 }));
    expect(result.omega).toBe(computeOmega(component, { seed: 4 }));
  });

  it.each(['pairs', 'single'])(
    'is null with a warning when the graph is too small (%s)',
    (name) => {
      const result = computeSmallWorld(fixtureCsr(name));
      expect(result.sigma).toBeNull();
      expect(result.omega).toBeNull();
      expect(result.warning).toMatch(/at least 4 nodes and 2 ties/);
    },
  );

  it('gives sigma 0 on the two-mode davis graph, which has no triangles (as networkx)', () => {
    // davis is two-mode: transitivity 0, random references close triangles, so σ = 0.
    const result = computeSmallWorld(fixtureCsr('davis'), { seed: 1 });
    expect(result.sigma).toBe(0);
  });
});

describe('star-like graphs', () => {
  it('report reference graphs that ran out of draws instead of hanging (a star)', () => {
    const csr = csrFromEdges(6, [0, 0, 0, 0, 0], [1, 2, 3, 4, 5]);
    let told = 0;
    expect(computeSigma(csr, { seed: 1, onExhausted: () => told++ })).toBeNull();
    expect(told).toBe(DEFAULT_SIGMA_OPTIONS.nrand);
    const result = computeSmallWorld(csr, { seed: 1 });
    expect(result.warning).toMatch(/stopped early/);
    expect(result.omega).toBeNull();
  });
});
