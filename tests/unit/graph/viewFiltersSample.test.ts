import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../../src/graph/levels.ts';
import { applyViewFilters, type ViewFilters } from '../../../src/graph/viewFilters.ts';
import { importFiles } from '../../../src/io/index.ts';
import { NO_FILTERS, tieFilterOf, type FilterSettings } from '../../../src/store/filterSlice.ts';
import { CLUSTER_FILES } from '../../../src/store/sampleLoader.ts';
import { loadReference } from '../helpers/fixtures.ts';

interface Case {
  filters: ViewFilters & { years?: [number, number]; tieTypes?: string[] };
  nodes: number;
  edges: number;
}

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample-data');
const reference = loadReference<Case[]>('view_filters_sample');

async function importRegion(region: string) {
  const files = CLUSTER_FILES.flatMap((name) => {
    try {
      return [{ name, bytes: new Uint8Array(readFileSync(join(SAMPLE_DIR, region, name))) }];
    } catch {
      return [];
    }
  });
  const outcome = await importFiles(files, { datasetName: region });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.dataset;
}

describe('tie and view filters on the sample regions (networkx, view_filters_sample.py)', () => {
  for (const [region, cases] of Object.entries(reference)) {
    it(`${region}: ${cases.length} filter combinations`, async () => {
      const dataset = await importRegion(region);
      for (const c of cases) {
        const { years, tieTypes, ...view } = c.filters;
        const settings: FilterSettings = {
          ...NO_FILTERS,
          years: years === undefined ? null : { from: years[0], to: years[1] },
          tieTypes: tieTypes ?? null,
          view,
        };
        const graph = deriveGraph(dataset, 'organizations', tieFilterOf(settings));
        const shown = applyViewFilters(graph, settings.view);
        expect([shown.order, shown.size], JSON.stringify(c.filters)).toEqual([c.nodes, c.edges]);
      }
    });
  }
});
