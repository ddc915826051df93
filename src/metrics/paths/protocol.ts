/**
 * Message protocol between a paths pool and its workers, and the worker side of it as a
 * pure handler, so Node worker_threads (src/workers/pathsPool.node.ts) and Web Workers
 * (src/workers/paths.worker.ts) stay thin wrappers around the same code.
 *
 * pool → worker: `init` once (CSR arrays: copies, or views on SharedArrayBuffers), then
 * `range` per chunk of sources, then `finish`. worker → pool: `done` per chunk, then one
 * `partial` (its accumulated PathPartial, buffers transferred), or `error`.
 */
import type { Csr } from '../csr.ts';
import { accumulatePaths } from './accumulate.ts';
import { createPathPartial, createPathWorkspace } from './workspace.ts';
import type { PathPartial, PathWorkspace } from './workspace.ts';

export type PathsRequest =
  | {
      type: 'init';
      n: number;
      weighted: boolean;
      offsets: Int32Array;
      targets: Int32Array;
      weights: Float64Array;
    }
  | { type: 'range'; from: number; to: number }
  | { type: 'finish' };

export type PathsReply =
  | { type: 'done'; from: number; to: number }
  | { type: 'partial'; partial: PathPartial }
  | { type: 'error'; message: string };

export type PostReply = (reply: PathsReply, transfer: ArrayBuffer[]) => void;

/** The init message for a CSR; ids stay behind (the kernel works on indices only). */
export function pathsInitMessage(csr: Csr, weighted: boolean): PathsRequest {
  const { n, offsets, targets, weights } = csr;
  return { type: 'init', n, weighted, offsets, targets, weights };
}

export function partialBuffers(partial: PathPartial): ArrayBuffer[] {
  return [
    partial.betweennessRaw.buffer,
    partial.distanceSum.buffer,
    partial.reachable.buffer,
    partial.harmonic.buffer,
    partial.eccentricity.buffer,
  ] as ArrayBuffer[];
}

/** Worker side: returns the onmessage handler; every reply goes through `post`. */
export function createPathsWorkerHandler(post: PostReply): (request: PathsRequest) => void {
  let csr: Csr | null = null;
  let workspace: PathWorkspace | null = null;
  let partial: PathPartial | null = null;
  let weighted = false;
  return (request) => {
    try {
      if (request.type === 'init') {
        const { n, offsets, targets, weights } = request;
        csr = { n, m: targets.length / 2, ids: [], offsets, targets, weights };
        weighted = request.weighted;
        workspace = createPathWorkspace(csr, weighted);
        partial = createPathPartial(n);
      } else if (csr === null || workspace === null || partial === null) {
        throw new Error(`paths worker: "${request.type}" arrived before "init"`);
      } else if (request.type === 'range') {
        const { from, to } = request;
        accumulatePaths(csr, { weighted, from, to }, workspace, partial);
        post({ type: 'done', from, to }, []);
      } else {
        post({ type: 'partial', partial }, partialBuffers(partial));
        csr = workspace = partial = null;
      }
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
    }
  };
}
