import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkbench } from '../../../src/store/index.ts';
import {
  persistStatus,
  resetSavedWorkspace,
  restoreWorkspace,
  startAutosave,
} from '../../../src/store/persistence/autosave.ts';
import { memoryStorage } from '../../../src/store/persistence/storage.ts';
import { serializeWorkspace } from '../../../src/store/workspaceFile.ts';
import { tinyClusterDataset } from './datasetFactory.ts';

function savedDocument() {
  const { store, registry } = createWorkbench();
  const s = store.getState();
  s.addDataset('sample', tinyClusterDataset(), { name: 'Sample' });
  s.addDataset('file-tiny', tinyClusterDataset(), { name: 'Mine' });
  store.getState().markUserDataset('file-tiny');
  store.getState().selectRegion('sample');
  store.getState().setLevel('all');
  store.getState().setSizeBy('uniform');
  store.getState().excludeNodes('sample', ['HQ']);
  store.getState().setTieTypes(['joint_research']);
  store.getState().setLook({ labelCount: 3 });
  return JSON.parse(JSON.stringify(serializeWorkspace(store.getState(), registry)));
}

afterEach(() => vi.useRealTimers());

describe('restoring the saved workspace', () => {
  it('puts back user datasets and settings, and shows the saved sample region once it is re-fetched', async () => {
    const workbench = createWorkbench();
    const status = await restoreWorkspace(workbench, memoryStorage(savedDocument()));
    expect(status).toEqual({ kind: 'restored', datasets: 1 });
    const s = () => workbench.store.getState();
    expect(s().datasetIds).toEqual(['file-tiny']);
    expect(s().userDatasetIds).toEqual(['file-tiny']);
    expect(s().datasets['file-tiny'].name).toBe('Mine');
    expect(s().level).toBe('all');
    expect(s().sizeBy).toBe('uniform');
    expect(s().excluded).toEqual({ sample: ['HQ'] });
    expect(s().filters.tieTypes).toEqual(['joint_research']);
    expect(s().look.labelCount).toBe(3);
    expect(s().history.past).toHaveLength(0); // a restore is not an undoable step
    expect(s().regionId).toBe('file-tiny'); // the sample is not there yet
    s().addDataset('other', tinyClusterDataset(), { name: 'Other' });
    s().addDataset('sample', tinyClusterDataset(), { name: 'Sample' });
    expect(s().regionId).toBe('sample');
  });

  it('reports nothing saved as empty', async () => {
    expect(await restoreWorkspace(createWorkbench(), memoryStorage())).toEqual({ kind: 'empty' });
  });

  for (const [what, blob] of [
    ['a string', 'garbage'],
    ['an old version', { ...savedDocument(), version: 0 }],
    ['a broken graph', { ...savedDocument(), datasets: [{ id: 'x', graph: 7 }] }],
  ] as const) {
    it(`reports ${what} as corrupt and leaves the workbench as it was`, async () => {
      const workbench = createWorkbench();
      const before = workbench.store.getState();
      const status = await restoreWorkspace(workbench, memoryStorage(blob));
      expect(status.kind).toBe('corrupt');
      if (status.kind === 'corrupt') {
        expect(status.error).toMatch(/^Not a usable workspace: /);
        expect(status.message.key).toMatch(/^not(Usable|Json)$/);
        expect(status.error).toContain(status.message.detail);
      }
      expect(persistStatus.getState().status).toEqual(status);
      expect(workbench.store.getState()).toBe(before);
    });
  }

  it('reports an unreadable store as corrupt instead of throwing', async () => {
    const storage = memoryStorage();
    storage.load = () => Promise.reject(new Error('quota'));
    const status = await restoreWorkspace(createWorkbench(), storage);
    expect(status).toEqual({
      kind: 'corrupt',
      error: 'The saved workspace could not be read (quota).',
      message: { key: 'unreadable', detail: 'quota' },
    });
    await resetSavedWorkspace(storage);
    expect(persistStatus.getState().status).toEqual({ kind: 'empty' });
  });
});

describe('saving as the user works', () => {
  it('writes once after a burst of changes, and the write reads back to the same state', async () => {
    vi.useFakeTimers();
    const workbench = createWorkbench();
    const storage = memoryStorage();
    const save = vi.spyOn(storage, 'save');
    const autosave = startAutosave(workbench, storage, 500);
    const s = () => workbench.store.getState();
    s().addDataset('file-a', tinyClusterDataset(), { name: 'A' });
    s().markUserDataset('file-a');
    s().setLevel('people');
    s().excludeNodes('file-a', ['p1']);
    s().reportLoadProgress(0.5, 'unrelated progress');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    const restored = createWorkbench();
    await restoreWorkspace(restored, memoryStorage(JSON.parse(JSON.stringify(storage.value))));
    const r = restored.store.getState();
    expect(r.datasetIds).toEqual(['file-a']);
    expect(r.regionId).toBe('file-a');
    expect(r.level).toBe('people');
    expect(r.excluded).toEqual({ 'file-a': ['p1'] });
    expect(restored.registry.get('file-a')?.graph.order).toBe(tinyClusterDataset().graph.order);

    s().reportLoadProgress(0.7, 'progress alone is not saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    s().setSizeBy('uniform');
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(2);
    autosave.stop();
  });
});
