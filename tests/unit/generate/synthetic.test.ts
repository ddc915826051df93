import { describe, expect, it } from 'vitest';
import { tablesToCsv, csvField } from '../../../src/cli/generate/csv.ts';
import { createRng } from '../../../src/cli/generate/random.ts';
import { generateSynthetic } from '../../../src/cli/generate/synthetic.ts';
import { parseCsv } from './parse.ts';

describe('generateSynthetic', () => {
  it('gives exactly the requested sizes, with organizations defaulting to people / 10', () => {
    const tables = generateSynthetic({ people: 2000, ties: 10000, seed: 7 });
    expect(tables.people).toHaveLength(2000);
    expect(tables.organizations).toHaveLength(200);
    expect(tables.collaborations).toHaveLength(10000);
    expect(
      generateSynthetic({ people: 300, ties: 50, organizations: 12 }).organizations,
    ).toHaveLength(12);
  });

  it('writes rows that all import: known ends, no self-ties, years 2002–2009, every organization staffed', () => {
    const csv = tablesToCsv(
      generateSynthetic({ people: 500, ties: 3000, organizations: 40, seed: 3 }),
    );
    const people = parseCsv(csv['people.csv']).rows;
    const organizations = parseCsv(csv['organizations.csv']).rows;
    const ties = parseCsv(csv['collaborations.csv']).rows;
    const personIds = new Set(people.map((p) => p.id));
    const orgIds = new Set(organizations.map((o) => o.id));
    expect(ties).toHaveLength(3000);
    expect(
      ties.every(
        (t) => personIds.has(t.source) && personIds.has(t.target) && t.source !== t.target,
      ),
    ).toBe(true);
    expect(ties.every((t) => Number(t.year) >= 2002 && Number(t.year) <= 2009)).toBe(true);
    expect(people.every((p) => orgIds.has(p.organization))).toBe(true);
    expect(new Set(people.map((p) => p.organization)).size).toBe(40);
    expect(Object.keys(csv).sort()).toEqual([
      'collaborations.csv',
      'organizations.csv',
      'people.csv',
    ]);
    expect(organizations.filter((o) => o.type === 'cluster headquarters')).toHaveLength(1);
  });

  it('is reproducible from its seed and differs between seeds', () => {
    const a = tablesToCsv(generateSynthetic({ people: 400, ties: 1000, seed: 11 }));
    const b = tablesToCsv(generateSynthetic({ people: 400, ties: 1000, seed: 11 }));
    const c = tablesToCsv(generateSynthetic({ people: 400, ties: 1000, seed: 12 }));
    expect(a).toEqual(b);
    expect(c['collaborations.csv']).not.toBe(a['collaborations.csv']);
  });
});

describe('CSV writing', () => {
  it('quotes commas, quotes and line breaks so a CSV reader gets the value back', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', '株式会社,北辰', ''];
    for (const value of values) {
      const { rows } = parseCsv(`v,w\n${csvField(value)},x\n`);
      expect(rows[0].v).toBe(value);
    }
    expect(csvField('plain')).toBe('plain');
  });
});

describe('createRng', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRng(43).next()).not.toBe(xs[0]);
  });

  it('is roughly uniform (chi-square over 10 bins, 10,000 draws, p > 0.001)', () => {
    const rng = createRng(2024);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 10000; i++) bins[rng.int(0, 9)]++;
    const chi2 = bins.reduce((s, n) => s + (n - 1000) ** 2 / 1000, 0);
    expect(chi2).toBeLessThan(27.88); // χ²(9) critical value at p = 0.001
  });

  it('samples distinct elements and weights picks by weight', () => {
    const rng = createRng(5);
    const sample = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    let ones = 0;
    for (let i = 0; i < 4000; i++) if (rng.weightedIndex([1, 3, 0]) === 1) ones++;
    expect(ones / 4000).toBeCloseTo(0.75, 1); // tolerance ±0.05
  });
});
