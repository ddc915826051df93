/**
 * The scenes slice: adding, updating, renaming, reordering, duplicating and deleting
 * scenes as immutable data; deletion (and every scene edit) undone through the history;
 * the present mode's slide clamped to the slides there are.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbench, type SceneView } from '../../../src/store/index.ts';
import { NO_FILTERS } from '../../../src/store/filterSlice.ts';
import { DEFAULT_LOOK } from '../../../src/store/appearanceSlice.ts';
import { moveItem, nextSceneId, NO_SCENE_SELECTION } from '../../../src/store/scenesSlice.ts';

function view(regionId: string, nodes: number): SceneView {
  return {
    regionId,
    level: 'organizations',
    colourBy: 'sector',
    sizeBy: 'degree',
    filters: NO_FILTERS,
    look: DEFAULT_LOOK,
    positions: { a: [0, 0], b: [10, 5] },
    viewport: { x: -50, y: -40, w: 100, h: 80 },
    selection: NO_SCENE_SELECTION,
    nodes,
    edges: 1,
  };
}

function setup() {
  const { store } = createWorkbench();
  const s = () => store.getState();
  return { store, s };
}

const titles = (scenes: readonly { title: string }[]) => scenes.map((scene) => scene.title);

describe('scenes slice', () => {
  it('adds scenes with fresh ids, at the end or at a place', () => {
    const { s } = setup();
    const first = s().addScene(view('sapporo', 3), 'One');
    const second = s().addScene(view('sendai', 4), 'Two', 'caption');
    const zeroth = s().addScene(view('nagano', 5), 'Zero', '', 0);
    expect([first, second, zeroth]).toEqual(['scene-1', 'scene-2', 'scene-3']);
    expect(titles(s().scenes)).toEqual(['Zero', 'One', 'Two']);
    expect(s().scenes[2]).toMatchObject({ regionId: 'sendai', caption: 'caption', nodes: 4 });
  });

  it('updates a scene from a new view but keeps its title and caption', () => {
    const { s } = setup();
    const id = s().addScene(view('sapporo', 3), 'Title', 'Caption');
    const before = s().scenes;
    s().updateScene(id, { ...view('sendai', 9), level: 'people' });
    expect(s().scenes).not.toBe(before);
    expect(s().scenes[0]).toMatchObject({
      id,
      title: 'Title',
      caption: 'Caption',
      regionId: 'sendai',
      level: 'people',
      nodes: 9,
    });
  });

  it('renames, and leaves the list alone when nothing changes', () => {
    const { s } = setup();
    const id = s().addScene(view('sapporo', 3), 'Old');
    s().renameScene(id, 'New', 'Why it matters');
    expect(s().scenes[0]).toMatchObject({ title: 'New', caption: 'Why it matters' });
    const list = s().scenes;
    s().renameScene(id, 'New', 'Why it matters');
    expect(s().scenes).toBe(list);
  });

  it('moves scenes, clamping the target', () => {
    const { s } = setup();
    for (const title of ['A', 'B', 'C', 'D']) s().addScene(view('sapporo', 1), title);
    s().moveScene('scene-4', 0);
    expect(titles(s().scenes)).toEqual(['D', 'A', 'B', 'C']);
    s().moveScene('scene-4', 99);
    expect(titles(s().scenes)).toEqual(['A', 'B', 'C', 'D']);
    s().moveScene('scene-2', 2);
    expect(titles(s().scenes)).toEqual(['A', 'C', 'B', 'D']);
    expect(moveItem(['x', 'y'], 5, 0)).toEqual(['x', 'y']);
  });

  it('duplicates right after the original with a new id, and deletes', () => {
    const { s } = setup();
    s().addScene(view('sapporo', 1), 'A', 'cap');
    s().addScene(view('sapporo', 2), 'B');
    const copy = s().duplicateScene('scene-1', 'A (copy)');
    expect(copy).toBe('scene-3');
    expect(titles(s().scenes)).toEqual(['A', 'A (copy)', 'B']);
    expect(s().scenes[1]).toMatchObject({ caption: 'cap', positions: s().scenes[0].positions });
    expect(s().duplicateScene('nope', 'x')).toBeNull();
    s().deleteScene('scene-1');
    expect(titles(s().scenes)).toEqual(['A (copy)', 'B']);
    expect(nextSceneId(s().scenes)).toBe('scene-4');
  });

  it('brings a deleted scene back with undo, and deletes it again with redo', () => {
    const { s } = setup();
    s().addScene(view('sapporo', 1), 'A');
    s().addScene(view('sapporo', 2), 'B');
    s().deleteScene('scene-1');
    expect(titles(s().scenes)).toEqual(['B']);
    s().undo();
    expect(titles(s().scenes)).toEqual(['A', 'B']);
    s().redo();
    expect(titles(s().scenes)).toEqual(['B']);
  });

  it('clamps the present mode slide to the scenes, one slide when there are none', () => {
    const { s } = setup();
    s().startPresenting(3);
    expect(s().presenting).toEqual({ slide: 0 });
    s().goToSlide(1);
    expect(s().presenting).toEqual({ slide: 0 });
    s().stopPresenting();
    s().addScene(view('sapporo', 1), 'A');
    s().addScene(view('sapporo', 1), 'B');
    s().goToSlide(1);
    expect(s().presenting).toBeNull(); // not presenting: nothing to step
    s().startPresenting();
    s().goToSlide(5);
    expect(s().presenting).toEqual({ slide: 1 });
    s().goToSlide(-2);
    expect(s().presenting).toEqual({ slide: 0 });
    s().stopPresenting();
    expect(s().presenting).toBeNull();
  });
});
