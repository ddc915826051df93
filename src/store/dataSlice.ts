/**
 * Data slice: which datasets are loaded (plain ids, names, summaries and a version
 * counter per dataset; the graphs themselves live in the registry) and the progress of
 * the running import.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Dataset } from '../model/index.ts';
import type { DatasetRegistry } from './registry.ts';
import { summarizeDataset, type DatasetSummary } from './summary.ts';
import type { WorkbenchState } from './workbenchStore.ts';

/**
 * A region's description from sample-data/index.json (or a file the user opened); the
 * `Ja` fields are the Japanese versions, shown in the Japanese interface.
 */
export interface DatasetMeta {
  name: string;
  nameJa?: string;
  theme?: string;
  themeJa?: string;
  description?: string;
  descriptionJa?: string;
}

export interface DatasetEntry extends DatasetMeta {
  id: string;
  /** Bumped whenever the dataset's graph changes, so derived views recompute. */
  version: number;
  summary: DatasetSummary;
}

export interface LoadState {
  status: 'idle' | 'loading' | 'done' | 'error';
  /** 0..1 over the whole load (all regions). */
  fraction: number;
  step: string;
  /** One message per failed region or file, starting with where it comes from. */
  errors: string[];
}

export interface DataSlice {
  datasetIds: string[];
  datasets: Record<string, DatasetEntry>;
  load: LoadState;
  addDataset: (id: string, dataset: Dataset, meta: DatasetMeta) => void;
  removeDataset: (id: string) => void;
  startLoad: (step: string) => void;
  reportLoadProgress: (fraction: number, step: string) => void;
  reportLoadError: (message: string) => void;
  finishLoad: () => void;
}

export const IDLE_LOAD: LoadState = { status: 'idle', fraction: 0, step: '', errors: [] };

export function createDataSlice(
  registry: DatasetRegistry,
): StateCreator<WorkbenchState, [], [], DataSlice> {
  return (set) => ({
    datasetIds: [],
    datasets: {},
    load: IDLE_LOAD,
    addDataset: (id, dataset, meta) => {
      registry.set(id, dataset);
      set((state) => {
        const previous = state.datasets[id];
        const entry: DatasetEntry = {
          ...meta,
          id,
          version: (previous?.version ?? 0) + 1,
          summary: summarizeDataset(dataset),
        };
        return {
          datasets: { ...state.datasets, [id]: entry },
          datasetIds: previous ? state.datasetIds : [...state.datasetIds, id],
          // The first dataset to arrive is shown, so the page is never empty.
          regionId: state.regionId ?? id,
        };
      });
    },
    removeDataset: (id) => {
      registry.delete(id);
      set((state) => {
        const datasets = { ...state.datasets };
        delete datasets[id];
        const datasetIds = state.datasetIds.filter((other) => other !== id);
        return {
          datasets,
          datasetIds,
          regionId: state.regionId === id ? (datasetIds[0] ?? null) : state.regionId,
        };
      });
    },
    startLoad: (step) => set({ load: { status: 'loading', fraction: 0, step, errors: [] } }),
    reportLoadProgress: (fraction, step) =>
      set((state) => ({
        load: { ...state.load, fraction: Math.min(1, Math.max(0, fraction)), step },
      })),
    reportLoadError: (message) =>
      set((state) => ({ load: { ...state.load, errors: [...state.load.errors, message] } })),
    finishLoad: () =>
      set((state) => ({
        load: {
          ...state.load,
          status: state.load.errors.length > 0 ? 'error' : 'done',
          fraction: 1,
          step: '',
        },
      })),
  });
}
