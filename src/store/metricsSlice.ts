/**
 * Metrics slice: the metrics of the shown graph, computed in the metrics worker
 * (src/workers/metricsClient.ts) and never silently stale.
 *
 * State machine of `metrics.status`:
 * - idle     nothing computed for the shown graph and nothing running;
 * - running  the worker computes the wanted graph (fraction + step from its progress);
 * - done     `result` belongs to the shown graph (resultKey === wantedKey);
 * - stale    `result` belongs to an earlier graph (its description says which); the
 *            shown graph's numbers come only on request (recomputeMetrics);
 * - error    the worker failed; `error` says why; recomputeMetrics tries again.
 *
 * Policy: the first view and every change of region or level are computed automatically
 * (a new view); a change of the tie filter (filterKey) makes the result stale until the
 * user asks for a recompute. A cached result (same key) is shown at once. cancelMetrics
 * stops the running request (the client terminates its worker). The graph itself is
 * mutable graphology data and stays outside the store, in this slice's closure.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { MetricsResult } from '../metrics/result.ts';
import { CancelledError, type MetricOptions } from '../metrics/types.ts';
import type { Helix, Level, SimpleGraph, TieFilter } from '../model/index.ts';
import type { MetricsClient } from '../workers/metricsClient.ts';
import type { WorkbenchState } from './workbenchStore.ts';

/** Which graph a set of numbers is for, in words the scorecard shows. */
export interface GraphDescription {
  regionName: string;
  /** The region's Japanese name, when the data has one (shown in the Japanese interface). */
  regionNameJa?: string;
  level: Level;
  /** e.g. "all years, all types" or "FY2004–2006, joint_research". */
  filterText: string;
  nodes: number;
  edges: number;
}

export interface MetricsRequest {
  /** Cache key: dataset id, version, level, filter and options (see metricsKey). */
  key: string;
  /** The filter part of the key: a change here alone makes the result stale. */
  filterKey: string;
  description: GraphDescription;
  graph: SimpleGraph;
  options: MetricOptions;
  participations?: Helix[][];
}

export type MetricsStatus = 'idle' | 'running' | 'done' | 'stale' | 'error';

export interface MetricsState {
  status: MetricsStatus;
  fraction: number;
  step: string;
  error: string | null;
  /** A short notice such as "Cancelled". */
  note: string | null;
  result: MetricsResult | null;
  resultKey: string | null;
  resultFilterKey: string | null;
  resultFor: GraphDescription | null;
  wantedKey: string | null;
  wanted: GraphDescription | null;
}

export interface MetricsSlice {
  metrics: MetricsState;
  /** The shown graph changed (null: nothing shown). */
  showGraphForMetrics: (request: MetricsRequest | null) => void;
  /** Compute the shown graph's metrics now (after a filter change, an error or a cancel). */
  recomputeMetrics: () => void;
  cancelMetrics: () => void;
}

export type MetricsComputer = Pick<MetricsClient, 'computeMetrics' | 'cached'>;

export const INITIAL_METRICS: MetricsState = {
  status: 'idle',
  fraction: 0,
  step: '',
  error: null,
  note: null,
  result: null,
  resultKey: null,
  resultFilterKey: null,
  resultFor: null,
  wantedKey: null,
  wanted: null,
};

/**
 * The metrics of the graph shown now, or null (none yet, running, stale or failed): what
 * node-level views (details, table, sizes by a metric) may map onto the shown nodes.
 */
export function currentMetrics(state: Pick<MetricsSlice, 'metrics'>): MetricsResult | null {
  const { metrics } = state;
  return metrics.result !== null && metrics.resultKey === metrics.wantedKey ? metrics.result : null;
}

/** A stable text for a tie filter ('' = no restriction). */
export function filterKeyOf(filter: TieFilter | undefined): string {
  if (filter === undefined) return '';
  const parts: string[] = [];
  if (filter.years) parts.push(`y${filter.years.from}-${filter.years.to}`);
  if (filter.keepUndated === false) parts.push('dated');
  if (filter.types) parts.push('t' + [...filter.types].sort().join(','));
  return parts.join(';');
}

