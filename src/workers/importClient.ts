/**
 * `importInWorker`: runs `importFiles` in the import worker and rebuilds the dataset
 * graph from its `graph.export()`. The files' buffers are transferred, not copied: after
 * the call the caller's `bytes` are detached (empty). Cancelling through `signal` posts a
 * cancel message; the worker answers with the cancelled outcome at its next checkpoint
 * (if it has not answered within CANCEL_GRACE_MS it is terminated). A crashed worker
 * gives `{ ok: false }` with the reason; the promise never rejects.
 */
import type { ImportOutcome, InputFile } from '../io/index.ts';
import { CANCELLED_MESSAGE } from '../io/progress.ts';
import { deserializeOutcome } from '../io/serialize.ts';
import type {
  ImportRequestOptions,
  ImportWorkerMessage,
  ImportWorkerRequest,
} from './import.worker.ts';

export const CANCEL_GRACE_MS = 2000;

/** What importInWorker needs of a Worker (tests pass an in-process stand-in). */
export interface ImportWorkerHandle {
  postMessage(message: ImportWorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

export function createImportWorker(): ImportWorkerHandle {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as ImportWorkerHandle;
}

export interface WorkerImportOptions extends ImportRequestOptions {
  onProgress?: (fraction: number, step: string) => void;
  signal?: AbortSignal;
}

function failed(reason: string): ImportOutcome {
  return {
    ok: false,
    report: { files: [], problems: [{ file: '', row: null, severity: 'fatal', reason }] },
    error: reason,
  };
}

function cancelled(): ImportOutcome {
  return {
    ok: false,
    report: { files: [], problems: [] },
    error: CANCELLED_MESSAGE,
    cancelled: true,
  };
}

export function importInWorker(
  files: InputFile[],
  options: WorkerImportOptions = {},
  createWorker: () => ImportWorkerHandle = createImportWorker,
): Promise<ImportOutcome> {
  const { signal, onProgress, ...requestOptions } = options;
  if (signal?.aborted) return Promise.resolve(cancelled());
  return new Promise<ImportOutcome>((resolve) => {
    const worker = createWorker();
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: ImportOutcome) => {
      clearTimeout(graceTimer);
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
      resolve(outcome);
    };
    function onAbort() {
      worker.postMessage({ type: 'cancel' });
      graceTimer = setTimeout(() => finish(cancelled()), CANCEL_GRACE_MS);
    }
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.fraction, message.step);
      else {
        // Three tasks: reading the message (the browser rebuilds the cloned data), the
        // graph rebuilt from it, then the hand-over (the workspace update and the redraw
        // it brings). Sharing one task they took over 200 ms for 5,000 nodes.
        setTimeout(() => {
          let outcome: ImportOutcome;
          try {
            outcome = deserializeOutcome(message.outcome);
          } catch (error) {
            // Rebuilding a very large graph can run out of memory: say so, never hang.
            outcome = failed(
              `the page could not take the imported dataset (${error instanceof Error ? error.message : String(error)}); the file is probably too large for this browser tab`,
            );
          }
          setTimeout(() => finish(outcome), 0);
        }, 0);
      }
    };
    worker.onerror = (event) => {
      finish(failed(`the import worker failed (${event.message || 'unknown error'})`));
    };
    worker.onmessageerror = () => {
      finish(failed('the import worker sent a result the page could not read (too large?)'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const transfer = new Set<ArrayBuffer>();
    for (const file of files)
      if (file.bytes.buffer instanceof ArrayBuffer) transfer.add(file.bytes.buffer);
    worker.postMessage({ type: 'import', files, options: requestOptions }, [...transfer]);
  });
}
