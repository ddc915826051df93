/** Loads a sample region (sample-data/<region>) through the real importer, for compare tests. */
import { join } from 'node:path';
import { readInput } from '../../../src/cli/readInput.ts';
import { importFiles } from '../../../src/io/index.ts';
import type { Dataset } from '../../../src/model/index.ts';

export const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample-data');

export async function loadSampleRegion(region: string): Promise<Dataset> {
  const read = await readInput({ kind: 'path', path: join(SAMPLE_DIR, region) });
  if (!read.ok) throw new Error(read.error);
  const outcome = await importFiles(read.files, { datasetName: read.name });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.dataset;
}
