import { describe, expect, it } from 'vitest';
import { createDatasetRegistry, createWorkbench } from '../../../src/store/index.ts';
import {
  currentMetrics,
  filterKeyOf,
  metricsKey,
  type GraphDescription,
  type MetricsComputer,
  type MetricsRequest,
} from '../../../src/store/metricsSlice.ts';
import type { MetricsResult } from '../../../src/metrics/result.ts';
import { CancelledError, DEFAULT_METRIC_OPTIONS } from '../../../src/metrics/types.ts';
import type { MetricsRequestHooks } from '../../../src/workers/metricsClient.ts';
import { loadFixture } from '../helpers/fixtures.ts';

/** A metrics client whose requests the test settles by hand. */
function fakeClient() {
  const calls: {
    key: string;
    hooks: MetricsRequestHooks;
    resolve: (r: MetricsResult) => void;
    reject: (e: Error) => void;
  }[] = [];
  const cache = new Map<string, MetricsResult>();
  const client: MetricsComputer = {
    cached: (key) => cache.get(key),
    computeMetrics: (key, _graph, _options, hooks = {}) =>
      new Promise<MetricsResult>((resolve, reject) => {
        hooks.signal?.addEventListener('abort', () => reject(new CancelledError()));
        calls.push({
          key,
          hooks,
          resolve: (result) => {
            cache.set(key, result);
            resolve(result);
          },
          reject,
        });
      }),
  };
  return { client, calls, cache };
}

const graph = loadFixture('karate');
const fakeResult = (tag: string) => ({ ids: [tag] }) as unknown as MetricsResult;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function request(
  version: number,
  level: 'people' | 'organizations',
  filterKey = '',
): MetricsRequest {
  const description: GraphDescription = {
    regionName: 'Kyoto',
    level,
    filterText: filterKey || 'all years, all types',
    nodes: graph.order,
    edges: graph.size,
  };
  return {
    key: metricsKey('kyoto', version, level, filterKey, DEFAULT_METRIC_OPTIONS),
    filterKey,
    description,
    graph,
    options: DEFAULT_METRIC_OPTIONS,
  };
}

function setup() {
  const fake = fakeClient();
  const { store } = createWorkbench(createDatasetRegistry(), fake.client);
  return { ...fake, store, metrics: () => store.getState().metrics };
}

