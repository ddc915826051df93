/**
 * Shortest-path metrics on several Web Workers (src/workers/paths.worker.ts): the same
 * chunked scheduling and merging as the Node pool (src/metrics/paths/schedule.ts), so the
 * page never blocks and the numbers equal the single-thread computePathMetrics.
 *
 * Each worker receives its own copy of the CSR arrays (SharedArrayBuffer needs
 * cross-origin isolation, which a static deployment may not have); partials come back
 * with their buffers transferred. Cancelling (signal.abort()) terminates the workers at
 * once, even mid-chunk, and rejects with CancelledError.
 */
import type { Csr } from '../metrics/csr.ts';
import type { PathHooks, PathMetrics, PathOptions } from '../metrics/paths/index.ts';
import type { PathsReply } from '../metrics/paths/protocol.ts';
import { runPathsPool } from '../metrics/paths/schedule.ts';
import type { PathsThread } from '../metrics/paths/schedule.ts';

export interface WebPoolHooks extends PathHooks {
  /** Number of Web Workers; default DEFAULT_PATH_WORKERS. */
  workers?: number;
}

/**
 * One worker per core but one, at least one: the page's own thread keeps a core for
 * drawing and input (ForceAtlas2 runs in a worker at the same time). On the 2-core test
 * machine, two path workers next to the layout worker made Cytoscape's redraws of a
 * 5,000-node graph 200–350 ms tasks.
 */
export function defaultPathWorkers(cores: number | undefined): number {
  return Math.max(1, Math.floor((cores ?? 1) - 1));
}

export function computePathMetricsParallel(
  csr: Csr,
  options: PathOptions = { weighted: false },
  hooks: WebPoolHooks = {},
): Promise<PathMetrics> {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  const workers = Math.max(1, Math.floor(hooks.workers ?? defaultPathWorkers(cores)));
  const threads = Array.from({ length: workers }, () => startThread());
  return runPathsPool(csr, options, hooks, threads);
}

function startThread(): PathsThread {
  const worker = new Worker(new URL('./paths.worker.ts', import.meta.url), { type: 'module' });
  return {
    send: (request) => worker.postMessage(request),
    listen(onReply, fail) {
      worker.onmessage = (event: MessageEvent<PathsReply>) => onReply(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        fail(new Error(`paths worker crashed: ${event.message || 'could not start'}`));
      };
    },
    terminate: () => worker.terminate(),
  };
}
