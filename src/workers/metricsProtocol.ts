/** Messages between the metrics Web Worker and its client. */
import type { MetricsResult } from '../metrics/result.ts';

export type SerializedMetricsResult = Omit<MetricsResult, 'nodes'> & {
  nodes: Record<string, ArrayBuffer>;
};

export type MetricsReply =
  | { type: 'progress'; id: number; fraction: number; step: string }
  | { type: 'result'; id: number; result: SerializedMetricsResult }
  | { type: 'error'; id: number; message: string };
