/**
 * Scenes in the workspace document (format 2): they round-trip through JSON (node keys
 * such as `__proto__` stay data), a format-1 workspace (before scenes) still loads, with
 * no scenes, a malformed scene is refused with a message naming it, a restore puts the
 * scenes back, and autosave writes after a scene edit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkbench, type SceneView } from '../../../src/store/index.ts';
import { NO_FILTERS } from '../../../src/store/filterSlice.ts';
import { DEFAULT_LOOK } from '../../../src/store/appearanceSlice.ts';
import { restoreWorkspace, startAutosave } from '../../../src/store/persistence/autosave.ts';
import { memoryStorage } from '../../../src/store/persistence/storage.ts';
import {
  WORKSPACE_VERSION,
  parseWorkspace,
  parseWorkspaceText,
  serializeWorkspace,
} from '../../../src/store/workspaceFile.ts';
import { tinyClusterDataset } from './datasetFactory.ts';

afterEach(() => vi.useRealTimers());

function positions(): SceneView['positions'] {
  const out = Object.create(null) as Record<string, readonly [number, number]>;
  out.__proto__ = [1.5, -2];
  out.U = [10, 20];
  return out;
}

function workbenchWithScenes() {
  const workbench = createWorkbench();
  const s = () => workbench.store.getState();
  s().addDataset('sample', tinyClusterDataset(), { name: 'Sample' });
  s().selectRegion('sample');
  const view: SceneView = {
    regionId: 'sample',
    level: 'people',
    colourBy: 'community',
    sizeBy: 'uniform',
    filters: { ...NO_FILTERS, years: { from: 2004, to: 2006 }, view: { hideIsolates: true } },
    look: { ...DEFAULT_LOOK, labelCount: 3 },
    positions: positions(),
    viewport: { x: -10, y: -20, w: 300, h: 200 },
    selection: { selectedNode: 'U', focusMode: 'ego', egoDepth: 2, pathTarget: null },
    nodes: 2,
    edges: 1,
  };
  s().addScene(view, 'Ego of U', 'two steps');
  s().addScene(
    { ...view, viewport: null, selection: { ...view.selection, focusMode: 'none' } },
    'B',
  );
  return { workbench, s };
}

describe('scenes in the workspace document', () => {
  it('round-trip through JSON, in order, positions as data', () => {
    const { workbench, s } = workbenchWithScenes();
    const doc = serializeWorkspace(s(), workbench.registry);
    expect(doc.version).toBe(WORKSPACE_VERSION);
    expect(WORKSPACE_VERSION).toBe(2);
    const parsed = parseWorkspaceText(JSON.stringify(doc));
    if (!parsed.ok) throw new Error(parsed.error);
    const scenes = parsed.workspace.scenes;
    expect(scenes.map((scene) => scene.title)).toEqual(['Ego of U', 'B']);
    expect(scenes[0]).toEqual({ ...s().scenes[0], positions: scenes[0].positions });
    expect(Object.entries(scenes[0].positions)).toEqual([
      ['__proto__', [1.5, -2]],
      ['U', [10, 20]],
    ]);
    expect(scenes[1].viewport).toBeNull();
  });

  it('leaves scenes out of a workspace that has none', () => {
    const workbench = createWorkbench();
    expect('scenes' in serializeWorkspace(workbench.store.getState(), workbench.registry)).toBe(
      false,
    );
  });

  it('reads a format-1 workspace (saved before scenes) with no scenes', () => {
    const { workbench, s } = workbenchWithScenes();
    const doc = JSON.parse(JSON.stringify(serializeWorkspace(s(), workbench.registry)));
    delete doc.scenes;
    doc.version = 1;
    const parsed = parseWorkspace(doc);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.workspace.scenes).toEqual([]);
    expect(parsed.workspace.settings.regionId).toBe('sample');
  });

  it.each([
    ['not a list', () => ({ a: 1 }), /"scenes" must be a list/],
    ['no title', (s: Record<string, unknown>) => [{ ...s, title: 3 }], /scenes\[0\]\.title/],
    ['a bad level', (s: Record<string, unknown>) => [{ ...s, level: 'x' }], /scenes\[0\]\.level/],
    [
      'a bad position',
      (s: Record<string, unknown>) => [{ ...s, positions: { a: [1] } }],
      /node "a" has no \[x, y\]/,
    ],
    [
      'an empty box',
      (s: Record<string, unknown>) => [{ ...s, viewport: { x: 0, y: 0, w: 0, h: 1 } }],
      /scenes\[0\]\.viewport/,
    ],
    ['a repeated id', (s: Record<string, unknown>) => [s, s], /appears twice/],
  ])('refuses scenes with %s', (_, scenes, message) => {
    const { workbench, s } = workbenchWithScenes();
    const doc = JSON.parse(JSON.stringify(serializeWorkspace(s(), workbench.registry)));
    doc.scenes = scenes(doc.scenes[0]);
    const parsed = parseWorkspace(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('are put back by a restore', async () => {
    const { workbench, s } = workbenchWithScenes();
    const saved = JSON.parse(JSON.stringify(serializeWorkspace(s(), workbench.registry)));
    const fresh = createWorkbench();
    await restoreWorkspace(fresh, memoryStorage(saved));
    expect(fresh.store.getState().scenes.map((scene) => scene.title)).toEqual(['Ego of U', 'B']);
    // A fresh history: the restore itself is not undone.
    fresh.store.getState().undo();
    expect(fresh.store.getState().scenes).toHaveLength(2);
  });

  it('are saved by autosave after a scene edit', async () => {
    vi.useFakeTimers();
    const { workbench, s } = workbenchWithScenes();
    const storage = memoryStorage();
    const autosave = startAutosave(workbench, storage, 50);
    s().renameScene('scene-2', 'Renamed', '');
    await vi.advanceTimersByTimeAsync(60);
    const saved = storage.value as { scenes: { title: string }[] };
    expect(saved.scenes.map((scene) => scene.title)).toEqual(['Ego of U', 'Renamed']);
    autosave.stop();
  });
});
