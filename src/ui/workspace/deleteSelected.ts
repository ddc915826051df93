/**
 * Deletes the nodes selected on the canvas (and the node picked in the details panel,
 * when there is one) from the shown region's view. Undoable; the dataset is unchanged.
 */
import { selectedNodeKeys } from '../../view/cyRegistry.ts';
import { workbench } from '../workbench.ts';

export function selectedKeys(): string[] {
  const state = workbench.store.getState() as unknown as { selectedNode?: string | null };
  const keys = new Set(selectedNodeKeys());
  if (typeof state.selectedNode === 'string') keys.add(state.selectedNode);
  return [...keys];
}

export function deleteSelectedNodes(): number {
  const state = workbench.store.getState();
  const keys = selectedKeys();
  if (state.regionId === null || keys.length === 0) return 0;
  state.excludeNodes(state.regionId, keys);
  const after = workbench.store.getState() as unknown as { selectNode?: (id: null) => void };
  after.selectNode?.(null);
  return keys.length;
}
