import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/store/index.ts';
import { tinyClusterDataset } from './datasetFactory.ts';

describe('workbench store', () => {
  it('starts empty, on the organizations level, coloured by sector and sized by betweenness', () => {
    const { store } = createWorkbench();
    const state = store.getState();
    expect(state.datasetIds).toEqual([]);
    expect(state.regionId).toBeNull();
    expect(state.level).toBe('organizations');
    expect(state.colourBy).toBe('sector');
    expect(state.sizeBy).toBe('betweenness');
    expect(state.load.status).toBe('idle');
  });

  it('keeps graphs in the registry and only ids, versions and summaries in the state', () => {
    const { store, registry } = createWorkbench();
    const dataset = tinyClusterDataset();
    store.getState().addDataset('sapporo', dataset, { name: 'Sapporo', nameJa: '札幌' });
    const state = store.getState();
    expect(registry.get('sapporo')).toBe(dataset);
    expect(state.datasetIds).toEqual(['sapporo']);
    expect(state.datasets.sapporo).toMatchObject({ id: 'sapporo', name: 'Sapporo', version: 1 });
    expect(state.datasets.sapporo.summary.organizations).toBe(3);
    expect(JSON.stringify(state.datasets)).not.toContain('"graph"');
    // The first dataset becomes the shown region.
    expect(state.regionId).toBe('sapporo');
  });

  it('bumps the version when a dataset is replaced, without duplicating its id', () => {
    const { store } = createWorkbench();
    store.getState().addDataset('a', tinyClusterDataset(), { name: 'A' });
    store.getState().addDataset('b', tinyClusterDataset(), { name: 'B' });
    store.getState().addDataset('a', tinyClusterDataset(), { name: 'A' });
    const state = store.getState();
    expect(state.datasetIds).toEqual(['a', 'b']);
    expect(state.datasets.a.version).toBe(2);
    expect(state.datasets.b.version).toBe(1);
    expect(state.regionId).toBe('a');
  });

  it('selects only loaded regions and known levels', () => {
    const { store } = createWorkbench();
    store.getState().addDataset('a', tinyClusterDataset(), { name: 'A' });
    store.getState().addDataset('b', tinyClusterDataset(), { name: 'B' });
    store.getState().selectRegion('b');
    expect(store.getState().regionId).toBe('b');
    store.getState().selectRegion('nowhere');
    expect(store.getState().regionId).toBe('b');
    store.getState().setLevel('people');
    expect(store.getState().level).toBe('people');
    store.getState().setLevel('planets' as never);
    expect(store.getState().level).toBe('people');
  });

  it('moves the shown region on when its dataset is removed', () => {
    const { store, registry } = createWorkbench();
    store.getState().addDataset('a', tinyClusterDataset(), { name: 'A' });
    store.getState().addDataset('b', tinyClusterDataset(), { name: 'B' });
    store.getState().removeDataset('a');
    expect(store.getState().datasetIds).toEqual(['b']);
    expect(store.getState().regionId).toBe('b');
    expect(registry.get('a')).toBeUndefined();
  });

  it('tracks load progress, clamps fractions and ends in error when a region failed', () => {
    const { store } = createWorkbench();
    const s = () => store.getState();
    s().startLoad('index');
    expect(s().load).toEqual({ status: 'loading', fraction: 0, step: 'index', errors: [] });
    s().reportLoadProgress(1.7, 'Sapporo: parsing');
    expect(s().load.fraction).toBe(1);
    s().reportLoadError('Kobe: HTTP 500');
    s().finishLoad();
    expect(s().load).toEqual({
      status: 'error',
      fraction: 1,
      step: '',
      errors: ['Kobe: HTTP 500'],
    });
    s().startLoad('again');
    s().finishLoad();
    expect(s().load.status).toBe('done');
  });
});
