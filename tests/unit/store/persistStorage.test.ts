/**
 * The workspace kept in parts (src/store/persistence/storage.ts keptInParts) over an
 * in-memory key-value store: what loads is what was saved, a graph is written once per
 * graph object, graphs no document uses are deleted, a document saved whole by an earlier
 * version still loads, a missing graph record makes the document unreadable (not a
 * workspace without its data), and overlapping saves never delete each other's graphs.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/store/index.ts';
import { keptInParts, type KeyValueStore } from '../../../src/store/persistence/storage.ts';
import { parseWorkspace, serializeWorkspace } from '../../../src/store/workspaceFile.ts';
import { tinyClusterDataset } from './datasetFactory.ts';

function memoryStore() {
  const map = new Map<string, unknown>();
  const writes: string[] = [];
  const store: KeyValueStore = {
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => {
      writes.push(key);
      map.set(key, structuredClone(value));
    },
    delete: async (keys) => {
      for (const key of keys) map.delete(key);
    },
    keys: async () => [...map.keys()],
  };
  return { map, writes, store };
}

function workspace() {
  const workbench = createWorkbench();
  const s = () => workbench.store.getState();
  s().addDataset('a', tinyClusterDataset(), { name: 'A' });
  s().addDataset('b', tinyClusterDataset(), { name: 'B' });
  s().markUserDataset('a');
  s().markUserDataset('b');
  s().selectRegion('a');
  const document = () => serializeWorkspace(s(), workbench.registry, new Date(0));
  return { s, document };
}

const graphKeys = (map: Map<string, unknown>) => [...map.keys()].filter((k) => k !== 'current');

describe('workspace kept in parts', () => {
  it('loads what was saved, each graph in a record of its own', async () => {
    const { map, store } = memoryStore();
    const storage = keptInParts(store);
    const { document } = workspace();
    const saved = document();
    await storage.save(saved);
    expect(graphKeys(map)).toHaveLength(2);
    const current = map.get('current') as { datasets: Record<string, unknown>[] };
    expect(
      current.datasets.every((d) => d.graph === undefined && typeof d.graphKey === 'string'),
    ).toBe(true);
    expect(await storage.load()).toEqual(saved);
    expect(parseWorkspace(await storage.load()).ok).toBe(true);
  });

  it('writes a graph once, and again only when the dataset changes, deleting the old one', async () => {
    const { map, writes, store } = memoryStore();
    const storage = keptInParts(store);
    const { s, document } = workspace();
    await storage.save(document());
    s().setLevel('people'); // a setting: the same graph objects
    await storage.save(document());
    expect(writes.filter((k) => k !== 'current')).toHaveLength(2);
    const before = graphKeys(map);
    s().addDataset('a', tinyClusterDataset(), { name: 'A, loaded again' }); // new version
    await storage.save(document());
    const after = graphKeys(map);
    expect(after).toHaveLength(2);
    expect(after.filter((key) => !before.includes(key))).toHaveLength(1);
    expect(writes.filter((k) => k !== 'current')).toHaveLength(3);
  });

  it('loads a document saved whole by an earlier version', async () => {
    const { map, store } = memoryStore();
    const whole = workspace().document();
    map.set('current', structuredClone(whole));
    expect(await keptInParts(store).load()).toEqual(whole);
  });

  it('reports a document whose graph record is missing as unreadable', async () => {
    const { map, store } = memoryStore();
    const storage = keptInParts(store);
    await storage.save(workspace().document());
    map.delete(graphKeys(map)[0]);
    expect(parseWorkspace(await storage.load()).ok).toBe(false);
  });

  it('keeps the graphs of overlapping saves, and clears every part', async () => {
    const { map, store } = memoryStore();
    const storage = keptInParts(store);
    const first = workspace().document();
    const second = workspace().document(); // other graph objects
    await Promise.all([storage.save(first), storage.save(second)]);
    expect(await storage.load()).toEqual(second);
    expect(graphKeys(map)).toHaveLength(2);
    await storage.clear();
    expect(map.size).toBe(0);
  });
});
