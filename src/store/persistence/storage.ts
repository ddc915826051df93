/**
 * Where the workspace is kept between visits: one IndexedDB record (idb-keyval, a small
 * well-kept key-value layer over IndexedDB) in a database of its own. The record is the
 * workspace document of src/store/workspaceFile.ts, stored as a structured clone.
 * `WorkspaceStorage` is the seam tests replace with an in-memory map.
 */
import { createStore, del, get, set } from 'idb-keyval';

export interface WorkspaceStorage {
  load(): Promise<unknown>;
  save(document: unknown): Promise<void>;
  clear(): Promise<void>;
}

export const IDB_DATABASE = 'cluster-network-workbench';
export const IDB_STORE = 'workspace';
export const IDB_KEY = 'current';

export function indexedDbStorage(): WorkspaceStorage {
  const store = createStore(IDB_DATABASE, IDB_STORE);
  return {
    load: () => get(IDB_KEY, store),
    save: (document) => set(IDB_KEY, document, store),
    clear: () => del(IDB_KEY, store),
  };
}

export function memoryStorage(initial?: unknown): WorkspaceStorage & { value: unknown } {
  const storage = {
    value: initial,
    load: async () => storage.value,
    save: async (document: unknown) => {
      storage.value = document;
    },
    clear: async () => {
      storage.value = undefined;
    },
  };
  return storage;
}
