import { describe, expect, it } from 'vitest';
import { toCsr } from '../../../src/metrics/csr.ts';
import { participationCoefficient } from '../../../src/metrics/roles/participation.ts';
import { withinModuleDegreeZ } from '../../../src/metrics/roles/withinModuleZ.ts';
import { FIXTURE_NAMES, loadFixture, loadReference } from '../helpers/fixtures.ts';

interface PartitionCase {
  weighted: boolean;
  seed: number;
  labels: number[];
  participation: (number | null)[];
  withinModuleZ: (number | null)[];
}
const reference = loadReference<{ nodes: string[]; partitions: PartitionCase[] }>('communities');
const TOLERANCE = 1e-9;

function expectColumn(actual: Float64Array, expected: (number | null)[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, i) => {
    if (value === null) expect(actual[i]).toBeNaN();
    else expect(Math.abs(actual[i] - value)).toBeLessThan(TOLERANCE);
  });
}

describe('Guimerà–Amaral roles equal an independent Python implementation on networkx partitions', () => {
  for (const name of FIXTURE_NAMES) {
    it(name, () => {
      const csr = toCsr(loadFixture(name));
      expect(csr.ids).toEqual(reference[name].nodes);
      for (const part of reference[name].partitions) {
        const options = { weighted: part.weighted };
        expectColumn(participationCoefficient(csr, part.labels, options), part.participation);
        expectColumn(withinModuleDegreeZ(csr, part.labels, options), part.withinModuleZ);
      }
    });
  }

  it('a node whose ties all stay inside its community has P = 0; an isolate has P = NaN', () => {
    const csr = toCsr(loadFixture('pairs'));
    const labels = [0, 0, 1, 1, 2];
    const p = participationCoefficient(csr, labels);
    expect(Array.from(p.slice(0, 4))).toEqual([0, 0, 0, 0]);
    expect(p[4]).toBeNaN();
    expect(Array.from(withinModuleDegreeZ(csr, labels))).toEqual([0, 0, 0, 0, 0]);
  });
});
