/**
 * The one workbench store, made of typed slices (zustand slices pattern). Built with
 * zustand/vanilla so every action is a plain function that tests call without React;
 * src/ui/useWorkbench.ts binds it to components.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAppearanceSlice, type AppearanceSlice } from './appearanceSlice.ts';
import { createCompareSlice, type CompareSlice } from './compareSlice.ts';
import { createDataSlice, type DataSlice } from './dataSlice.ts';
import { createFilterSlice, type FilterSlice } from './filterSlice.ts';
import { createHistorySlice, trackHistory, type HistorySlice } from './historySlice.ts';
import { createMetricsSlice, type MetricsComputer, type MetricsSlice } from './metricsSlice.ts';
import { createDatasetRegistry, type DatasetRegistry } from './registry.ts';
import { createScenesSlice, type ScenesSlice } from './scenesSlice.ts';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice.ts';
import { createViewSlice, type ViewSlice } from './viewSlice.ts';
import { createMetricsClient } from '../workers/metricsClient.ts';

export type WorkbenchState = DataSlice &
  ViewSlice &
  HistorySlice &
  MetricsSlice &
  SelectionSlice &
  FilterSlice &
  AppearanceSlice &
  CompareSlice &
  ScenesSlice;

export interface Workbench {
  store: StoreApi<WorkbenchState>;
  registry: DatasetRegistry;
}

export function createWorkbench(
  registry: DatasetRegistry = createDatasetRegistry(),
  // The worker client starts a worker only when metrics are asked for.
  metricsClient: MetricsComputer = createMetricsClient(),
): Workbench {
  const store = createStore<WorkbenchState>()((...args) => ({
    ...createDataSlice(registry)(...args),
    ...createViewSlice(...args),
    ...createHistorySlice(...args),
    ...createMetricsSlice(metricsClient)(...args),
    ...createSelectionSlice(...args),
    ...createFilterSlice(...args),
    ...createAppearanceSlice(...args),
    ...createCompareSlice(...args),
    ...createScenesSlice(...args),
  }));
  trackHistory(store);
  return { store, registry };
}
