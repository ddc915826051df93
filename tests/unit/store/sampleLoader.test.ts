import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { importFiles } from '../../../src/io/index.ts';
import { createWorkbench } from '../../../src/store/index.ts';
import {
  loadSampleRegions,
  parseSampleIndex,
  type FetchFn,
} from '../../../src/store/sampleLoader.ts';
import { loadReference } from '../helpers/fixtures.ts';

const SAMPLE_DIR = resolve(import.meta.dirname, '..', '..', '..', 'sample-data');
const BASE = 'http://samples.test/sample-data/';

interface RegionReference {
  organizations: number;
  people: number;
  ties: number;
  tiesPerYear: Record<string, number>;
}
// Written by the sample generator from its own tables with networkx (npm run generate).
const reference = loadReference<RegionReference>('sample_regions');

/** fetch over the sample-data folder on disk, with optional failures per URL. */
function diskFetch(failures: Record<string, number> = {}): FetchFn {
  return async (url) => {
    if (failures[url] !== undefined) return new Response('no', { status: failures[url] });
    if (!url.startsWith(BASE)) return new Response('not found', { status: 404 });
    try {
      return new Response(
        await readFile(join(SAMPLE_DIR, decodeURIComponent(url.slice(BASE.length)))),
      );
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

describe('loadSampleRegions', () => {
  it('imports every region of index.json with the counts the generator reports', async () => {
    const workbench = createWorkbench();
    const fractions: number[] = [];
    workbench.store.subscribe((state) => fractions.push(state.load.fraction));
    const regions = await loadSampleRegions(workbench, {
      baseUrl: BASE,
      fetch: diskFetch(),
      importFiles,
    });
    const state = workbench.store.getState();
    expect(state.load.errors).toEqual([]);
    expect(state.load.status).toBe('done');
    expect(regions.map((region) => region.id)).toEqual(Object.keys(reference));
    expect(state.datasetIds).toEqual(Object.keys(reference));
    expect(state.regionId).toBe(regions[0].id);
    for (const [id, expected] of Object.entries(reference)) {
      const { summary } = state.datasets[id];
      const years = Object.keys(expected.tiesPerYear).map(Number);
      expect(summary, id).toMatchObject({
        organizations: expected.organizations,
        people: expected.people,
        collaborationTies: expected.ties,
        years: { from: Math.min(...years), to: Math.max(...years) },
      });
      expect(summary.problems.fatal + summary.problems.error, id).toBe(0);
      expect(workbench.registry.get(id)?.graph.order).toBe(
        expected.organizations + expected.people,
      );
    }
    // Progress only moves forward and ends at 1.
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    expect(fractions.at(-1)).toBe(1);
  });

  it('reports a region that cannot be fetched and still loads the others', async () => {
    const workbench = createWorkbench();
    await loadSampleRegions(workbench, {
      baseUrl: BASE,
      fetch: diskFetch({ [BASE + 'sendai/people.csv']: 500 }),
      importFiles,
    });
    const state = workbench.store.getState();
    expect(state.load.status).toBe('error');
    expect(state.load.errors).toEqual([`Sendai: ${BASE}sendai/people.csv: HTTP 500`]);
    expect(state.datasetIds).toEqual(Object.keys(reference).filter((id) => id !== 'sendai'));
  });

  it('ends in error with a message when index.json is missing', async () => {
    const workbench = createWorkbench();
    const regions = await loadSampleRegions(workbench, {
      baseUrl: BASE,
      fetch: diskFetch({ [BASE + 'index.json']: 404 }),
      importFiles,
    });
    expect(regions).toEqual([]);
    expect(workbench.store.getState().load).toMatchObject({
      status: 'error',
      errors: ['sample-data/index.json: HTTP 404'],
    });
  });
});

describe('parseSampleIndex', () => {
  it('accepts a list or { regions }, falls back to the id for folder and name, and rejects the rest', () => {
    expect(parseSampleIndex([{ id: 'a' }])).toEqual([{ id: 'a', name: 'a', folder: 'a' }]);
    expect(parseSampleIndex({ regions: [{ id: 'b', name: 'B', folder: 'bee' }] })).toMatchObject([
      { id: 'b', name: 'B', folder: 'bee' },
    ]);
    expect(() => parseSampleIndex({})).toThrow(/expected a list of regions/);
    expect(() => parseSampleIndex([{ name: 'x' }])).toThrow(/region 1 has no "id"/);
  });
});

describe('loadSampleRegions when aborted', () => {
  it('stops quietly and leaves the load state to the next load', async () => {
    const workbench = createWorkbench();
    const aborter = new AbortController();
    const slowFetch: FetchFn = async (url, init) => {
      await new Promise((done) => setTimeout(done, 20));
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return diskFetch()(url, init);
    };
    const first = loadSampleRegions(workbench, {
      baseUrl: BASE,
      fetch: slowFetch,
      importFiles,
      signal: aborter.signal,
    });
    aborter.abort();
    const second = loadSampleRegions(workbench, { baseUrl: BASE, fetch: slowFetch, importFiles });
    expect(workbench.store.getState().load.status).toBe('loading');
    await first;
    expect(workbench.store.getState().load).toMatchObject({ status: 'loading', errors: [] });
    await second;
    expect(workbench.store.getState().load).toMatchObject({ status: 'done', errors: [] });
    expect(workbench.store.getState().datasetIds).toEqual(Object.keys(reference));
  });
});
