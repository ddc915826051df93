/**
 * Filter slice: what part of the shown region is drawn. Two layers, as in the model:
 * - tie filters (fiscal-year range, collaboration types) act on the dataset's ties and go
 *   to deriveGraph's TieFilter (`tieFilterOf`);
 * - view filters act on the derived simple graph (src/graph/viewFilters.ts).
 * The settings are one immutable object, replaced on every change, so the history slice
 * records them by reference (undo/redo) and the metrics slice keys results by them
 * (`filterSettingsKey`). `null`/absent means "no restriction"; `resetFilters` clears all.
 * A community filter keeps a snapshot of the community of every node taken when it is
 * set (`communityMap`), so recomputing metrics on the filtered graph (which renumbers
 * communities) does not change what the filter keeps.
 */
import type { StateCreator } from 'zustand/vanilla';
import { hasViewFilters, type ViewFilters } from '../graph/viewFilters.ts';
import type { TieFilter } from '../model/index.ts';
import type { WorkbenchState } from './workbenchStore.ts';

export interface FilterSettings {
  /** Inclusive fiscal-year range of the ties (null: all years, undated ties included). */
  years: { from: number; to: number } | null;
  /** Collaboration types of the ties to keep (null: all). */
  tieTypes: readonly string[] | null;
  view: ViewFilters;
  /** Community of each node when the community filter was set (null: no such filter). */
  communityMap: Readonly<Record<string, number>> | null;
}

export const NO_FILTERS: FilterSettings = {
  years: null,
  tieTypes: null,
  view: {},
  communityMap: null,
};

export interface FilterSlice {
  filters: FilterSettings;
  setYearRange: (years: { from: number; to: number } | null) => void;
  setTieTypes: (types: readonly string[] | null) => void;
  /** Sets one view filter; `undefined` removes it. */
  setViewFilter: <K extends keyof ViewFilters>(key: K, value: ViewFilters[K]) => void;
  /** Keeps the given communities (null: all) of the snapshot `communityOf`. */
  setCommunities: (
    communities: readonly number[] | null,
    communityOf: Readonly<Record<string, number>> | null,
  ) => void;
  resetFilters: () => void;
}

/** The community lookup applyViewFilters needs, from the snapshot. */
export function communityLookup(
  filters: FilterSettings,
): ((key: string) => number | undefined) | undefined {
  const map = filters.communityMap;
  if (map === null) return undefined;
  return (key) => (Object.hasOwn(map, key) ? map[key] : undefined);
}

/** The tie filter for deriveGraph (undefined when it restricts nothing). */
export function tieFilterOf(filters: FilterSettings): TieFilter | undefined {
  if (filters.years === null && filters.tieTypes === null) return undefined;
  const filter: TieFilter = {};
  if (filters.years !== null) {
    filter.years = { ...filters.years };
    // A year range means "ties of those years": undated ties cannot be placed in it.
    filter.keepUndated = false;
  }
  if (filters.tieTypes !== null) filter.types = [...filters.tieTypes];
  return filter;
}

export function hasFilters(filters: FilterSettings): boolean {
  return filters.years !== null || filters.tieTypes !== null || hasViewFilters(filters.view);
}

/** A stable text for the settings ('' when nothing is filtered), for cache keys. */
export function filterSettingsKey(filters: FilterSettings): string {
  if (!hasFilters(filters)) return '';
  const view = Object.entries(filters.view)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, Array.isArray(value) ? [...(value as unknown[])].sort() : value])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.stringify([
    filters.years,
    filters.tieTypes === null ? null : [...filters.tieTypes].sort(),
    view,
  ]);
}

/** Labels of the sectors in the summary. */
function list(values: readonly (string | number)[]): string {
  return values.length === 0 ? 'none' : values.join(', ');
}

/** One short phrase per active filter, in the order they are applied. */
export function describeFilters(filters: FilterSettings): string[] {
  const parts: string[] = [];
  if (filters.years !== null) parts.push(`FY${filters.years.from}–FY${filters.years.to}`);
  if (filters.tieTypes !== null) parts.push(`tie types: ${list(filters.tieTypes)}`);
  const v = filters.view;
  if (v.sectors !== undefined) parts.push(`sectors: ${list(v.sectors)}`);
  if (v.nodeTypes !== undefined) parts.push(`node types: ${list(v.nodeTypes)}`);
  if (v.communities !== undefined)
    parts.push(`communities: ${list(v.communities.map((c) => c + 1))}`);
  if (v.minWeight !== undefined && v.minWeight > 0) parts.push(`tie weight ≥ ${v.minWeight}`);
  if (v.minDegree !== undefined && v.minDegree > 0) parts.push(`degree ≥ ${v.minDegree}`);
  if (v.kCore !== undefined && v.kCore > 0) parts.push(`${v.kCore}-core`);
  if (v.largestComponentOnly === true) parts.push('largest component only');
  if (v.hideIsolates === true) parts.push('isolates hidden');
  return parts;
}

/** Toggles a value in a "keep these" list; null/undefined (= all of `all`) starts full. */
export function toggleInList<T>(
  current: readonly T[] | null | undefined,
  value: T,
  all: readonly T[],
): T[] | undefined {
  const base = current ?? all;
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  // Everything ticked again means no restriction.
  return all.every((v) => next.includes(v)) ? undefined : all.filter((v) => next.includes(v));
}

export const createFilterSlice: StateCreator<WorkbenchState, [], [], FilterSlice> = (set, get) => ({
  filters: NO_FILTERS,
  setYearRange: (years) => {
    const valid =
      years === null ||
      (Number.isInteger(years.from) && Number.isInteger(years.to) && years.from <= years.to);
    if (valid) set({ filters: { ...get().filters, years: years === null ? null : { ...years } } });
  },
  setTieTypes: (types) =>
    set({ filters: { ...get().filters, tieTypes: types === null ? null : [...types] } }),
  setViewFilter: (key, value) => {
    const view: ViewFilters = { ...get().filters.view };
    if (value === undefined) delete view[key];
    else view[key] = value;
    set({ filters: { ...get().filters, view } });
  },
  setCommunities: (communities, communityOf) => {
    const view: ViewFilters = { ...get().filters.view };
    if (communities === null || communityOf === null) {
      delete view.communities;
      set({ filters: { ...get().filters, view, communityMap: null } });
      return;
    }
    view.communities = [...communities];
    const communityMap = get().filters.communityMap ?? communityOf;
    set({ filters: { ...get().filters, view, communityMap } });
  },
  resetFilters: () => {
    if (hasFilters(get().filters)) set({ filters: NO_FILTERS });
  },
});

/**
 * The view filters that mean the same in every region, for the compare view: all but the
 * community filter, whose community numbers belong to one region's partition.
 */
export function sharedViewFilters(filters: FilterSettings): ViewFilters {
  return { ...filters.view, communities: undefined };
}
