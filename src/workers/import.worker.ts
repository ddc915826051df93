/**
 * The import Web Worker: thin by design (house style, "Workers"). It receives the picked
 * files with their buffers transferred, runs `importFiles` (the same function the tests
 * and the CLI run on the main thread), posts progress, honours a cancel message, and
 * posts the outcome back with the graph serialised by `graph.export()`.
 *
 * Protocol (see importClient.ts):
 *   in:  { type: 'import', files: InputFile[], options? } | { type: 'cancel' }
 *   out: { type: 'progress', fraction, step } | { type: 'result', outcome: SerializedOutcome }
 */
import { importFiles } from '../io/index.ts';
import type { ImportOptions, InputFile } from '../io/index.ts';
import { serializeOutcome } from '../io/serialize.ts';
import type { SerializedOutcome } from '../io/serialize.ts';

/** What the page says about the import besides the files (structured-cloneable: Maps, plain data). */
export type ImportRequestOptions = Pick<
  ImportOptions,
  'datasetName' | 'mappings' | 'askForRoles' | 'remembered' | 'projection' | 'maxRows'
>;

export type ImportWorkerRequest =
  { type: 'import'; files: InputFile[]; options?: ImportRequestOptions } | { type: 'cancel' };

export type ImportWorkerMessage =
  | { type: 'progress'; fraction: number; step: string }
  | { type: 'result'; outcome: SerializedOutcome };

/** The part of a worker's global scope this file uses (lets tests drive it without a Worker). */
export interface ImportWorkerScope {
  postMessage(message: ImportWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: { data: ImportWorkerRequest }) => void): void;
}

export function serveImports(scope: ImportWorkerScope): void {
  let controller: AbortController | null = null;
  scope.addEventListener('message', (event) => {
    const request = event.data;
    if (request.type === 'cancel') {
      controller?.abort();
      return;
    }
    controller?.abort(); // a new import supersedes one still running
    const current = new AbortController();
    controller = current;
    void importFiles(request.files, {
      ...request.options,
      signal: current.signal,
      onProgress: (fraction, step) => scope.postMessage({ type: 'progress', fraction, step }),
    })
      .then((outcome) => scope.postMessage({ type: 'result', outcome: serializeOutcome(outcome) }))
      .catch((error: unknown) => {
        // Serialising or posting a very large graph can fail ("Data cannot be cloned, out
        // of memory"): the page still gets an outcome, never a silent "Loading… done".
        const message = error instanceof Error ? error.message : String(error);
        scope.postMessage({ type: 'result', outcome: handOverFailed(message) });
      });
  });
}

/** The outcome when the finished import could not be handed to the page. */
export function handOverFailed(message: string): SerializedOutcome {
  const reason = `the import worker could not hand the dataset to the page (${message}); the file is probably too large for this browser tab: try a smaller file, or the command line (npm run analyze)`;
  return {
    ok: false,
    error: reason,
    report: { files: [], problems: [{ file: '', row: null, severity: 'fatal', reason }] },
  };
}

// Register only inside a worker, so Node tests can import serveImports without side effects.
const workerGlobal = globalThis as unknown as { WorkerGlobalScope?: abstract new () => unknown };
if (
  typeof workerGlobal.WorkerGlobalScope === 'function' &&
  globalThis instanceof workerGlobal.WorkerGlobalScope
) {
  serveImports(globalThis as unknown as ImportWorkerScope);
}
