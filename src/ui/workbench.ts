/**
 * The app's one workbench (store + dataset registry) and the hook that binds it to React
 * components with narrow selectors. Tests create their own with createWorkbench().
 */
import { useStore } from 'zustand';
import { createWorkbench, type WorkbenchState } from '../store/index.ts';

export const workbench = createWorkbench();

export function useWorkbench<T>(selector: (state: WorkbenchState) => T): T {
  return useStore(workbench.store, selector);
}
