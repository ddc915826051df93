/**
 * The one workbench store, made of typed slices (zustand slices pattern). Built with
 * zustand/vanilla so every action is a plain function that tests call without React;
 * src/ui/useWorkbench.ts binds it to components.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDataSlice, type DataSlice } from './dataSlice.ts';
import { createHistorySlice, trackHistory, type HistorySlice } from './historySlice.ts';
import { createDatasetRegistry, type DatasetRegistry } from './registry.ts';
import { createViewSlice, type ViewSlice } from './viewSlice.ts';

export type WorkbenchState = DataSlice & ViewSlice & HistorySlice;

export interface Workbench {
  store: StoreApi<WorkbenchState>;
  registry: DatasetRegistry;
}

export function createWorkbench(registry: DatasetRegistry = createDatasetRegistry()): Workbench {
  const store = createStore<WorkbenchState>()((...args) => ({
    ...createDataSlice(registry)(...args),
    ...createViewSlice(...args),
    ...createHistorySlice(...args),
  }));
  trackHistory(store);
  return { store, registry };
}
