/**
 * Where the workspace is kept between visits: IndexedDB (idb-keyval, a small well-kept
 * key-value layer over IndexedDB) in a database of its own, holding the workspace
 * document of src/store/workspaceFile.ts as structured clones. `WorkspaceStorage` is the
 * seam tests replace with an in-memory map.
 *
 * The document is kept in parts (`keptInParts`): each dataset's graph in a record of its
 * own, written once per graph object (serializeWorkspace hands out the same object until
 * the dataset changes), and the rest, small, in the `current` record. Why: every save
 * (a filter, a scene, the positions after a layout) cloned every dataset whole, 60–90 ms
 * on the main thread for 25,000 ties and about 0.3 s for 100,000. Graph records no
 * document refers to any more are deleted after each save. A document saved whole by an
 * earlier version still loads.
 */
import { createStore, del, delMany, get, keys, set } from 'idb-keyval';

export interface WorkspaceStorage {
  load(): Promise<unknown>;
  save(document: unknown): Promise<void>;
  clear(): Promise<void>;
}

export const IDB_DATABASE = 'cluster-network-workbench';
export const IDB_STORE = 'workspace';
export const IDB_KEY = 'current';

/** The key-value operations the storage needs (IndexedDB here, a Map in tests). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
}

export function indexedDbStorage(): WorkspaceStorage {
  const store = createStore(IDB_DATABASE, IDB_STORE);
  return keptInParts({
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    delete: (keys) => (keys.length === 1 ? del(keys[0], store) : delMany(keys, store)),
    keys: async () => (await keys(store)).map(String),
  });
}

const GRAPH_KEY_PREFIX = 'graph:';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The workspace document kept in parts in `store` (see the header). */
export function keptInParts(store: KeyValueStore): WorkspaceStorage {
  /** Graph objects already written, and their keys. */
  const written = new WeakMap<object, string>();
  let next = 0;
  const newKey = () => `${GRAPH_KEY_PREFIX}${Date.now().toString(36)}-${(next++).toString(36)}`;
  // Saves and clears run one at a time: a save deletes the graph records its document
  // does not use, which must not catch those of a save still being written.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work, work);
    queue = turn.catch(() => undefined);
    return turn;
  };
  const storage: WorkspaceStorage = {
    async load() {
      const document = await store.get(IDB_KEY);
      if (!isRecord(document) || !Array.isArray(document.datasets)) return document;
      const datasets = await Promise.all(
        document.datasets.map(async (dataset: unknown) => {
          if (!isRecord(dataset) || typeof dataset.graphKey !== 'string') return dataset;
          const { graphKey, ...rest } = dataset;
          const graph = await store.get(graphKey);
          // A missing graph record leaves the dataset without one: the document then
          // fails to parse and is reported as unreadable, as any damaged record is.
          return graph === undefined ? rest : { ...rest, graph };
        }),
      );
      return { ...document, datasets };
    },
    save: (document) => inTurn(() => saveNow(document)),
    clear: () =>
      inTurn(async () => {
        const all = (await store.keys()).filter(
          (key) => key === IDB_KEY || key.startsWith(GRAPH_KEY_PREFIX),
        );
        if (all.length > 0) await store.delete(all);
      }),
  };
  async function saveNow(document: unknown): Promise<void> {
    if (!isRecord(document) || !Array.isArray(document.datasets)) {
      await store.set(IDB_KEY, document);
      return;
    }
    const used = new Set<string>();
    const datasets: unknown[] = [];
    for (const dataset of document.datasets as unknown[]) {
      if (!isRecord(dataset) || !isRecord(dataset.graph)) {
        datasets.push(dataset);
        continue;
      }
      const { graph, ...rest } = dataset;
      let key = written.get(graph);
      if (key === undefined) {
        key = newKey();
        await store.set(key, graph);
        written.set(graph, key);
      }
      used.add(key);
      datasets.push({ ...rest, graphKey: key });
    }
    await store.set(IDB_KEY, { ...document, datasets });
    const stale = (await store.keys()).filter(
      (key) => key.startsWith(GRAPH_KEY_PREFIX) && !used.has(key),
    );
    if (stale.length > 0) await store.delete(stale);
  }
  return storage;
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
