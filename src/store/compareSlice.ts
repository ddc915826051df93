/**
 * Compare slice: whether the compare view is open, which regions it shows (2–4, in the
 * order picked), which node metric sets the one size scale shared by every panel, and
 * which indicator the bar chart shows. The transitions are pure functions (tested
 * without React); the slice only wires them to the store.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { WorkbenchState } from './workbenchStore.ts';
import type { PeriodSpec } from '../graph/periods.ts';

export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

/** Node metrics a panel can size nodes by (non-negative, comparable across regions). */
export const COMPARE_SIZE_METRICS = [
  'betweenness',
  'degree',
  'pagerank',
  'eigenvector',
  'closeness',
] as const;
export type CompareSizeMetric = (typeof COMPARE_SIZE_METRICS)[number];

export interface CompareSettings {
  open: boolean;
  regionIds: string[];
  sizeMetric: CompareSizeMetric;
  /** Row key of the comparison table shown as a bar chart. */
  barIndicator: string;
  /** The period every panel shows (src/graph/periods.ts); null = all years. */
  period: PeriodSpec | null;
  /** Whether the year slider is stepping through the years. */
  playing: boolean;
}

export const DEFAULT_COMPARE: CompareSettings = {
  open: false,
  regionIds: [],
  sizeMetric: 'betweenness',
  barIndicator: 'density',
  period: null,
  playing: false,
};

/** The year after the period's end among `years`, or null at the last year (play stops). */
export function nextPlayYear(period: PeriodSpec | null, years: readonly number[]): number | null {
  if (years.length === 0) return null;
  if (period === null) return years[0];
  const next = years.find((y) => y > period.to);
  return next ?? null;
}

/** The same kind of period moved to end at `year` (a window keeps its length). */
export function periodAt(period: PeriodSpec | null, year: number): PeriodSpec {
  if (period === null || period.kind === 'cumulative') return { kind: 'cumulative', to: year };
  const length = period.to - period.from;
  return { kind: 'window', from: year - length, to: year };
}

/** Adds a region (up to MAX_COMPARED; a fifth pick is refused) or removes it. */
export function toggleRegion(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((other) => other !== id);
  return ids.length >= MAX_COMPARED ? [...ids] : [...ids, id];
}

/** The picked regions that are still loaded; filled with the first
 * loaded ones (up to MAX_COMPARED) when fewer than two remain. */
export function reconcileRegions(ids: readonly string[], loaded: readonly string[]): string[] {
  const kept = ids.filter((id) => loaded.includes(id));
  if (kept.length >= MIN_COMPARED) return kept;
  const fill = loaded.filter((id) => !kept.includes(id));
  return [...kept, ...fill].slice(0, MAX_COMPARED);
}

export interface CompareSlice {
  compare: CompareSettings;
  openCompare: () => void;
  closeCompare: () => void;
  toggleCompareRegion: (id: string) => void;
  setCompareSizeMetric: (metric: CompareSizeMetric) => void;
  setCompareBarIndicator: (key: string) => void;
  setComparePeriod: (period: PeriodSpec | null) => void;
  setComparePlaying: (playing: boolean) => void;
}

export const createCompareSlice: StateCreator<WorkbenchState, [], [], CompareSlice> = (set) => ({
  compare: DEFAULT_COMPARE,
  openCompare: () =>
    set((state) => ({
      compare: {
        ...state.compare,
        open: true,
        regionIds: reconcileRegions(state.compare.regionIds, state.datasetIds),
      },
    })),
  closeCompare: () => set((state) => ({ compare: { ...state.compare, open: false } })),
  toggleCompareRegion: (id) =>
    set((state) =>
      state.datasets[id] === undefined
        ? {}
        : { compare: { ...state.compare, regionIds: toggleRegion(state.compare.regionIds, id) } },
    ),
  setCompareSizeMetric: (metric) =>
    set((state) =>
      (COMPARE_SIZE_METRICS as readonly string[]).includes(metric)
        ? { compare: { ...state.compare, sizeMetric: metric } }
        : {},
    ),
  setCompareBarIndicator: (key) =>
    set((state) => ({ compare: { ...state.compare, barIndicator: key } })),
  setComparePeriod: (period) =>
    set((state) => ({
      compare: {
        ...state.compare,
        period,
        playing: period === null ? false : state.compare.playing,
      },
    })),
  setComparePlaying: (playing) => set((state) => ({ compare: { ...state.compare, playing } })),
});
