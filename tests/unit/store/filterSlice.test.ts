import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/store/index.ts';
import {
  describeFilters,
  filterSettingsKey,
  communityLookup,
  hasFilters,
  NO_FILTERS,
  tieFilterOf,
  toggleInList,
} from '../../../src/store/filterSlice.ts';
import type { MetricsComputer } from '../../../src/store/metricsSlice.ts';

const idleMetrics: MetricsComputer = {
  computeMetrics: () => new Promise(() => undefined),
  cached: () => undefined,
};

function store() {
  return createWorkbench(undefined, idleMetrics).store;
}

describe('filter slice', () => {
  it('starts unfiltered and describes nothing', () => {
    const s = store().getState();
    expect(s.filters).toBe(NO_FILTERS);
    expect(hasFilters(s.filters)).toBe(false);
    expect(describeFilters(s.filters)).toEqual([]);
    expect(filterSettingsKey(s.filters)).toBe('');
    expect(tieFilterOf(s.filters)).toBeUndefined();
  });

  it('a year range and tie types become a TieFilter that drops undated ties', () => {
    const st = store();
    st.getState().setYearRange({ from: 2004, to: 2006 });
    st.getState().setTieTypes(['patent', 'joint_research']);
    expect(tieFilterOf(st.getState().filters)).toEqual({
      years: { from: 2004, to: 2006 },
      keepUndated: false,
      types: ['patent', 'joint_research'],
    });
    expect(describeFilters(st.getState().filters)).toEqual([
      'FY2004–FY2006',
      'tie types: patent, joint_research',
    ]);
  });

  it('refuses an inverted year range', () => {
    const st = store();
    st.getState().setYearRange({ from: 2007, to: 2003 });
    expect(st.getState().filters.years).toBeNull();
  });

  it('view filters are set, described in order of application and removed', () => {
    const st = store();
    st.getState().setViewFilter('hideIsolates', true);
    st.getState().setViewFilter('kCore', 2);
    st.getState().setViewFilter('sectors', ['industry']);
    expect(describeFilters(st.getState().filters)).toEqual([
      'sectors: industry',
      '2-core',
      'isolates hidden',
    ]);
    st.getState().setViewFilter('kCore', undefined);
    expect('kCore' in st.getState().filters.view).toBe(false);
  });

  it('the key ignores order of list values and changes with every filter', () => {
    const st = store();
    st.getState().setViewFilter('sectors', ['industry', 'academia']);
    const a = filterSettingsKey(st.getState().filters);
    st.getState().setViewFilter('sectors', ['academia', 'industry']);
    expect(filterSettingsKey(st.getState().filters)).toBe(a);
    st.getState().setViewFilter('minWeight', 2);
    expect(filterSettingsKey(st.getState().filters)).not.toBe(a);
  });

  it('reset clears everything; filter changes are undone and redone', () => {
    const st = store();
    st.getState().setViewFilter('hideIsolates', true);
    st.getState().setYearRange({ from: 2002, to: 2005 });
    st.getState().resetFilters();
    expect(st.getState().filters).toBe(NO_FILTERS);
    st.getState().undo();
    expect(st.getState().filters.years).toEqual({ from: 2002, to: 2005 });
    expect(st.getState().filters.view.hideIsolates).toBe(true);
    st.getState().undo();
    expect(st.getState().filters.years).toBeNull();
    st.getState().redo();
    st.getState().redo();
    expect(st.getState().filters).toBe(NO_FILTERS);
  });
});

describe('community filter', () => {
  it('keeps the community snapshot taken when it was set, until it is cleared', () => {
    const st = store();
    const first = Object.assign(Object.create(null) as Record<string, number>, { a: 0, b: 1 });
    st.getState().setCommunities([1], first);
    // Metrics recomputed on the filtered graph renumber communities: the snapshot stays.
    st.getState().setCommunities([0, 1], { a: 5, b: 5 });
    const lookup = communityLookup(st.getState().filters)!;
    expect([lookup('a'), lookup('b'), lookup('c'), lookup('toString')]).toEqual([
      0,
      1,
      undefined,
      undefined,
    ]);
    expect(describeFilters(st.getState().filters)).toEqual(['communities: 1, 2']);
    st.getState().setCommunities(null, null);
    expect(st.getState().filters.communityMap).toBeNull();
    expect(communityLookup(st.getState().filters)).toBeUndefined();
  });
});

describe('toggleInList', () => {
  const all = ['a', 'b', 'c'];
  it('unticking from "all" keeps the others; ticking all again means no restriction', () => {
    expect(toggleInList(undefined, 'b', all)).toEqual(['a', 'c']);
    expect(toggleInList(['a', 'c'], 'b', all)).toBeUndefined();
    expect(toggleInList(['a'], 'a', all)).toEqual([]);
  });
});
