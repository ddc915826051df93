/**
 * Loads the sample regions: fetches sample-data/index.json, then each region's four CSV
 * files, imports them (in a worker in the app, directly in tests) and adds each dataset
 * to the workbench under the region's id. Regions load one after another so progress is
 * honest on two cores; a failing region is reported and the others still load.
 * Fetch and import come in as arguments so the same code runs in Node tests.
 * An aborted load stops quietly and leaves the load state to whoever aborted it (React
 * StrictMode mounts twice in development: the first load is aborted, the second runs).
 */
import type { ImportOptions, ImportOutcome, InputFile } from '../io/index.ts';
import type { Workbench } from './workbenchStore.ts';
import { i18n } from '../i18n/index.ts';

/** One entry of sample-data/index.json. */
export interface SampleRegion {
  id: string;
  name: string;
  nameJa?: string;
  folder: string;
  theme?: string;
  themeJa?: string;
  structure?: string;
  description?: string;
  descriptionJa?: string;
}

/** The files of a cluster dataset; a missing file (404) is left out and the importer decides. */
export const CLUSTER_FILES = [
  'organizations.csv',
  'people.csv',
  'collaborations.csv',
  'memberships.csv',
] as const;

export type ImportFn = (files: InputFile[], options: ImportOptions) => Promise<ImportOutcome>;
export type FetchFn = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export interface SampleLoadOptions {
  /** URL of the sample-data folder, ending with '/'. */
  baseUrl: string;
  fetch: FetchFn;
  importFiles: ImportFn;
  signal?: AbortSignal;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Validates index.json (an array of regions, or `{ regions: [...] }`). */
export function parseSampleIndex(json: unknown): SampleRegion[] {
  const list =
    json !== null && typeof json === 'object' && 'regions' in json
      ? (json as { regions: unknown }).regions
      : json;
  if (!Array.isArray(list)) {
    throw new Error('sample-data/index.json: expected a list of regions');
  }
  return list.map((entry: unknown, index): SampleRegion => {
    const record = (entry ?? {}) as Record<string, unknown>;
    const id = text(record.id);
    const folder = text(record.folder) ?? id;
    if (id === undefined || folder === undefined) {
      throw new Error(`sample-data/index.json: region ${index + 1} has no "id"`);
    }
    return {
      id,
      name: text(record.name) ?? id,
      nameJa: text(record.nameJa),
      folder,
      theme: text(record.theme),
      themeJa: text(record.themeJa),
      structure: text(record.structure),
      description: text(record.description),
      descriptionJa: text(record.descriptionJa),
    };
  });
}

async function fetchRegionFiles(
  region: SampleRegion,
  options: SampleLoadOptions,
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const name of CLUSTER_FILES) {
    const url = `${options.baseUrl}${encodeURIComponent(region.folder)}/${name}`;
    const response = await options.fetch(url, { signal: options.signal });
    if (response.status === 404) continue;
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    files.push({ name, bytes: new Uint8Array(await response.arrayBuffer()) });
  }
  if (files.length === 0) throw new Error(`sample-data/${region.folder}/: no CSV files found`);
  return files;
}

/** Loads every region into the workbench; resolves when all are done (or failed). */
export async function loadSampleRegions(
  workbench: Workbench,
  options: SampleLoadOptions,
): Promise<SampleRegion[]> {
  const state = () => workbench.store.getState();
  state().startLoad(i18n.t('workbench:load.readingIndex'));
  let regions: SampleRegion[] = [];
  try {
    const response = await options.fetch(options.baseUrl + 'index.json', {
      signal: options.signal,
    });
    if (!response.ok) throw new Error(`sample-data/index.json: HTTP ${response.status}`);
    regions = parseSampleIndex(await response.json());
  } catch (error) {
    if (options.signal?.aborted) return [];
    state().reportLoadError(error instanceof Error ? error.message : String(error));
    state().finishLoad();
    return [];
  }
  for (const [index, region] of regions.entries()) {
    const progress = (fraction: number, step: string) =>
      state().reportLoadProgress((index + fraction) / regions.length, `${region.name}: ${step}`);
    try {
      progress(0, i18n.t('workbench:load.fetching'));
      const files = await fetchRegionFiles(region, options);
      const outcome = await options.importFiles(files, {
        onProgress: progress,
        signal: options.signal,
        datasetName: region.name,
      });
      if (options.signal?.aborted) return regions;
      if (!outcome.ok) {
        state().reportLoadError(
          `${region.name}: ${i18n.t('workbench:load.importFailed', { error: outcome.error })}`,
        );
        continue;
      }
      state().addDataset(region.id, outcome.dataset, {
        name: region.name,
        nameJa: region.nameJa,
        theme: region.theme,
        themeJa: region.themeJa,
        description: region.description,
        descriptionJa: region.descriptionJa,
      });
    } catch (error) {
      if (options.signal?.aborted) return regions;
      const message = error instanceof Error ? error.message : String(error);
      state().reportLoadError(`${region.name}: ${message}`);
    }
  }
  state().finishLoad();
  return regions;
}
