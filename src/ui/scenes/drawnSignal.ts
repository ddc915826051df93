/**
 * "The canvas has drawn a graph": App forwards GraphCanvas's `onDrawn` here, so code
 * outside React (applyScene, the scene exporters) can wait for the drawing a store change
 * causes, and knows what is drawn now (`lastDrawn`).
 */
import type { DrawnGraph } from '../../view/GraphCanvas.tsx';

type Listener = (drawn: DrawnGraph | null) => void;

const listeners = new Set<Listener>();
let last: DrawnGraph | null = null;

export function reportDrawn(drawn: DrawnGraph | null): void {
  last = drawn;
  for (const listener of [...listeners]) listener(drawn);
}

export function lastDrawn(): DrawnGraph | null {
  return last;
}

/** Resolves with the next drawing (null: the canvas was emptied); rejects after `timeoutMs`. */
export function nextDrawn(timeoutMs: number): Promise<DrawnGraph | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listeners.delete(listener);
      reject(new Error(`the canvas did not draw within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    const listener: Listener = (drawn) => {
      clearTimeout(timer);
      listeners.delete(listener);
      resolve(drawn);
    };
    listeners.add(listener);
  });
}
