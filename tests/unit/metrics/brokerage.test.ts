import { describe, expect, it } from 'vitest';
import { csrFromEdges, toCsr } from '../../../src/metrics/csr.ts';
import { computeBrokerage } from '../../../src/metrics/brokerage/brokerage.ts';
import { BROKERAGE_ROLES } from '../../../src/metrics/brokerage/roles.ts';
import { loadFixture, loadReference } from '../helpers/fixtures.ts';

/** One case of scripts/reference/brokerage.R; NaN / Inf written as strings by jsonlite. */
type RValue = number | string;
interface BrokerageReference {
  fixture: string;
  nodes: string[];
  sectors: string[];
  raw: RValue[][];
  exp: RValue[][];
  sd: RValue[][];
  z: RValue[][];
  rawGli: RValue[];
  expGli: RValue[];
  sdGli: RValue[];
  zGli: RValue[];
}
const reference = loadReference<BrokerageReference>('brokerage');

function toNumber(value: RValue): number {
  if (typeof value === 'number') return value;
  return value === 'Inf' ? Infinity : value === '-Inf' ? -Infinity : NaN;
}

/** Equal within 1e-9 relative (R prints 15 significant digits), NaN and infinities exactly. */
function expectSame(actual: number, expectedValue: RValue, where: string): void {
  const expected = toNumber(expectedValue);
  if (!Number.isFinite(expected)) {
    expect(actual, where).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
}

describe('brokerage equals R sna::brokerage (undirected ties as mutual directed ties)', () => {
  for (const [name, ref] of Object.entries(reference)) {
    it(name, () => {
      const csr = toCsr(loadFixture(ref.fixture));
      expect(csr.ids).toEqual(ref.nodes);
      const result = computeBrokerage(csr, ref.sectors);
      BROKERAGE_ROLES.forEach((role, r) => {
        const columns = result.nodes[role];
        for (let i = 0; i < csr.n; i++) {
          const where = `${name} ${role} node ${ref.nodes[i]}`;
          expectSame(columns.raw[i], ref.raw[i][r], where + ' raw');
          expectSame(columns.expected[i], ref.exp[i][r], where + ' expected');
          expectSame(columns.sd[i], ref.sd[i][r], where + ' sd');
          expectSame(columns.z[i], ref.z[i][r], where + ' z');
        }
        const totals = result.network[role];
        expectSame(totals.raw, ref.rawGli[r], `${name} ${role} network raw`);
        expectSame(totals.expected, ref.expGli[r], `${name} ${role} network expected`);
        expectSame(totals.sd, ref.sdGli[r], `${name} ${role} network sd`);
        expectSame(totals.z, ref.zGli[r], `${name} ${role} network z`);
      });
    });
  }

  it('has reference cases with unknown sectors', () => {
    expect(Object.values(reference).some((ref) => ref.sectors.includes('unknown'))).toBe(true);
  });

  it('a star: the hub brokers every pair of leaves twice (both directions)', () => {
    // hub 0 (industry) with leaves 1, 2 (academia) and 3 (government)
    const csr = csrFromEdges(4, [0, 0, 0], [1, 2, 3]);
    const result = computeBrokerage(csr, ['industry', 'academia', 'academia', 'government']);
    const hub = (role: (typeof BROKERAGE_ROLES)[number]) => result.nodes[role].raw[0];
    expect(hub('consultant')).toBe(2); // 1 → 0 → 2 and 2 → 0 → 1
    expect(hub('liaison')).toBe(4); // 1 → 0 → 3, 3 → 0 → 1, 2 → 0 → 3, 3 → 0 → 2
    expect(hub('coordinator') + hub('representative') + hub('gatekeeper')).toBe(0);
    expect(hub('total')).toBe(6);
    expect(Array.from(result.nodes.total.raw.slice(1))).toEqual([0, 0, 0]);
  });
});
