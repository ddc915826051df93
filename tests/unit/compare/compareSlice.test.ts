import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import {
  MAX_COMPARED,
  nextPlayYear,
  periodAt,
  reconcileRegions,
  toggleRegion,
} from '../../../src/store/compareSlice.ts';
import { createWorkbench } from '../../../src/store/index.ts';
import { createDatasetRegistry } from '../../../src/store/registry.ts';
import type { MetricsComputer } from '../../../src/store/metricsSlice.ts';
import { emptyReport, type Dataset } from '../../../src/model/index.ts';

const never = {} as MetricsComputer;

function dataset(id: string): Dataset {
  return { id, name: id, format: 'cluster', graph: new MultiGraph(), report: emptyReport() };
}

describe('compare region picks', () => {
  it('toggles regions, refusing a fifth', () => {
    let ids: string[] = [];
    for (const id of ['a', 'b', 'c', 'd', 'e']) ids = toggleRegion(ids, id);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(ids).toHaveLength(MAX_COMPARED);
    expect(toggleRegion(ids, 'b')).toEqual(['a', 'c', 'd']);
  });

  it('keeps picks that are still loaded and fills up when fewer than two remain', () => {
    expect(reconcileRegions(['c', 'x', 'a'], ['a', 'b', 'c'])).toEqual(['c', 'a']);
    expect(reconcileRegions(['x'], ['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'b', 'c', 'd']);
    expect(reconcileRegions(['b'], ['a', 'b'])).toEqual(['b', 'a']);
    expect(reconcileRegions([], ['a'])).toEqual(['a']);
  });

  it('the slice opens with loaded regions, ignores unknown ids and metrics', () => {
    const { store } = createWorkbench(createDatasetRegistry(), never);
    for (const id of ['s', 't', 'u']) store.getState().addDataset(id, dataset(id), { name: id });
    store.getState().openCompare();
    expect(store.getState().compare.open).toBe(true);
    expect(store.getState().compare.regionIds).toEqual(['s', 't', 'u']);
    store.getState().toggleCompareRegion('nope');
    store.getState().toggleCompareRegion('t');
    expect(store.getState().compare.regionIds).toEqual(['s', 'u']);
    store.getState().setCompareSizeMetric('degree');
    store.getState().setCompareSizeMetric('community' as never);
    expect(store.getState().compare.sizeMetric).toBe('degree');
    store.getState().closeCompare();
    expect(store.getState().compare.open).toBe(false);
  });
});

describe('year slider steps', () => {
  const years = [2002, 2003, 2005];
  it('plays from the first year to the last, then stops', () => {
    expect(nextPlayYear(null, years)).toBe(2002);
    expect(nextPlayYear({ kind: 'cumulative', to: 2003 }, years)).toBe(2005);
    expect(nextPlayYear({ kind: 'cumulative', to: 2005 }, years)).toBeNull();
    expect(nextPlayYear(null, [])).toBeNull();
  });
  it('moves a period to a year keeping its kind and window length', () => {
    expect(periodAt(null, 2004)).toEqual({ kind: 'cumulative', to: 2004 });
    expect(periodAt({ kind: 'window', from: 2002, to: 2003 }, 2006)).toEqual({
      kind: 'window',
      from: 2005,
      to: 2006,
    });
  });
});
