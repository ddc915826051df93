import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import {
  cumulativePeriods,
  datasetYears,
  derivePeriodGraph,
  periodFilter,
  periodIncludes,
  periodLabel,
  yearlyPeriods,
} from '../../../src/graph/periods.ts';
import { compileTieFilter } from '../../../src/graph/tieFilter.ts';
import type { Dataset, EdgeAttributes, NodeAttributes, Sector } from '../../../src/model/index.ts';
import { emptyReport } from '../../../src/model/index.ts';

/** Four organizations; ties a–b 2003, b–c 2005 (two ties), c–d undated, a–d 2007 patent. */
function tinyDataset(): Dataset {
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes>();
  const sectors: Record<string, Sector> = {
    a: 'academia',
    b: 'industry',
    c: 'industry',
    d: 'government',
  };
  for (const [id, sector] of Object.entries(sectors))
    graph.addNode(id, { kind: 'organization', label: id, sector, attributes: {} });
  const tie = (s: string, t: string, year: number | null, type = 'joint_research') =>
    graph.addEdge(s, t, { kind: 'collaboration', type, year, weight: 1, attributes: {} });
  tie('a', 'b', 2003);
  tie('b', 'c', 2005);
  tie('c', 'b', 2005);
  tie('c', 'd', null);
  tie('a', 'd', 2007, 'patent');
  return { id: 'tiny', name: 'tiny', format: 'cluster', graph, report: emptyReport() };
}

const tie = (year: number | null, type = 'joint_research'): EdgeAttributes => ({
  kind: 'collaboration',
  type,
  year,
  weight: 1,
  attributes: {},
});

describe('periods', () => {
  it('lists the distinct dated years ascending', () => {
    expect(datasetYears(tinyDataset())).toEqual([2003, 2005, 2007]);
  });

  it('cumulative periods take every year up to Y, windows both ends inclusive, undated never', () => {
    const upTo2005 = compileTieFilter(periodFilter({ kind: 'cumulative', to: 2005 }));
    expect([1990, 2003, 2005, 2006].map((y) => upTo2005(tie(y)))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(upTo2005(tie(null))).toBe(false);
    const window = compileTieFilter(periodFilter({ kind: 'window', from: 2004, to: 2006 }));
    expect([2003, 2004, 2006, 2007].map((y) => window(tie(y)))).toEqual([false, true, true, false]);
    expect(JSON.parse(JSON.stringify(periodFilter({ kind: 'cumulative', to: 2005 })))).toEqual(
      periodFilter({ kind: 'cumulative', to: 2005 }),
    );
  });

  it('keeps the base filter types', () => {
    const filter = compileTieFilter(
      periodFilter({ kind: 'window', from: 2000, to: 2010 }, { types: ['patent'] }),
    );
    expect(filter(tie(2005, 'patent'))).toBe(true);
    expect(filter(tie(2005, 'joint_research'))).toBe(false);
  });

  it('labels and membership', () => {
    expect(periodLabel({ kind: 'cumulative', to: 2005 })).toBe('≤ FY2005');
    expect(periodLabel({ kind: 'window', from: 2002, to: 2006 })).toBe('FY2002–2006');
    expect(periodLabel({ kind: 'window', from: 2004, to: 2004 })).toBe('FY2004');
    expect(periodIncludes({ kind: 'cumulative', to: 2005 }, 1999)).toBe(true);
    expect(periodIncludes({ kind: 'window', from: 2003, to: 2005 }, 2002)).toBe(false);
    expect(cumulativePeriods([2003, 2005])).toEqual([
      { kind: 'cumulative', to: 2003 },
      { kind: 'cumulative', to: 2005 },
    ]);
    expect(yearlyPeriods([2003])).toEqual([{ kind: 'window', from: 2003, to: 2003 }]);
  });

  it('a period graph holds only the nodes with a tie in the period', () => {
    const dataset = tinyDataset();
    const g2003 = derivePeriodGraph(dataset, 'organizations', { kind: 'cumulative', to: 2003 });
    expect(g2003.nodes().sort()).toEqual(['a', 'b']);
    const g2005 = derivePeriodGraph(dataset, 'organizations', {
      kind: 'window',
      from: 2004,
      to: 2005,
    });
    expect(g2005.nodes().sort()).toEqual(['b', 'c']);
    expect(g2005.getEdgeAttribute(g2005.edges()[0], 'count')).toBe(2);
    const all = derivePeriodGraph(dataset, 'organizations', { kind: 'cumulative', to: 2009 });
    expect(all.order).toBe(4); // d is active through the dated a–d tie, not the undated c–d
    expect(all.size).toBe(3);
    expect(all.hasEdge('c', 'd')).toBe(false);
  });
});
