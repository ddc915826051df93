/**
 * Restores the saved workspace once when the app starts and then keeps it saved as the
 * user works (src/store/persistence), node positions included (positionsKeeper.ts). Autosave starts only after the restore, and not
 * while a corrupt save waits for the user's reset, so a bad save is never overwritten
 * silently. Once per page, whatever React does with effects.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import {
  persistStatus,
  resetSavedWorkspace,
  restoreWorkspace,
  startAutosave,
  type PersistStatus,
} from '../../store/persistence/autosave.ts';
import { indexedDbStorage, type WorkspaceStorage } from '../../store/persistence/storage.ts';
import { serializeWorkspace } from '../../store/workspaceFile.ts';
import { workbench } from '../workbench.ts';
import { positionsForSave, restoreSavedPositions, usePositionKeeping } from './positionsKeeper.ts';

let storage: WorkspaceStorage | null = null;
let autosave: ReturnType<typeof startAutosave> | null = null;

function beginAutosave(target: WorkspaceStorage): void {
  if (autosave !== null) return;
  autosave = startAutosave(workbench, target, undefined, positionsForSave);
  // Write a pending change before the page goes away (reload, tab closed or hidden).
  window.addEventListener('pagehide', () => void autosave?.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void autosave?.flush();
  });
}

/** A save for a change outside the store (positions); nothing before autosave starts. */
function requestSave(): void {
  autosave?.request();
}

export function usePersistence(): void {
  usePositionKeeping(requestSave);
  useEffect(() => {
    if (storage !== null) return;
    const target = indexedDbStorage();
    storage = target;
    void restoreWorkspace(workbench, target, (workspace) =>
      restoreSavedPositions(workspace.positions),
    ).then((status) => {
      if (status.kind !== 'corrupt') beginAutosave(target);
    });
  }, []);
}

/** Forget the unreadable save and start saving the current workspace. */
export async function resetAndSave(): Promise<void> {
  if (storage === null) return;
  await resetSavedWorkspace(storage).catch(() => undefined);
  await storage
    .save(
      serializeWorkspace(
        workbench.store.getState(),
        workbench.registry,
        new Date(),
        positionsForSave(),
      ),
    )
    .catch(() => undefined);
  beginAutosave(storage);
}

export function usePersistStatus(): PersistStatus {
  return useStore(persistStatus, (state) => state.status);
}
