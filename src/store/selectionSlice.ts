/**
 * Selection slice: the selected actor and what the canvas emphasises around it.
 *
 * - selectNode(id) selects an actor (null clears). While a path target is being picked
 *   (focus 'pick-path'), selecting another actor makes it the path's target instead.
 * - showEgo(depth) shows the selected actor's 1- or 2-step ego network; showPathPick()
 *   waits for a second actor; clearFocus() leaves either mode.
 * - The node sets to emphasise are computed by the UI (src/ui/paths, breadth-first search
 *   on the shown graph, outside render) and handed in with setHighlight: the store holds
 *   plain ids, never the graph.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { WorkbenchState } from './workbenchStore.ts';

export type FocusMode = 'none' | 'ego' | 'pick-path' | 'path';

export interface Highlight {
  /** Nodes kept in full colour; everything else fades. */
  nodes: string[];
  /** For a path: its nodes in order (consecutive pairs are the path's ties). */
  path: string[] | null;
}

export interface SelectionSlice {
  selectedNode: string | null;
  focusMode: FocusMode;
  egoDepth: 1 | 2;
  pathTarget: string | null;
  /** null while nothing is emphasised or while it is being computed. */
  highlight: Highlight | null;
  /** For focus 'path' once computed: false when the target cannot be reached. */
  pathFound: boolean | null;
  selectNode: (id: string | null) => void;
  showEgo: (depth: 1 | 2) => void;
  showPathPick: () => void;
  clearFocus: () => void;
  setHighlight: (highlight: Highlight | null, pathFound?: boolean | null) => void;
}

const NO_FOCUS = {
  focusMode: 'none' as FocusMode,
  pathTarget: null,
  highlight: null,
  pathFound: null,
};

export const createSelectionSlice: StateCreator<WorkbenchState, [], [], SelectionSlice> = (
  set,
  get,
) => ({
  selectedNode: null,
  egoDepth: 1,
  ...NO_FOCUS,
  selectNode: (id) => {
    const state = get();
    if (id === null) {
      set({ selectedNode: null, ...NO_FOCUS });
      return;
    }
    if (state.focusMode === 'pick-path' && state.selectedNode !== null) {
      if (id !== state.selectedNode)
        set({ focusMode: 'path', pathTarget: id, highlight: null, pathFound: null });
      return;
    }
    if (id === state.selectedNode) return;
    // A new actor keeps an ego view (recentred), but a path belongs to its two ends.
    if (state.focusMode === 'ego') set({ selectedNode: id, highlight: null });
    else set({ selectedNode: id, ...NO_FOCUS });
  },
  showEgo: (depth) => {
    if (get().selectedNode === null) return;
    set({ focusMode: 'ego', egoDepth: depth, pathTarget: null, highlight: null, pathFound: null });
  },
  showPathPick: () => {
    if (get().selectedNode === null) return;
    set({ focusMode: 'pick-path', pathTarget: null, highlight: null, pathFound: null });
  },
  clearFocus: () => set(NO_FOCUS),
  setHighlight: (highlight, pathFound = null) => set({ highlight, pathFound }),
});
