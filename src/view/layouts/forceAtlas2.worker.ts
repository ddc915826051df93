/**
 * ForceAtlas2 worker with progress: runs src/view/layouts/forceAtlas2Run.ts step by step
 * and posts each intermediate picture (transferred) with its fraction, then the final
 * one. Stopping is the client's job: it terminates the worker and keeps the last picture.
 */
import type { LayoutInput } from '../forceLayout.ts';
import { runForceAtlas2, type ForceAtlas2RunOptions } from './forceAtlas2Run.ts';

export interface ForceAtlas2Request {
  input: LayoutInput;
  options: ForceAtlas2RunOptions;
}

export type ForceAtlas2Message =
  | { kind: 'progress'; fraction: number; positions: Float64Array }
  | { kind: 'done'; positions: Float64Array }
  | { kind: 'error'; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ForceAtlas2Request>) => void) | null;
  postMessage(message: ForceAtlas2Message, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  try {
    const run = runForceAtlas2(event.data.input, event.data.options);
    for (;;) {
      const next = run.next();
      if (next.done === true) {
        scope.postMessage({ kind: 'done', positions: next.value }, [next.value.buffer]);
        return;
      }
      const { fraction, positions } = next.value;
      scope.postMessage({ kind: 'progress', fraction, positions }, [positions.buffer]);
    }
  } catch (error) {
    scope.postMessage({
      kind: 'error',
      error: 'forceAtlas2.worker: ' + (error instanceof Error ? error.message : String(error)),
    });
  }
};
