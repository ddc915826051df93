/**
 * Web Worker entry of the metrics engine: receives a serialised CSR with the node
 * sectors, runs computeMetricsFromCsr (its shortest-path pass split over nested Web
 * Workers), posts progress, and posts the result back with every column's buffer
 * transferred. Cancellation is by terminating this worker (src/workers/metricsClient.ts):
 * the pure code never has to poll a message queue.
 */
import { csrFromTransfer, type CsrTransfer } from '../metrics/csr.ts';
import { computeMetricsFromCsr } from '../metrics/index.ts';
import type { Helix, Sector } from '../model/sector.ts';
import type { MetricOptions } from '../metrics/types.ts';
import { NODE_METRICS } from '../metrics/types.ts';
import { computePathMetricsParallel } from './pathsPool.web.ts';
import type { MetricsReply, SerializedMetricsResult } from './metricsProtocol.ts';

export interface MetricsRequest {
  id: number;
  csr: CsrTransfer;
  sectors: Sector[];
  participations?: Helix[][];
  options: MetricOptions;
}

interface WorkerScope {
  postMessage(message: MetricsReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<MetricsRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, csr, sectors, participations, options } = event.data;
  computeMetricsFromCsr(csrFromTransfer(csr), sectors, options, {
    participations,
    onProgress: (fraction, step) => scope.postMessage({ type: 'progress', id, fraction, step }),
    pathRunner: (graph, pathOptions, hooks) =>
      computePathMetricsParallel(graph, pathOptions, hooks),
  }).then(
    (result) => {
      const columns: Record<string, ArrayBuffer> = {};
      for (const name of NODE_METRICS) columns[name] = result.nodes[name].buffer as ArrayBuffer;
      const message: SerializedMetricsResult = { ...result, nodes: columns };
      scope.postMessage({ type: 'result', id, result: message }, Object.values(columns));
    },
    (error: unknown) =>
      scope.postMessage({ type: 'error', id, message: (error as Error).message ?? String(error) }),
  );
};
