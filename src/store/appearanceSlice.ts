/**
 * Appearance slice: how the drawn graph looks beyond colourBy/sizeBy (view slice) — the
 * size scale and range, edge width and colour, how many labels — and which layout
 * places the nodes. `look` and `layout` are immutable objects replaced on change, so the
 * history slice records them (undo/redo). `layoutRun` is the running layout's progress
 * (not undoable; the layout panel and GraphCanvas report into it).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { WorkbenchState } from './workbenchStore.ts';

export const SIZE_SCALES = ['linear', 'sqrt', 'log'] as const;
export type SizeScale = (typeof SIZE_SCALES)[number];

export interface LookSettings {
  sizeScale: SizeScale;
  /** Smallest and largest node diameter (model units = pixels at zoom 1). */
  sizeMin: number;
  sizeMax: number;
  /** Edge width by merged tie weight, or all alike. */
  edgeWidth: 'weight' | 'uniform';
  /** Edge colour by collaboration type, or one neutral grey. */
  edgeColour: 'none' | 'type';
  /** How many nodes get a permanent label (the top N by labelBy). */
  labelCount: number;
  /** Node metric that ranks the labelled nodes ('degree' before metrics exist). */
  labelBy: string;
}

export const DEFAULT_LOOK: LookSettings = {
  sizeScale: 'sqrt',
  sizeMin: 8,
  sizeMax: 36,
  edgeWidth: 'weight',
  edgeColour: 'none',
  labelCount: 8,
  labelBy: 'degree',
};

export const LAYOUT_NAMES = ['forceAtlas2', 'fcose', 'concentric', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface LayoutChoice {
  name: LayoutName;
  /** Concentric: the node metric that decides the ring (highest in the centre). */
  metric: string;
  /** Circle: nodes grouped along the circle by community or sector. */
  groupBy: 'community' | 'sector';
  /** Bumped by "run again" so the same choice can be re-applied. */
  run: number;
}

export const DEFAULT_LAYOUT: LayoutChoice = {
  name: 'forceAtlas2',
  metric: 'degree',
  groupBy: 'sector',
  run: 0,
};

export interface LayoutRun {
  status: 'idle' | 'running' | 'done' | 'stopped' | 'error';
  fraction: number;
  step: string;
}

export interface AppearanceSlice {
  look: LookSettings;
  layout: LayoutChoice;
  layoutRun: LayoutRun;
  setLook: (change: Partial<LookSettings>) => void;
  setLayout: (change: Partial<Omit<LayoutChoice, 'run'>>) => void;
  rerunLayout: () => void;
  reportLayout: (run: LayoutRun) => void;
}

/** The look with a change applied, its numbers clamped to sane ranges. */
export function nextLook(look: LookSettings, change: Partial<LookSettings>): LookSettings {
  const next = { ...look, ...change };
  const clamp = (v: number, lo: number, hi: number, fallback: number) =>
    Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback;
  next.sizeMin = clamp(next.sizeMin, 2, 80, look.sizeMin);
  next.sizeMax = clamp(next.sizeMax, next.sizeMin, 160, Math.max(look.sizeMax, next.sizeMin));
  next.labelCount = Math.round(clamp(next.labelCount, 0, 500, look.labelCount));
  if (!(SIZE_SCALES as readonly string[]).includes(next.sizeScale)) next.sizeScale = look.sizeScale;
  return next;
}

export const createAppearanceSlice: StateCreator<WorkbenchState, [], [], AppearanceSlice> = (
  set,
  get,
) => ({
  look: DEFAULT_LOOK,
  layout: DEFAULT_LAYOUT,
  layoutRun: { status: 'idle', fraction: 0, step: '' },
  setLook: (change) => {
    const next = nextLook(get().look, change);
    const same = (Object.keys(next) as (keyof LookSettings)[]).every(
      (key) => next[key] === get().look[key],
    );
    if (!same) set({ look: next });
  },
  setLayout: (change) => {
    const layout = { ...get().layout, ...change };
    if (!(LAYOUT_NAMES as readonly string[]).includes(layout.name)) return;
    set({ layout: { ...layout, run: get().layout.run + 1 } });
  },
  rerunLayout: () => set({ layout: { ...get().layout, run: get().layout.run + 1 } }),
  reportLayout: (layoutRun) => set({ layoutRun }),
});
