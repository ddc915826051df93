/**
 * Runs ForceAtlas2 in its own worker with live progress. `stop()` ends it early and
 * resolves with the last picture received (the start picture if none came yet); an
 * aborted signal (a stale request) rejects with an AbortError DOMException.
 */
import type { LayoutInput } from '../forceLayout.ts';
import { computeForceAtlas2, type ForceAtlas2RunOptions } from './forceAtlas2Run.ts';
import type { ForceAtlas2Message, ForceAtlas2Request } from './forceAtlas2.worker.ts';

export interface ForceAtlas2Job {
  promise: Promise<Float64Array>;
  stop: () => void;
}

export function forceAtlas2InWorker(
  input: LayoutInput,
  options: ForceAtlas2RunOptions,
  onProgress: (fraction: number, positions: Float64Array) => void,
  signal?: AbortSignal,
): ForceAtlas2Job {
  let stop = () => undefined as void;
  const promise = new Promise<Float64Array>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('layout aborted', 'AbortError'));
      return;
    }
    const worker = new Worker(new URL('./forceAtlas2.worker.ts', import.meta.url), {
      type: 'module',
    });
    let last: Float64Array | null = null;
    let settled = false;
    const finish = () => {
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (settled) return;
      finish();
      reject(new DOMException('layout aborted', 'AbortError'));
    };
    stop = () => {
      if (settled) return;
      finish();
      // Stopped before the first picture: the start picture (kept places, spiral for the rest).
      resolve(last ?? computeForceAtlas2(input, { ...options, iterations: 0 }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ForceAtlas2Message>) => {
      if (settled) return;
      const message = event.data;
      if (message.kind === 'progress') {
        last = message.positions;
        onProgress(message.fraction, message.positions);
      } else if (message.kind === 'done') {
        finish();
        resolve(message.positions);
      } else {
        finish();
        reject(new Error(message.error));
      }
    };
    worker.onerror = (event) => {
      if (settled) return;
      finish();
      reject(new Error('forceAtlas2.worker: ' + (event.message || 'failed to start')));
    };
    const request: ForceAtlas2Request = {
      input: { order: input.order, edges: input.edges.slice(), weights: input.weights.slice() },
      options: { ...options, start: options.start ? options.start.slice() : null },
    };
    const transfer: Transferable[] = [request.input.edges.buffer, request.input.weights.buffer];
    if (request.options.start) transfer.push(request.options.start.buffer);
    worker.postMessage(request, transfer);
  });
  return { promise, stop: () => stop() };
}
