/**
 * Showing scenes only to look at them (present mode, picture and deck exports) changes
 * the view's settings scene by scene, and the history records each change. When the
 * view is put back as it was, those steps are noise in undo: `keepHistory` remembers the
 * history, and the function it returns puts it back if the undoable state is again the
 * one it was (same objects), so undo continues from the user's own last change.
 */
import { sameUndoable, undoableOf } from '../../store/historySlice.ts';
import { workbench } from '../workbench.ts';

export function keepHistory(): () => void {
  const kept = workbench.store.getState().history;
  return () => {
    const state = workbench.store.getState();
    if (sameUndoable(undoableOf(state), kept.present)) workbench.store.setState({ history: kept });
  };
}
