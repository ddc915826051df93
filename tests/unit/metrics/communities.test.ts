import { describe, expect, it } from 'vitest';
import { csrFromEdges, toCsr, type Csr } from '../../../src/metrics/csr.ts';
import { detectCommunities } from '../../../src/metrics/communities/detectCommunities.ts';
import { modularity } from '../../../src/metrics/communities/modularity.ts';
import { FIXTURE_NAMES, loadFixture, loadReference } from '../helpers/fixtures.ts';

interface PartitionCase {
  weighted: boolean;
  seed: number;
  labels: number[];
  modularity: Record<string, number | null>;
}
interface CommunityReference {
  nodes: string[];
  partitions: PartitionCase[];
  bestLouvainModularity: { unweighted: number | null; weighted: number | null };
  bestLouvainModularityByResolution: Record<string, number | null>;
}

const reference = loadReference<CommunityReference>('communities');
const TOLERANCE = 1e-9;

function communitiesAreConnected(csr: Csr, labels: Int32Array): boolean {
  const seen = new Uint8Array(csr.n);
  const reached = new Set<number>();
  for (let start = 0; start < csr.n; start++) {
    if (seen[start]) continue;
    const c = labels[start];
    if (reached.has(c)) return false; // a second piece of a community already visited
    reached.add(c);
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      for (let k = csr.offsets[i]; k < csr.offsets[i + 1]; k++) {
        const j = csr.targets[k];
        if (!seen[j] && labels[j] === c) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
  }
  return true;
}

describe('modularity equals networkx community.modularity on fixed partitions', () => {
  for (const name of FIXTURE_NAMES) {
    it(name, () => {
      const csr = toCsr(loadFixture(name));
      const ref = reference[name];
      expect(csr.ids).toEqual(ref.nodes);
      expect(ref.partitions.length).toBeGreaterThan(0);
      for (const part of ref.partitions) {
        for (const [resolution, expected] of Object.entries(part.modularity)) {
          const q = modularity(csr, part.labels, {
            resolution: Number(resolution),
            weighted: part.weighted,
          });
          if (expected === null) expect(q).toBeNaN();
          else expect(Math.abs(q - expected)).toBeLessThan(TOLERANCE);
        }
      }
    });
  }
});

describe('detectCommunities', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: seeded, ordered by size, isolates alone, Leiden communities connected`, () => {
      const csr = toCsr(loadFixture(name));
      for (const method of ['leiden', 'louvain'] as const) {
        for (const weighted of [false, true]) {
          const first = detectCommunities(csr, { method, weighted, seed: 7 });
          const again = detectCommunities(csr, { method, weighted, seed: 7 });
          expect(again.labels).toEqual(first.labels);

          const sizes = new Array<number>(first.count).fill(0);
          const lowest = new Array<number>(first.count).fill(Infinity);
          first.labels.forEach((c, i) => {
            sizes[c]++;
            lowest[c] = Math.min(lowest[c], i);
          });
          for (let c = 1; c < first.count; c++) {
            expect(
              sizes[c - 1] > sizes[c] || (sizes[c - 1] === sizes[c] && lowest[c - 1] < lowest[c]),
            ).toBe(true);
          }
          for (let i = 0; i < csr.n; i++) {
            if (csr.offsets[i + 1] === csr.offsets[i]) expect(sizes[first.labels[i]]).toBe(1);
          }
          const q = modularity(csr, first.labels, { weighted });
          if (csr.m === 0) expect(first.modularity).toBeNaN();
          else expect(first.modularity).toBeCloseTo(q, 12);
          if (method === 'leiden') expect(communitiesAreConnected(csr, first.labels)).toBe(true);
        }
      }
    });
  }

  for (const name of ['karate', 'lesmis', 'holmekim', 'disconnected']) {
    it(`${name}: modularity within 3% of networkx's best Louvain (quality, not identity)`, () => {
      const csr = toCsr(loadFixture(name));
      const best = reference[name].bestLouvainModularity;
      for (const weighted of [false, true]) {
        const target = (weighted ? best.weighted : best.unweighted)!;
        for (const method of ['leiden', 'louvain'] as const) {
          for (const seed of [1, 2, 3]) {
            const { modularity: q } = detectCommunities(csr, { method, weighted, seed });
            expect(q).toBeGreaterThan(target * 0.97);
          }
        }
      }
    });
  }

  for (const name of ['karate', 'lesmis', 'holmekim']) {
    it(`${name}: at resolution 0.5 and 2, Leiden's Q_γ is within 3% of networkx's best Louvain`, () => {
      const csr = toCsr(loadFixture(name));
      for (const [resolution, best] of Object.entries(
        reference[name].bestLouvainModularityByResolution,
      )) {
        const gamma = Number(resolution);
        const result = detectCommunities(csr, { resolution: gamma, seed: 1 });
        expect(result.modularity).toBeCloseTo(
          modularity(csr, result.labels, { resolution: gamma }),
          12,
        );
        expect(result.modularity).toBeGreaterThan(best! - 0.03 * Math.abs(best!));
      }
    });
  }

  it('karate: a larger resolution gives more, smaller communities', () => {
    const csr = toCsr(loadFixture('karate'));
    const coarse = detectCommunities(csr, { resolution: 0.5 });
    const fine = detectCommunities(csr, { resolution: 2 });
    expect(fine.count).toBeGreaterThan(coarse.count);
  });

  it('holmekim: the same seed gives the same labels, count and modularity', () => {
    const csr = toCsr(loadFixture('holmekim'));
    const a = detectCommunities(csr, { seed: 1 });
    const b = detectCommunities(csr, { seed: 1 });
    expect(b).toEqual(a);
  });

  it('an empty graph has no communities and no modularity', () => {
    const empty = csrFromEdges(0, [], []);
    for (const method of ['leiden', 'louvain'] as const) {
      const result = detectCommunities(empty, { method });
      expect(result.count).toBe(0);
      expect(result.labels.length).toBe(0);
      expect(result.modularity).toBeNaN();
    }
  });
});