export function metricsKey(
  datasetId: string,
  version: number,
  level: Level,
  filterKey: string,
  options: MetricOptions,
): string {
  const opts = `${options.weighted ? 'w' : 'u'}${options.seed}${options.communities}${options.resolution}${options.smallWorld ? 's' : ''}`;
  return JSON.stringify([datasetId, version, level, filterKey, opts]);
}

export function createMetricsSlice(
  client: MetricsComputer,
): StateCreator<WorkbenchState, [], [], MetricsSlice> {
  return (set, get) => {
    let pending: MetricsRequest | null = null;
    let running: { token: number; aborter: AbortController } | null = null;
    let nextToken = 1;

    const patch = (change: Partial<MetricsState>) =>
      set((state) => ({ metrics: { ...state.metrics, ...change } }));

    const afterStop = (): Partial<MetricsState> => {
      const { metrics } = get();
      return { status: metrics.result === null ? 'idle' : 'stale', fraction: 0, step: '' };
    };

    function stopRunning(): void {
      if (running === null) return;
      running.aborter.abort();
      running = null;
    }

    function start(request: MetricsRequest): void {
      stopRunning();
      const token = nextToken++;
      const aborter = new AbortController();
      running = { token, aborter };
      patch({ status: 'running', fraction: 0, step: 'Starting', error: null, note: null });
      const isCurrent = () => running?.token === token;
      client
        .computeMetrics(request.key, request.graph, request.options, {
          signal: aborter.signal,
          participations: request.participations,
          onProgress: (fraction, step) => {
            if (isCurrent()) patch({ fraction, step });
          },
        })
        .then(
          (result) => {
            if (!isCurrent()) return;
            running = null;
            patch({
              status: 'done',
              fraction: 1,
              step: '',
              result,
              resultKey: request.key,
              resultFilterKey: request.filterKey,
              resultFor: request.description,
            });
          },
          (reason: unknown) => {
            if (!isCurrent()) return;
            running = null;
            if (reason instanceof CancelledError) patch({ ...afterStop(), note: 'Cancelled' });
            else
              patch({
                status: 'error',
                fraction: 0,
                step: '',
                error: reason instanceof Error ? reason.message : String(reason),
              });
          },
        );
    }

    return {
      metrics: INITIAL_METRICS,
      showGraphForMetrics: (request) => {
        const { metrics } = get();
        if (request === null) {
          pending = null;
          stopRunning();
          patch({ ...afterStop(), wantedKey: null, wanted: null, note: null });
          return;
        }
        pending = request;
        // The same graph again (e.g. an effect re-run): nothing new to do.
        if (request.key === metrics.wantedKey) return;
        patch({ wantedKey: request.key, wanted: request.description, note: null });
        if (request.key === metrics.resultKey) {
          stopRunning();
          patch({ status: 'done', fraction: 1, step: '', error: null });
          return;
        }
        const cached = client.cached(request.key);
        if (cached !== undefined) {
          stopRunning();
          patch({
            status: 'done',
            fraction: 1,
            step: '',
            error: null,
            result: cached,
            resultKey: request.key,
            resultFilterKey: request.filterKey,
            resultFor: request.description,
          });
          return;
        }
        const newView = metrics.result === null || metrics.resultFilterKey === request.filterKey;
        if (newView) start(request);
        else {
          stopRunning();
          patch({ status: 'stale', fraction: 0, step: '', error: null });
        }
      },
      recomputeMetrics: () => {
        if (pending !== null && get().metrics.status !== 'running') start(pending);
      },
      cancelMetrics: () => {
        if (running === null) return;
        stopRunning();
        patch({ ...afterStop(), note: 'Cancelled' });
      },
    };
  };
}
