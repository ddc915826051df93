/**
 * Puts a parsed workspace (src/store/workspaceFile.ts) into a workbench: its datasets are
 * added as user datasets (replacing any of the same id), its deleted nodes, appearance
 * and scenes are set, and its region is shown — now if it is loaded, or as soon as it arrives (a
 * sample region is re-fetched after the restore). The undo history starts afresh.
 */
import { resetHistory } from '../historySlice.ts';
import type { Workbench } from '../workbenchStore.ts';
import type { Workspace } from '../workspaceFile.ts';

/** Returns a function that stops waiting for the saved region (if it is not loaded yet). */
export function applyWorkspace(workbench: Workbench, workspace: Workspace): () => void {
  const { store } = workbench;
  const state = () => store.getState();
  for (const { id, meta, dataset } of workspace.datasets) {
    state().addDataset(id, dataset, meta);
    state().markUserDataset(id);
  }
  const { settings } = workspace;
  store.setState({
    level: settings.level,
    colourBy: settings.colourBy,
    sizeBy: settings.sizeBy,
    filters: settings.filters,
    look: settings.look,
    layout: settings.layout,
    excluded: workspace.excluded,
    scenes: workspace.scenes,
  });
  resetHistory(store);
  const regionId = settings.regionId;
  if (regionId === null) return () => undefined;
  if (state().datasets[regionId] !== undefined) {
    state().selectRegion(regionId);
    return () => undefined;
  }
  // Wait for the region (a sample re-fetched after the restore); give up once loading ends.
  const unsubscribe = store.subscribe((now) => {
    if (now.datasets[regionId] !== undefined) {
      unsubscribe();
      now.selectRegion(regionId);
    } else if (now.load.status === 'done' || now.load.status === 'error') {
      unsubscribe();
    }
  });
  return unsubscribe;
}
