/**
 * Runs ForceAtlas2 in a Web Worker (one worker per request, so aborting a stale layout
 * is just terminating its worker). Resolves with [x0, y0, x1, y1, …] in the order of the
 * input's node indices; rejects with an AbortError DOMException when the signal aborts.
 */
import type { ForceLayoutOptions, LayoutInput } from '../view/forceLayout.ts';
import type { LayoutRequest, LayoutResponse } from './layout.worker.ts';

export function layoutInWorker(
  input: LayoutInput,
  options: ForceLayoutOptions = {},
  signal?: AbortSignal,
): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('layout aborted', 'AbortError'));
      return;
    }
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('layout aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      finish();
      if (event.data.ok) resolve(event.data.positions);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error('layout.worker: ' + (event.message || 'failed to start')));
    };
    // Copies, so the caller's arrays stay usable; the copies are transferred.
    const request: LayoutRequest = {
      input: { order: input.order, edges: input.edges.slice(), weights: input.weights.slice() },
      options,
    };
    worker.postMessage(request, [request.input.edges.buffer, request.input.weights.buffer]);
  });
}
