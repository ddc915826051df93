/**
 * Client of the metrics Web Worker for the app: `computeMetrics(key, graph, options)`
 * builds the CSR on the main thread (linear, fast), transfers it, and resolves with the
 * result. A new request cancels the stale one (its worker is terminated, so the page
 * never waits for work nobody wants); an AbortSignal cancels too. Results are cached by
 * `key`, which the caller builds from dataset, version, level, filter and options.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { csrToTransfer, toCsr } from '../metrics/csr.ts';
import type { MetricsResult } from '../metrics/result.ts';
import {
  CancelledError,
  NODE_METRICS,
  type MetricOptions,
  type NodeMetricColumns,
  type ProgressFn,
} from '../metrics/types.ts';
import type { Helix, Sector } from '../model/sector.ts';
import type { MetricsReply } from './metricsProtocol.ts';
import type { MetricsRequest } from './metrics.worker.ts';

export interface MetricsRequestHooks {
  onProgress?: ProgressFn;
  signal?: AbortSignal;
  participations?: Helix[][];
}

const CACHE_SIZE = 24;

export interface MetricsClient {
  computeMetrics(
    key: string,
    graph: AbstractGraph<Attributes, Attributes>,
    options: MetricOptions,
    hooks?: MetricsRequestHooks,
  ): Promise<MetricsResult>;
  cached(key: string): MetricsResult | undefined;
  dispose(): void;
}

export function createMetricsClient(
  startWorker: () => Worker = () =>
    new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' }),
): MetricsClient {
  const cache = new Map<string, MetricsResult>();
  let current: { worker: Worker; reject: (error: Error) => void } | null = null;
  let nextId = 1;

  function cancelCurrent(): void {
    if (!current) return;
    current.worker.terminate();
    current.reject(new CancelledError());
    current = null;
  }

  function remember(key: string, result: MetricsResult): void {
    cache.delete(key);
    cache.set(key, result);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }

  return {
    cached: (key) => cache.get(key),
    dispose: cancelCurrent,
    computeMetrics(key, graph, options, hooks = {}) {
      const hit = cache.get(key);
      if (hit) return Promise.resolve(hit);
      cancelCurrent();
      if (hooks.signal?.aborted) return Promise.reject(new CancelledError());
      const csr = toCsr(graph);
      const sectors = csr.ids.map(
        (id) => String(graph.getNodeAttribute(id, 'sector') ?? 'unknown') as Sector,
      );
      const { message, transfer } = csrToTransfer(csr);
      const id = nextId++;
      const worker = startWorker();
      return new Promise<MetricsResult>((resolve, reject) => {
        const finish = () => {
          worker.terminate();
          if (current?.worker === worker) current = null;
          hooks.signal?.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          if (current?.worker === worker) cancelCurrent();
        };
        current = {
          worker,
          reject: (error) => {
            finish();
            reject(error);
          },
        };
        hooks.signal?.addEventListener('abort', onAbort);
        worker.onmessage = (event: MessageEvent<MetricsReply>) => {
          const reply = event.data;
          if (reply.id !== id) return;
          if (reply.type === 'progress') hooks.onProgress?.(reply.fraction, reply.step);
          else if (reply.type === 'error') {
            finish();
            reject(new Error(`metrics: ${reply.message}`));
          } else {
            finish();
            const nodes = {} as NodeMetricColumns;
            for (const name of NODE_METRICS)
              nodes[name] = new Float64Array(reply.result.nodes[name]);
            const result: MetricsResult = { ...reply.result, nodes };
            remember(key, result);
            resolve(result);
          }
        };
        worker.onerror = (event) => {
          event.preventDefault();
          finish();
          reject(new Error(`metrics worker failed: ${event.message || 'could not start'}`));
        };
        const request: MetricsRequest = {
          id,
          csr: message,
          sectors,
          participations: hooks.participations,
          options,
        };
        worker.postMessage(request, transfer);
      });
    },
  };
}