describe('metrics slice', () => {
  it('computes the first view automatically, reports progress and lands in done', async () => {
    const { store, calls, metrics } = setup();
    expect(metrics().status).toBe('idle');
    store.getState().showGraphForMetrics(request(1, 'organizations'));
    expect(metrics().status).toBe('running');
    expect(calls).toHaveLength(1);
    calls[0].hooks.onProgress?.(0.4, 'Betweenness');
    expect(metrics()).toMatchObject({ status: 'running', fraction: 0.4, step: 'Betweenness' });
    calls[0].resolve(fakeResult('first'));
    await settle();
    expect(metrics().status).toBe('done');
    expect(metrics().result?.ids).toEqual(['first']);
    expect(metrics().resultFor?.level).toBe('organizations');
    expect(metrics().resultKey).toBe(metrics().wantedKey);
  });

  it('computes a new level automatically but makes a filter change stale until recompute', async () => {
    const { store, calls, metrics } = setup();
    store.getState().showGraphForMetrics(request(1, 'organizations'));
    calls[0].resolve(fakeResult('orgs'));
    await settle();
    store.getState().showGraphForMetrics(request(1, 'people'));
    expect(metrics().status).toBe('running');
    calls[1].resolve(fakeResult('people'));
    await settle();

    store.getState().showGraphForMetrics(request(1, 'people', 'y2004-2006'));
    expect(metrics().status).toBe('stale');
    expect(calls).toHaveLength(2);
    expect(metrics().result?.ids).toEqual(['people']);
    expect(metrics().resultFor?.filterText).toBe('all years, all types');
    expect(currentMetrics(store.getState())).toBeNull();

    store.getState().recomputeMetrics();
    expect(metrics().status).toBe('running');
    expect(calls[2].key).toBe(request(1, 'people', 'y2004-2006').key);
    calls[2].resolve(fakeResult('filtered'));
    await settle();
    expect(metrics()).toMatchObject({ status: 'done', resultFilterKey: 'y2004-2006' });
    expect(currentMetrics(store.getState())?.ids).toEqual(['filtered']);
  });

  it('shows a cached result at once when going back to an earlier graph', async () => {
    const { store, calls, metrics } = setup();
    store.getState().showGraphForMetrics(request(1, 'organizations'));
    calls[0].resolve(fakeResult('orgs'));
    await settle();
    store.getState().showGraphForMetrics(request(1, 'people'));
    calls[1].resolve(fakeResult('people'));
    await settle();
    store.getState().showGraphForMetrics(request(1, 'organizations'));
    expect(calls).toHaveLength(2);
    expect(metrics().status).toBe('done');
    expect(metrics().result?.ids).toEqual(['orgs']);
  });

  it('cancel stops the running request: idle without a result, stale with an older one', async () => {
    const { store, calls, metrics } = setup();
    store.getState().showGraphForMetrics(request(1, 'organizations'));
    store.getState().cancelMetrics();
    expect(metrics()).toMatchObject({ status: 'idle', note: 'Cancelled', result: null });
    expect(calls[0].hooks.signal?.aborted).toBe(true);
    await settle();
    expect(metrics().status).toBe('idle');

    store.getState().recomputeMetrics();
    calls[1].resolve(fakeResult('orgs'));
    await settle();
    store.getState().showGraphForMetrics(request(2, 'organizations'));
    expect(metrics().status).toBe('running');
    store.getState().cancelMetrics();
    expect(metrics()).toMatchObject({ status: 'stale', note: 'Cancelled' });
    expect(metrics().result?.ids).toEqual(['orgs']);
  });

  it('ignores a late answer for a graph that is no longer shown', async () => {
    const { store, calls, metrics } = setup();
    store.getState().showGraphForMetrics(request(1, 'organizations'));
    store.getState().showGraphForMetrics(request(1, 'people'));
    calls[0].resolve(fakeResult('late'));
    await settle();
    expect(metrics().status).toBe('running');
    calls[1].resolve(fakeResult('people'));
    await settle();
    expect(metrics().result?.ids).toEqual(['people']);
  });

  it('reports a worker failure as error and retries on request', async () => {
    const { store, calls, metrics } = setup();
    store.getState().showGraphForMetrics(request(1, 'organizations'));
    calls[0].reject(new Error('metrics: out of memory'));
    await settle();
    expect(metrics()).toMatchObject({ status: 'error', error: 'metrics: out of memory' });
    store.getState().recomputeMetrics();
    expect(metrics().status).toBe('running');
    expect(calls).toHaveLength(2);
  });

  it('builds keys that differ by dataset version, level, filter and options', () => {
    const base = metricsKey('a', 1, 'people', '', DEFAULT_METRIC_OPTIONS);
    expect(metricsKey('a', 2, 'people', '', DEFAULT_METRIC_OPTIONS)).not.toBe(base);
    expect(metricsKey('a', 1, 'all', '', DEFAULT_METRIC_OPTIONS)).not.toBe(base);
    expect(metricsKey('a', 1, 'people', 'y1-2', DEFAULT_METRIC_OPTIONS)).not.toBe(base);
    expect(
      metricsKey('a', 1, 'people', '', { ...DEFAULT_METRIC_OPTIONS, weighted: true }),
    ).not.toBe(base);
    expect(filterKeyOf(undefined)).toBe('');
    expect(filterKeyOf({ types: ['patent', 'forum'] })).toBe(
      filterKeyOf({ types: ['forum', 'patent'] }),
    );
    expect(filterKeyOf({ years: { from: 2004, to: 2006 } })).not.toBe(filterKeyOf({}));
  });
});
