import { describe, expect, it } from 'vitest';
import { createDatasetRegistry, createWorkbench } from '../../../src/store/index.ts';

const idleClient = {
  cached: () => undefined,
  computeMetrics: () => new Promise<never>(() => undefined),
};

function setup() {
  const { store } = createWorkbench(createDatasetRegistry(), idleClient);
  return { store, s: () => store.getState() };
}

describe('selection slice', () => {
  it('selects and clears a node', () => {
    const { s } = setup();
    s().selectNode('a');
    expect(s().selectedNode).toBe('a');
    s().selectNode(null);
    expect(s().selectedNode).toBeNull();
  });

  it('ego mode needs a selection, follows a new selection and is left with clearFocus', () => {
    const { s } = setup();
    s().showEgo(2);
    expect(s().focusMode).toBe('none');
    s().selectNode('a');
    s().showEgo(2);
    expect(s()).toMatchObject({ focusMode: 'ego', egoDepth: 2 });
    s().setHighlight({ nodes: ['a', 'b'], path: null });
    s().selectNode('b');
    expect(s()).toMatchObject({ selectedNode: 'b', focusMode: 'ego', highlight: null });
    s().clearFocus();
    expect(s()).toMatchObject({ selectedNode: 'b', focusMode: 'none', highlight: null });
  });

  it('picking a path target keeps the selection and sets the target', () => {
    const { s } = setup();
    s().selectNode('a');
    s().showPathPick();
    expect(s().focusMode).toBe('pick-path');
    s().selectNode('a');
    expect(s().focusMode).toBe('pick-path');
    s().selectNode('c');
    expect(s()).toMatchObject({ selectedNode: 'a', focusMode: 'path', pathTarget: 'c' });
    s().setHighlight({ nodes: ['a', 'b', 'c'], path: ['a', 'b', 'c'] }, true);
    expect(s().pathFound).toBe(true);
    // Selecting another node afterwards leaves the path mode.
    s().selectNode('d');
    expect(s()).toMatchObject({ selectedNode: 'd', focusMode: 'none', pathTarget: null });
  });

  it('clearing the selection leaves every mode', () => {
    const { s } = setup();
    s().selectNode('a');
    s().showPathPick();
    s().selectNode(null);
    expect(s()).toMatchObject({ selectedNode: null, focusMode: 'none', highlight: null });
  });
});
