/**
 * View slice: what is drawn and how. The region is a dataset id of the data slice; the
 * level says which simple graph is derived from it; colourBy and sizeBy name the node
 * attributes the stylesheet maps to colour and size.
 */
import type { StateCreator } from 'zustand/vanilla';
import { NODE_METRICS, type NodeMetricName } from '../metrics/types.ts';
import { LEVELS, type Level } from '../model/index.ts';
import type { WorkbenchState } from './workbenchStore.ts';

/** Built-in categories to colour by; `attr:<column>` colours by any categorical column. */
export const COLOUR_BY = ['sector', 'community', 'type', 'kind', 'role'] as const;
export type ColourBy = (typeof COLOUR_BY)[number] | `attr:${string}`;
/** Size by any numeric node metric (degree before metrics exist) or all alike. */
export const SIZE_BY = [
  'degree',
  'uniform',
  ...NODE_METRICS.filter(
    (name): name is Exclude<NodeMetricName, 'community' | 'degree'> =>
      name !== 'community' && name !== 'degree',
  ),
] as const;
export type SizeBy = (typeof SIZE_BY)[number];

export interface ViewSlice {
  regionId: string | null;
  level: Level;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  selectRegion: (id: string) => void;
  setLevel: (level: Level) => void;
  setColourBy: (colourBy: ColourBy) => void;
  setSizeBy: (sizeBy: SizeBy) => void;
}

export const DEFAULT_LEVEL: Level = 'organizations';
/**
 * Nodes are sized by betweenness (who bridges others) from the first picture on; until the
 * metrics worker has answered, the look falls back to degree and the legend says so.
 */
export const DEFAULT_SIZE_BY: SizeBy = 'betweenness';

export const createViewSlice: StateCreator<WorkbenchState, [], [], ViewSlice> = (set, get) => ({
  regionId: null,
  level: DEFAULT_LEVEL,
  colourBy: 'sector',
  sizeBy: DEFAULT_SIZE_BY,
  selectRegion: (id) => {
    // Only loaded datasets can be shown; anything else is a caller's mistake to ignore.
    if (get().datasets[id] !== undefined) set({ regionId: id });
  },
  setLevel: (level) => {
    if ((LEVELS as readonly string[]).includes(level)) set({ level });
  },
  setColourBy: (colourBy) => set({ colourBy }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
});
