/**
 * The undoable part of the workspace and its undo/redo history (src/store/history.ts).
 *
 * Undoable: appearance (colourBy, sizeBy) and the nodes deleted from the view (a
 * per-dataset exclusion list; the dataset itself is never changed, so a deletion is
 * undone by dropping ids from the list), the filters, the look (size scale, edges,
 * labels) and the layout choice (filterSlice.ts, appearanceSlice.ts), and nodes dragged
 * by hand (`moved`, applied to the canvas by src/ui/workspace/positionsKeeper.ts), and
 * the presenter's scenes (scenesSlice.ts: adding, editing, reordering and deleting them;
 * a deleted scene comes back with undo). Changes are recorded by a store subscription (`trackHistory`), so actions of
 * other slices need not know about history; undo/redo write the snapshot back, and the
 * subscription sees it equal to `present` and records nothing.
 */
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import { createHistory, pushHistory, redoHistory, undoHistory, type History } from './history.ts';
import type { SimpleGraph } from '../model/index.ts';
import { DEFAULT_SIZE_BY, type ColourBy, type SizeBy } from './viewSlice.ts';
import { NO_FILTERS, type FilterSettings } from './filterSlice.ts';
import {
  DEFAULT_LAYOUT,
  DEFAULT_LOOK,
  type LayoutChoice,
  type LookSettings,
} from './appearanceSlice.ts';
import type { Scene } from './scenesSlice.ts';
import type { WorkbenchState } from './workbenchStore.ts';

/** Node ids deleted from the view, per dataset id. */
export type ExcludedNodes = Readonly<Record<string, readonly string[]>>;

/** Places the user dragged nodes to: view key (region + level) → node → [x, y]. */
export type MovedNodes = Readonly<
  Record<string, Readonly<Record<string, readonly [number, number]>>>
>;

export interface Undoable {
  colourBy: ColourBy;
  sizeBy: SizeBy;
  excluded: ExcludedNodes;
  /** Filters, look and layout choice (filterSlice.ts, appearanceSlice.ts): immutable objects. */
  filters: FilterSettings;
  look: LookSettings;
  layout: LayoutChoice;
  /** Nodes dragged by hand (the view applies them to the canvas; undo moves them back). */
  moved: MovedNodes;
  /** The presenter's scenes (an immutable list, replaced on every edit). */
  scenes: readonly Scene[];
}

export interface HistorySlice {
  excluded: ExcludedNodes;
  moved: MovedNodes;
  /** Records nodes dragged to new places in a view (undoable). */
  moveNodes: (view: string, points: Readonly<Record<string, readonly [number, number]>>) => void;
  /** Datasets the user loaded from files (kept in the saved workspace; samples are re-fetched). */
  userDatasetIds: string[];
  history: History<Undoable>;
  /** Deletes nodes of a dataset from the view (undoable). */
  excludeNodes: (datasetId: string, ids: readonly string[]) => void;
  /** Brings every deleted node of a dataset back (undoable). */
  restoreNodes: (datasetId: string) => void;
  markUserDataset: (id: string) => void;
  undo: () => void;
  redo: () => void;
}

export function undoableOf(state: WorkbenchState): Undoable {
  return {
    colourBy: state.colourBy,
    sizeBy: state.sizeBy,
    excluded: state.excluded,
    filters: state.filters,
    look: state.look,
    layout: state.layout,
    moved: state.moved,
    scenes: state.scenes,
  };
}

export function sameUndoable(a: Undoable, b: Undoable): boolean {
  return (
    a.colourBy === b.colourBy &&
    a.sizeBy === b.sizeBy &&
    a.excluded === b.excluded &&
    a.filters === b.filters &&
    a.look === b.look &&
    a.layout === b.layout &&
    a.moved === b.moved &&
    a.scenes === b.scenes
  );
}

const EMPTY: ExcludedNodes = {};
const NOT_MOVED: MovedNodes = {};

export const createHistorySlice: StateCreator<WorkbenchState, [], [], HistorySlice> = (
  set,
  get,
) => ({
  excluded: EMPTY,
  moved: NOT_MOVED,
  userDatasetIds: [],
  history: createHistory<Undoable>({
    colourBy: 'sector',
    sizeBy: DEFAULT_SIZE_BY,
    excluded: EMPTY,
    filters: NO_FILTERS,
    look: DEFAULT_LOOK,
    layout: DEFAULT_LAYOUT,
    moved: NOT_MOVED,
    scenes: [],
  }),
  moveNodes: (view, points) => {
    const before = get().moved[view] ?? {};
    const changed = Object.entries(points).some(
      ([node, [x, y]]) => before[node]?.[0] !== x || before[node]?.[1] !== y,
    );
    if (!changed) return;
    const merged = Object.assign(
      Object.create(null) as Record<string, readonly [number, number]>,
      before,
      points,
    );
    set({ moved: { ...get().moved, [view]: merged } });
  },
  excludeNodes: (datasetId, ids) => {
    if (ids.length === 0) return;
    const current = get().excluded[datasetId] ?? [];
    const merged = [...new Set([...current, ...ids])];
    if (merged.length === current.length) return;
    set({ excluded: { ...get().excluded, [datasetId]: merged } });
  },
  restoreNodes: (datasetId) => {
    if ((get().excluded[datasetId] ?? []).length === 0) return;
    const excluded = { ...get().excluded };
    delete excluded[datasetId];
    set({ excluded });
  },
  markUserDataset: (id) => {
    if (!get().userDatasetIds.includes(id)) set({ userDatasetIds: [...get().userDatasetIds, id] });
  },
  undo: () => {
    const history = undoHistory(get().history);
    if (history !== get().history) set({ history, ...history.present });
  },
  redo: () => {
    const history = redoHistory(get().history);
    if (history !== get().history) set({ history, ...history.present });
  },
});

/**
 * Records every change of the undoable state in the history; returns the unsubscribe.
 * `reset` starts a fresh history at the current state (after a workspace is restored).
 */
export function trackHistory(store: StoreApi<WorkbenchState>): () => void {
  store.setState({ history: createHistory(undoableOf(store.getState())) });
  return store.subscribe((state) => {
    const now = undoableOf(state);
    if (sameUndoable(now, state.history.present)) return;
    store.setState({ history: pushHistory(state.history, now, undefined, sameUndoable) });
  });
}

/** Forgets the history (the present becomes the only state), e.g. after a restore. */
export function resetHistory(store: StoreApi<WorkbenchState>): void {
  store.setState({ history: createHistory(undoableOf(store.getState())) });
}

/** The shown graph less the nodes deleted from the view (the same graph when none are). */
export function withoutExcluded(
  graph: SimpleGraph,
  ids: readonly string[] | undefined,
): SimpleGraph {
  if (ids === undefined || ids.length === 0) return graph;
  const copy = graph.copy();
  for (const id of ids) if (copy.hasNode(id)) copy.dropNode(id);
  return copy;
}
