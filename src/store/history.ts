/**
 * Undo/redo as a history of snapshots of the undoable part of the workspace (appearance,
 * filters, positions, deleted nodes), kept apart from everything else the store holds.
 *
 * Conventions: `present` is the state now shown; `past` holds older snapshots, oldest
 * first, and is capped at `limit` entries (the oldest is dropped); `future` holds the
 * snapshots undone, the next one to redo first. Pushing a new snapshot clears `future`
 * (a new change forks the timeline) and a snapshot equal to `present` (by the caller's
 * `equal`, default ===) is not recorded. All functions are pure and return new objects.
 * This is the "undo stack of states" design of Redux's undo recipe
 * (redux.js.org/usage/implementing-undo-history).
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** How many snapshots are kept for undo by default. */
export const DEFAULT_HISTORY_LIMIT = 100;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function pushHistory<T>(
  history: History<T>,
  next: T,
  limit: number = DEFAULT_HISTORY_LIMIT,
  equal: (a: T, b: T) => boolean = Object.is,
): History<T> {
  if (equal(history.present, next)) return history;
  const past = [...history.past, history.present];
  const cap = Math.max(0, Math.floor(limit));
  return {
    past: past.length > cap ? past.slice(past.length - cap) : past,
    present: next,
    future: [],
  };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/** One step back; the same object when there is nothing to undo. */
export function undoHistory<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  const previous = history.past[history.past.length - 1];
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

/** One step forward again; the same object when there is nothing to redo. */
export function redoHistory<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next, future: rest };
}
