import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canRedo,
  canUndo,
  createHistory,
  pushHistory,
  redoHistory,
  undoHistory,
} from '../../../src/store/history.ts';
import { createWorkbench } from '../../../src/store/index.ts';
import { tinyClusterDataset } from './datasetFactory.ts';

describe('history of snapshots', () => {
  it('undoes and redoes in order, and a new change drops the redo branch', () => {
    let h = createHistory('a');
    h = pushHistory(h, 'b');
    h = pushHistory(h, 'c');
    expect(h.present).toBe('c');
    h = undoHistory(h);
    expect(h.present).toBe('b');
    h = undoHistory(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undoHistory(h)).toBe(h);
    h = redoHistory(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
    h = pushHistory(h, 'x');
    expect(canRedo(h)).toBe(false);
    expect(redoHistory(h)).toBe(h);
    expect(undoHistory(h).present).toBe('b');
  });

  it('does not record a snapshot equal to the present one', () => {
    const h = pushHistory(createHistory(1), 1);
    expect(h.past).toEqual([]);
  });

  it('keeps only the newest `limit` snapshots to undo', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = pushHistory(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
    expect(pushHistory(createHistory(0), 1, 0).past).toEqual([]);
  });

  it('matches a naive list-and-cursor model under random operations', () => {
    type Op = { kind: 'push'; value: number } | { kind: 'undo' } | { kind: 'redo' };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), value: fc.integer({ min: 0, max: 5 }) }),
      fc.constant({ kind: 'undo' as const }),
      fc.constant({ kind: 'redo' as const }),
    );
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (ops: Op[], limit) => {
          let h = createHistory(-1);
          // Model: a list of states and a cursor; pushing truncates after the cursor.
          let list = [-1];
          let cursor = 0;
          for (const o of ops) {
            if (o.kind === 'push') {
              h = pushHistory(h, o.value, limit);
              if (o.value !== list[cursor]) {
                list = [...list.slice(0, cursor + 1), o.value];
                cursor += 1;
                if (cursor > limit) {
                  list = list.slice(cursor - limit);
                  cursor = limit;
                }
              }
            } else if (o.kind === 'undo') {
              h = undoHistory(h);
              if (cursor > 0) cursor -= 1;
            } else {
              h = redoHistory(h);
              if (cursor < list.length - 1) cursor += 1;
            }
            expect(h.present).toBe(list[cursor]);
            expect(h.past).toEqual(list.slice(0, cursor));
            expect(h.future).toEqual(list.slice(cursor + 1));
          }
        },
      ),
    );
  });
});

describe('undo/redo in the workbench store', () => {
  it('records appearance changes and node deletions, and undoes them', () => {
    const { store } = createWorkbench();
    const s = () => store.getState();
    s().addDataset('tiny', tinyClusterDataset(), { name: 'Tiny' });
    expect(canUndo(s().history)).toBe(false);
    s().setSizeBy('uniform');
    s().excludeNodes('tiny', ['U', 'C']);
    s().excludeNodes('tiny', ['U']); // already deleted: no new step
    expect(s().history.past).toHaveLength(2);
    s().undo();
    expect(s().excluded).toEqual({});
    expect(s().sizeBy).toBe('uniform');
    s().undo();
    expect(s().sizeBy).toBe('betweenness');
    s().redo();
    s().redo();
    expect(s().excluded).toEqual({ tiny: ['U', 'C'] });
    s().restoreNodes('tiny');
    expect(s().excluded).toEqual({});
    s().undo();
    expect(s().excluded.tiny).toEqual(['U', 'C']);
  });

  it('records dragged nodes per view and undoes the drag', () => {
    const { store } = createWorkbench();
    const s = () => store.getState();
    s().moveNodes('v', { a: [1, 2] });
    s().moveNodes('v', { a: [1, 2] }); // same place: no new step
    s().moveNodes('v', { b: [3, 4] });
    expect(s().history.past).toHaveLength(2);
    expect(s().moved.v).toEqual({ a: [1, 2], b: [3, 4] });
    s().undo();
    expect(s().moved.v).toEqual({ a: [1, 2] });
    s().undo();
    expect(s().moved.v).toBeUndefined();
    s().redo();
    expect(s().moved.v).toEqual({ a: [1, 2] });
  });

  it('does not record region or level changes (they are navigation, not edits)', () => {
    const { store } = createWorkbench();
    store.getState().addDataset('tiny', tinyClusterDataset(), { name: 'Tiny' });
    store.getState().setLevel('people');
    expect(store.getState().history.past).toHaveLength(0);
  });
});
