/**
 * Pool scheduling shared by the Node and Web pools, independent of the thread API:
 * hands chunks of sources to workers as they finish (dynamic scheduling, so workers that
 * draw cheap sources take more), keeps two chunks in flight per worker so none idles
 * waiting for a message, counts progress, and merges the partials at the end.
 *
 * With `computeWhileStarting`, the calling thread also accumulates chunks (one per
 * macrotask, so messages and abort still get through) until the first worker reports a
 * finished chunk: starting a worker takes a few hundred milliseconds that would otherwise
 * be idle. Only for callers that may block a chunk at a time (Node, a worker), not a page.
 */
import type { Csr } from '../csr.ts';
import { CancelledError } from '../types.ts';
import { accumulatePaths } from './accumulate.ts';
import { finalizePaths } from './finalize.ts';
import type { PathMetrics } from './finalize.ts';
import { PATHS_STEP, pathChunkSize } from './index.ts';
import type { PathHooks, PathOptions } from './index.ts';
import { pathsInitMessage } from './protocol.ts';
import type { PathsReply, PathsRequest } from './protocol.ts';
import { createPathPartial, createPathWorkspace } from './workspace.ts';
import type { PathPartial } from './workspace.ts';

/** What the scheduler needs from a thread, whatever its kind. */
export interface PathsThread {
  send(request: PathsRequest): void;
  /** Register the reply listener; `fail` is called on a crash of the thread. */
  listen(onReply: (reply: PathsReply) => void, fail: (error: Error) => void): void;
  terminate(): void;
}

const IN_FLIGHT = 2;

export function runPathsPool(
  csr: Csr,
  options: PathOptions,
  hooks: PathHooks,
  threads: PathsThread[],
  computeWhileStarting = false,
): Promise<PathMetrics> {
  const { onProgress, signal } = hooks;
  const { weighted } = options;
  const n = csr.n;
  const chunk = pathChunkSize(n);
  const stopAll = () => threads.forEach((t) => t.terminate());

  return new Promise<PathMetrics>((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let settled = false;
    const partials: PathPartial[] = [];
    let inlinePartial: PathPartial | null = null;
    let inlineActive = computeWhileStarting;

    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      stopAll();
      reject(error);
    };
    const onAbort = () => fail(new CancelledError());
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });

    const handOut = (thread: PathsThread) => {
      if (next >= n) return;
      const from = next;
      next = Math.min(n, next + chunk);
      thread.send({ type: 'range', from, to: next });
    };
    const countDone = (sources: number) => {
      finished += sources;
      onProgress?.(finished / n, PATHS_STEP);
      if (finished === n) threads.forEach((t) => t.send({ type: 'finish' }));
    };

    const workspace = computeWhileStarting ? createPathWorkspace(csr, weighted) : null;
    const inlineStep = () => {
      if (settled || !inlineActive || next >= n || workspace === null) return;
      inlinePartial ??= createPathPartial(n);
      const from = next;
      next = Math.min(n, next + chunk);
      accumulatePaths(csr, { weighted, from, to: next }, workspace, inlinePartial);
      countDone(next - from);
      setTimeout(inlineStep, 0);
    };

    for (const thread of threads) {
      thread.listen((reply) => {
        if (settled) return;
        if (reply.type === 'error') return fail(new Error(`paths worker: ${reply.message}`));
        if (reply.type === 'done') {
          inlineActive = false;
          handOut(thread);
          countDone(reply.to - reply.from);
          return;
        }
        partials.push(reply.partial);
        if (partials.length < threads.length) return;
        if (inlinePartial !== null) partials.push(inlinePartial);
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        stopAll();
        try {
          resolve(finalizePaths(csr, partials));
        } catch (error) {
          reject(error as Error);
        }
      }, fail);
      thread.send(pathsInitMessage(csr, weighted));
    }
    for (let round = 0; round < IN_FLIGHT; round++) threads.forEach(handOut);
    if (n === 0) threads.forEach((t) => t.send({ type: 'finish' }));
    else setTimeout(inlineStep, 0);
  });
}
