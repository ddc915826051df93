import { describe, expect, it } from 'vitest';
import { csrFromEdges, toCsr } from '../../../src/metrics/csr.ts';
import { computeClusterIndicators } from '../../../src/metrics/sector/clusterIndicators.ts';
import { helixRecordsFromTies } from '../../../src/metrics/sector/helixRecordsFromTies.ts';
import { nodeEiIndex } from '../../../src/metrics/sector/nodeEiIndex.ts';
import { tripleHelixT } from '../../../src/metrics/sector/tripleHelix.ts';
import type { Helix, KnownSector, Sector } from '../../../src/model/sector.ts';
import type { SectorMixing } from '../../../src/metrics/types.ts';
import { loadFixture, loadReference } from '../helpers/fixtures.ts';

interface Variant {
  crossSectorShare: number | null;
  eiIndex: number | null;
  eiBySector: Record<KnownSector, number | null>;
  nodeEi: (number | null)[];
}
interface GraphReference {
  fixture: string;
  sectors: Sector[];
  mixing: SectorMixing;
  unweighted: Variant;
  weighted: Variant;
  sectorAssortativity: number | null;
  tieHelixT: number | null;
}
interface RecordCase {
  seed: number | null;
  records: Helix[][];
  T: number | null;
}
const reference = loadReference<unknown>('sector') as unknown as {
  graphs: Record<string, GraphReference>;
  helixRecords: RecordCase[];
};
const TOLERANCE = 1e-9;

function expectClose(actual: number | null, expected: number | null, where: string): void {
  if (expected === null) {
    expect(actual, where).toBeNull();
    return;
  }
  expect(actual, where).not.toBeNull();
  expect(Math.abs(actual! - expected), where).toBeLessThan(TOLERANCE);
}

describe('cluster indicators equal the independent Python/networkx reference', () => {
  for (const [name, ref] of Object.entries(reference.graphs)) {
    it(name, () => {
      const csr = toCsr(loadFixture(ref.fixture));
      const sectors = ref.sectors;
      for (const weighted of [false, true]) {
        const variant = weighted ? ref.weighted : ref.unweighted;
        const result = computeClusterIndicators(csr, sectors, { weighted });
        expect(result.mixing.sectors).toEqual(ref.mixing.sectors);
        expect(result.mixing.counts).toEqual(ref.mixing.counts);
        result.mixing.weights.forEach((row, i) =>
          row.forEach((w, j) => expectClose(w, ref.mixing.weights[i][j], `weights ${i} ${j}`)),
        );
        expectClose(result.crossSectorShare, variant.crossSectorShare, 'crossSectorShare');
        expectClose(result.eiIndex, variant.eiIndex, 'eiIndex');
        for (const sector of Object.keys(variant.eiBySector) as KnownSector[]) {
          expectClose(
            result.eiBySector[sector],
            variant.eiBySector[sector],
            `eiBySector ${sector}`,
          );
        }
        expectClose(result.sectorAssortativity, ref.sectorAssortativity, 'sectorAssortativity');
        expectClose(result.tripleHelixT, ref.tieHelixT, 'tripleHelixT');

        const nodeEi = nodeEiIndex(csr, sectors, { weighted });
        ref[weighted ? 'weighted' : 'unweighted'].nodeEi.forEach((value, i) => {
          if (value === null) expect(nodeEi[i]).toBeNaN();
          else expect(Math.abs(nodeEi[i] - value)).toBeLessThan(TOLERANCE);
        });
      }
    });
  }

  it('an empty graph: zero mixing matrix over the four known sectors, every indicator null', () => {
    const result = computeClusterIndicators(csrFromEdges(0, [], []), []);
    expect(result.mixing.sectors).toEqual(['academia', 'industry', 'government', 'intermediary']);
    expect(result.mixing.counts.flat().every((c) => c === 0)).toBe(true);
    expect(result.crossSectorShare).toBeNull();
    expect(result.eiIndex).toBeNull();
    expect(Object.values(result.eiBySector).every((v) => v === null)).toBe(true);
    expect(result.sectorAssortativity).toBeNull();
    expect(result.tripleHelixT).toBeNull();
  });

  it('has reference cases with unknown sectors, and unknown is listed in the mixing matrix then', () => {
    const withUnknown = Object.values(reference.graphs).filter((g) =>
      g.sectors.includes('unknown'),
    );
    expect(withUnknown.length).toBeGreaterThan(0);
    for (const ref of withUnknown) expect(ref.mixing.sectors).toContain('unknown');
  });
});

describe('tripleHelixT equals entropies computed with scipy', () => {
  reference.helixRecords.forEach((c, k) => {
    it(`record list ${k} (seed ${c.seed}, ${c.records.length} records)`, () => {
      expectClose(tripleHelixT(c.records), c.T, 'T');
    });
  });

  it('is null without records and ignores duplicate helices inside a record', () => {
    expect(tripleHelixT([])).toBeNull();
    const records: Helix[][] = [['academia', 'academia', 'industry'], ['government'], []];
    expect(tripleHelixT(records)).toBe(
      tripleHelixT([['academia', 'industry'], ['government'], []]),
    );
  });

  it('T from tie records equals the tie-based T the indicators read off the mixing matrix', () => {
    for (const ref of Object.values(reference.graphs)) {
      const csr = toCsr(loadFixture(ref.fixture));
      const fromRecords = tripleHelixT(helixRecordsFromTies(csr, ref.sectors));
      expectClose(
        fromRecords,
        computeClusterIndicators(csr, ref.sectors).tripleHelixT,
        ref.fixture,
      );
      expectClose(fromRecords, ref.tieHelixT, ref.fixture);
    }
  });

  it('tie records list the helices of both ends, intermediaries and unknown left out', () => {
    const csr = toCsr(loadFixture('pairs'));
    // pairs: a (academia) – b (industry), c (industry) – d (industry), e isolated
    expect(
      helixRecordsFromTies(csr, ['academia', 'industry', 'industry', 'industry', 'government']),
    ).toEqual([['academia', 'industry'], ['industry']]);
    expect(
      helixRecordsFromTies(csr, ['intermediary', 'unknown', 'industry', 'government', 'academia']),
    ).toEqual([[], ['industry', 'government']]);
  });
});
