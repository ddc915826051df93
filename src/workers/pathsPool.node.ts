/**
 * Shortest-path metrics on several Node worker_threads: the sources are split in chunks
 * handed out as workers finish (src/metrics/paths/schedule.ts), every worker accumulates
 * its own PathPartial with the pure kernel, and the merged partials are finalised here —
 * the numbers equal the single-thread computePathMetrics up to summation order.
 *
 * The CSR is copied once into SharedArrayBuffers that all workers read without copies.
 * While the workers start (~0.3–0.7 s with tsx), the calling thread computes chunks too,
 * and stops at the first chunk a worker finishes.
 * This file is also the worker's entry: started with workerData { pathsWorker: true } it
 * serves the protocol of src/metrics/paths/protocol.ts. Workers load TypeScript through
 * tsx, registered by a bootstrap script.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Csr } from '../metrics/csr.ts';
import { computePathMetrics } from '../metrics/paths/index.ts';
import type { PathHooks, PathMetrics, PathOptions } from '../metrics/paths/index.ts';
import { createPathsWorkerHandler } from '../metrics/paths/protocol.ts';
import type { PathsReply, PathsRequest } from '../metrics/paths/protocol.ts';
import { runPathsPool } from '../metrics/paths/schedule.ts';
import type { PathsThread } from '../metrics/paths/schedule.ts';

export interface NodePoolHooks extends PathHooks {
  /**
   * Number of worker threads. Default: os.availableParallelism(), except that graphs so
   * small that starting threads costs more than the work (n·(n + 2m) < 2·10⁷) run in this
   * thread. An explicit number always starts that many workers.
   */
  workers?: number;
}

const SMALL_GRAPH_WORK = 2e7;

/**
 * Node 20 does not apply `--import tsx` hooks to a worker's entry file, so the worker
 * starts from this small script: register tsx's ESM loader, then import this very file.
 */
const WORKER_BOOTSTRAP = `
import(${JSON.stringify(resolveTsxApi())})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })
  .catch((error) => { setImmediate(() => { throw error; }); });
`;

function resolveTsxApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return 'tsx/esm/api';
  }
}

export async function computePathMetricsParallel(
  csr: Csr,
  options: PathOptions = { weighted: false },
  hooks: NodePoolHooks = {},
): Promise<PathMetrics> {
  const small = csr.n * (csr.n + csr.targets.length) < SMALL_GRAPH_WORK;
  const workers = Math.max(1, Math.floor(hooks.workers ?? (small ? 1 : availableParallelism())));
  if (hooks.workers === undefined && workers === 1) {
    return computePathMetrics(csr, options, hooks);
  }
  const shared = toSharedCsr(csr);
  const threads = Array.from({ length: workers }, () => startThread());
  return runPathsPool(shared, options, hooks, threads, true);
}

function toSharedCsr(csr: Csr): Csr {
  const share = <T extends Int32Array | Float64Array>(
    array: T,
    make: (b: SharedArrayBuffer) => T,
  ): T => {
    const copy = make(new SharedArrayBuffer(array.byteLength));
    copy.set(array);
    return copy;
  };
  return {
    ...csr,
    offsets: share(csr.offsets, (b) => new Int32Array(b)),
    targets: share(csr.targets, (b) => new Int32Array(b)),
    weights: share(csr.weights, (b) => new Float64Array(b)),
  };
}

function startThread(): PathsThread {
  const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { pathsWorker: true } });
  return {
    send: (request) => worker.postMessage(request),
    listen(onReply, fail) {
      worker.on('message', (reply: PathsReply) => onReply(reply));
      worker.on('error', (error) => fail(new Error(`paths worker crashed: ${error.message}`)));
      worker.on('exit', (code) => fail(new Error(`paths worker exited early (code ${code})`)));
    },
    terminate: () => void worker.terminate(),
  };
}

if (!isMainThread && parentPort && (workerData as { pathsWorker?: boolean } | null)?.pathsWorker) {
  const port = parentPort;
  const handle = createPathsWorkerHandler((reply, transfer) => port.postMessage(reply, transfer));
  port.on('message', (request: PathsRequest) => handle(request));
}
