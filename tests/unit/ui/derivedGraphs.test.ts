/**
 * derivedGraph keeps what deriveGraph gave per dataset: the same inputs give the same
 * graph object without deriving again, other inputs a new one equal to deriveGraph's,
 * and only the last KEPT results stay.
 */
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../../src/graph/levels.ts';
import { derivedGraph } from '../../../src/ui/derivedGraphs.ts';
import { DatasetBuilder } from '../graph/buildDataset.ts';

/** Three people at two organizations, ties in FY2003 and FY2007. */
function smallRegion() {
  return new DatasetBuilder()
    .organization('U1', 'academia')
    .organization('C1', 'industry')
    .person('alice', 'U1')
    .person('bob', 'U1')
    .person('dave', 'C1')
    .tie('alice', 'dave', { type: 'patent', year: 2007, weight: 2 })
    .tie('bob', 'dave', { type: 'joint_research', year: 2003 })
    .build();
}

describe('derivedGraph', () => {
  it('hands out the kept graph for the same dataset, level and filter', () => {
    const dataset = smallRegion();
    const first = derivedGraph(dataset, 'organizations');
    expect(derivedGraph(dataset, 'organizations')).toBe(first);
    expect(derivedGraph(dataset, 'organizations', undefined)).toBe(first);
    expect(first.export()).toEqual(deriveGraph(dataset, 'organizations').export());
  });

  it('derives anew for another level or filter, the same as deriveGraph', () => {
    const dataset = smallRegion();
    const organizations = derivedGraph(dataset, 'organizations');
    const people = derivedGraph(dataset, 'people');
    expect(people).not.toBe(organizations);
    expect(people.export()).toEqual(deriveGraph(dataset, 'people').export());
    const filter = { years: { from: 2005, to: 2009 } };
    const filtered = derivedGraph(dataset, 'organizations', filter);
    expect(filtered).not.toBe(organizations);
    expect(filtered.export()).toEqual(deriveGraph(dataset, 'organizations', filter).export());
  });

  it('keeps only the last two graphs of a dataset', () => {
    const dataset = smallRegion();
    const organizations = derivedGraph(dataset, 'organizations');
    derivedGraph(dataset, 'people');
    derivedGraph(dataset, 'all');
    expect(derivedGraph(dataset, 'organizations')).not.toBe(organizations);
  });
});
