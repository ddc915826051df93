/**
 * Layout worker: receives an index-based graph (typed arrays, transferred), runs
 * ForceAtlas2 (src/view/forceLayout.ts) and posts the positions back, transferred.
 * Cancelling is the client's job: it terminates the worker.
 */
import {
  computeForceLayout,
  type ForceLayoutOptions,
  type LayoutInput,
} from '../view/forceLayout.ts';

export interface LayoutRequest {
  input: LayoutInput;
  options: ForceLayoutOptions;
}

export type LayoutResponse = { ok: true; positions: Float64Array } | { ok: false; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  try {
    const positions = computeForceLayout(event.data.input, event.data.options);
    scope.postMessage({ ok: true, positions }, [positions.buffer]);
  } catch (error) {
    scope.postMessage({
      ok: false,
      error: 'layout.worker: ' + (error instanceof Error ? error.message : String(error)),
    });
  }
};
