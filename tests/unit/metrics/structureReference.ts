/**
 * networkx reference values of tests/reference/structure.json (scripts/reference/structure.py)
 * and helpers to compare our columns with them node by node.
 */
import { expect } from 'vitest';
import type { Csr } from '../../../src/metrics/csr.ts';
import { toCsr } from '../../../src/metrics/csr.ts';
import { loadFixture, loadReference } from '../helpers/fixtures.ts';

type Column = (number | null)[];

export interface StructureReference {
  ids: string[];
  errors: Record<string, string>;
  [metric: string]: unknown;
}

export interface SmallWorldReference {
  nodes: string[];
  edges: [string, string][];
  largestComponent: number;
  sigma: number[];
  omega: number[];
  sigmaMean: number;
  sigmaStdev: number;
  omegaMean: number;
  omegaStdev: number;
}

const file = loadReference<unknown>('structure') as unknown as {
  networkx: string;
  fixtures: Record<string, StructureReference>;
  smallWorld: Record<string, SmallWorldReference>;
};

export const NETWORKX_VERSION = file.networkx;
export const STRUCTURE_REFERENCE = file.fixtures;
export const SMALL_WORLD_REFERENCE = file.smallWorld;
export const STRUCTURE_FIXTURES = Object.keys(file.fixtures).sort();

export function fixtureCsr(name: string): Csr {
  return toCsr(loadFixture(name));
}

/** Compare a column with the reference column `metric` (null = NaN) within `tolerance`. */
export function expectColumn(
  csr: Csr,
  reference: StructureReference,
  metric: string,
  actual: Float64Array,
  tolerance: number,
): void {
  const expected = reference[metric] as Column;
  expect(expected, `reference column ${metric}`).toBeInstanceOf(Array);
  const position = new Map(reference.ids.map((id, i) => [id, i]));
  expect(actual.length).toBe(reference.ids.length);
  for (let i = 0; i < csr.n; i++) {
    const want = expected[position.get(csr.ids[i])!];
    if (want === null) expect(actual[i], `${metric} of ${csr.ids[i]}`).toBeNaN();
    else
      expect(
        Math.abs(actual[i] - want),
        `${metric} of ${csr.ids[i]}: ${actual[i]} vs ${want}`,
      ).toBeLessThanOrEqual(tolerance);
  }
}

/** Compare a graph-level value (null = undefined) within `tolerance`. */
export function expectScalar(
  actual: number | null,
  expected: number | null,
  tolerance: number,
  label: string,
): void {
  if (expected === null) expect(actual, label).toBeNull();
  else {
    expect(actual, label).not.toBeNull();
    expect(Math.abs(actual! - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
      tolerance,
    );
  }
}
