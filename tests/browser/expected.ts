/**
 * What the page should show, computed in Node from the same sample files with the
 * importer and the level derivation (not with the UI code under test): the region list
 * of sample-data/index.json and the node/edge counts of each region's level graph.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importFiles } from '../../src/io/index.ts';
import { deriveGraph } from '../../src/graph/levels.ts';
import type { Level } from '../../src/model/index.ts';
import {
  CLUSTER_FILES,
  parseSampleIndex,
  type SampleRegion,
} from '../../src/store/sampleLoader.ts';

export const SAMPLE_DIR = resolve(import.meta.dirname, '..', '..', 'sample-data');

export function sampleRegions(): SampleRegion[] {
  return parseSampleIndex(JSON.parse(readFileSync(join(SAMPLE_DIR, 'index.json'), 'utf8')));
}

export async function expectedGraphStats(region: SampleRegion, level: Level): Promise<string> {
  const files = CLUSTER_FILES.flatMap((name) => {
    try {
      return [{ name, bytes: new Uint8Array(readFileSync(join(SAMPLE_DIR, region.folder, name))) }];
    } catch {
      return [];
    }
  });
  const outcome = await importFiles(files, { datasetName: region.name });
  if (!outcome.ok) throw new Error(`expected.ts: ${region.id} does not import: ${outcome.error}`);
  const graph = deriveGraph(outcome.dataset, level);
  return `${graph.order.toLocaleString('en')} nodes · ${graph.size.toLocaleString('en')} edges`;
}
