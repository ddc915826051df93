/**
 * Keeping the workspace: restore the saved one at start, then save after every change of
 * what the workspace file holds (user datasets and their versions, region, level,
 * appearance, filters, layout choice, deleted nodes, scenes), debounced so a burst of changes is
 * one write. A saved workspace that cannot be read is reported (status `corrupt`) and is not overwritten
 * until the user resets it, so nothing is lost silently; the app starts either way.
 */
import { createStore } from 'zustand/vanilla';
import type { Workbench, WorkbenchState } from '../workbenchStore.ts';
import { parseWorkspace, serializeWorkspace, type Workspace } from '../workspaceFile.ts';
import type { SavedPositions } from './positions.ts';
import { applyWorkspace } from './applyWorkspace.ts';
import type { WorkspaceStorage } from './storage.ts';

export type PersistStatus =
  | { kind: 'starting' }
  | { kind: 'empty' }
  | { kind: 'restored'; datasets: number }
  /**
   * `error` in English (the status tests and logs read); `message` says which text the
   * interface shows, in its language: a catalogue key of the `workspace` namespace and its
   * values (a field path or the browser's reason stay as given).
   */
  | { kind: 'corrupt'; error: string; message: PersistMessage }
  | { kind: 'saving-failed'; error: string; message: PersistMessage };

export interface PersistMessage {
  key: 'unreadable' | 'notUsable' | 'notJson' | 'saveFailed';
  detail: string;
}

export const persistStatus = createStore<{ status: PersistStatus }>()(() => ({
  status: { kind: 'starting' },
}));

const setStatus = (status: PersistStatus) => persistStatus.setState({ status });

/** Reads the saved workspace into the workbench; never throws. */
export async function restoreWorkspace(
  workbench: Workbench,
  storage: WorkspaceStorage,
  /** Called with the parsed workspace after it was applied (the view restores positions). */
  onRestored?: (workspace: Workspace) => void,
): Promise<PersistStatus> {
  let saved: unknown;
  try {
    saved = await storage.load();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const status: PersistStatus = {
      kind: 'corrupt',
      error: `The saved workspace could not be read (${reason}).`,
      message: { key: 'unreadable', detail: reason },
    };
    setStatus(status);
    return status;
  }
  if (saved === undefined || saved === null) {
    setStatus({ kind: 'empty' });
    return { kind: 'empty' };
  }
  const parsed = parseWorkspace(saved);
  if (!parsed.ok) {
    const status: PersistStatus = {
      kind: 'corrupt',
      error: parsed.error,
      message: { key: parsed.problem, detail: parsed.detail },
    };
    setStatus(status);
    return status;
  }
  applyWorkspace(workbench, parsed.workspace);
  onRestored?.(parsed.workspace);
  const status: PersistStatus = { kind: 'restored', datasets: parsed.workspace.datasets.length };
  setStatus(status);
  return status;
}

/**
 * What a save depends on besides the scenes: when this string is unchanged (and the
 * scene list is the same object), nothing needs writing. Scenes are compared by identity
 * (an immutable list) rather than stringified: they hold positions of every shown node.
 */
export function saveKey(state: WorkbenchState): string {
  return JSON.stringify([
    state.userDatasetIds.map((id) => [id, state.datasets[id]?.version ?? 0]),
    state.regionId,
    state.level,
    state.colourBy,
    state.sizeBy,
    state.excluded,
    state.filters,
    state.look,
    state.layout,
  ]);
}

export const AUTOSAVE_DELAY_MS = 600;

export interface Autosave {
  stop: () => void;
  /** Writes a pending save now. */
  flush: () => Promise<void>;
  /** Schedules a save for a change the store does not hold (node positions). */
  request: () => void;
}

/** Saves on every relevant change (debounced); `positions` supplies the drawn positions. */
export function startAutosave(
  workbench: Workbench,
  storage: WorkspaceStorage,
  delayMs: number = AUTOSAVE_DELAY_MS,
  positions?: () => SavedPositions,
): Autosave {
  let lastKey = saveKey(workbench.store.getState());
  let lastScenes = workbench.store.getState().scenes;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = async () => {
    timer = undefined;
    try {
      const state = workbench.store.getState();
      await storage.save(serializeWorkspace(state, workbench.registry, new Date(), positions?.()));
      if (persistStatus.getState().status.kind === 'saving-failed') setStatus({ kind: 'empty' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({
        kind: 'saving-failed',
        error: `The workspace could not be saved in this browser (${reason}).`,
        message: { key: 'saveFailed', detail: reason },
      });
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void write(), delayMs);
  };
  const unsubscribe = workbench.store.subscribe((state) => {
    const key = saveKey(state);
    if (key === lastKey && state.scenes === lastScenes) return;
    lastKey = key;
    lastScenes = state.scenes;
    schedule();
  });
  return {
    stop: () => {
      unsubscribe();
      clearTimeout(timer);
    },
    flush: async () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      await write();
    },
    request: schedule,
  };
}

/** Forgets the saved workspace after the user chose to reset a corrupt one. */
export async function resetSavedWorkspace(storage: WorkspaceStorage): Promise<void> {
  await storage.clear();
  setStatus({ kind: 'empty' });
}
