/**
 * `npm run generate` — writes the sample regions (sample-data/) or a large synthetic
 * cluster dataset for benchmarks.
 *
 *   npm run generate [-- --seed N] [--out DIR]
 *       six sample regions, one folder each, and DIR/index.json (default DIR sample-data,
 *       default seed DEFAULT_SEED). Same seed, same bytes.
 *   npm run generate -- --synthetic --people 20000 --ties 100000 [--orgs N] [--seed N] --out DIR
 *       one synthetic dataset (organizations/people/collaborations.csv) in DIR.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tablesToCsv } from './generate/csv.ts';
import { createRng } from './generate/random.ts';
import { generateRegion, regionIndexEntry } from './generate/region.ts';
import { REGIONS } from './generate/regions.ts';
import { generateSynthetic } from './generate/synthetic.ts';
import type { ClusterTables } from './generate/tables.ts';

/** The seed of the committed sample-data (1 April 2002, the start of FY2002). */
export const DEFAULT_SEED = 20020401;

/** Folder (relative to the output directory) → file name → text, for every sample region. */
export function generateSampleFiles(seed: number = DEFAULT_SEED): Map<string, string> {
  const master = createRng(seed);
  const files = new Map<string, string>();
  for (const spec of REGIONS) {
    const csv = tablesToCsv(generateRegion(spec, master.fork()));
    for (const [name, text] of Object.entries(csv)) files.set(`${spec.id}/${name}`, text);
  }
  files.set('index.json', JSON.stringify(REGIONS.map(regionIndexEntry), null, 2) + '\n');
  return files;
}

function writeFiles(outDir: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    const full = join(outDir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text, 'utf8');
  }
}

function tablesFiles(tables: ClusterTables): Map<string, string> {
  return new Map(Object.entries(tablesToCsv(tables)));
}

function positiveInteger(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`generate: --${name} is required with --synthetic`);
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`generate: --${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' },
      out: { type: 'string' },
      synthetic: { type: 'boolean', default: false },
      people: { type: 'string' },
      ties: { type: 'string' },
      orgs: { type: 'string' },
    },
  });
  const seed = positiveInteger('seed', values.seed, DEFAULT_SEED);
  if (values.synthetic) {
    const people = positiveInteger('people', values.people);
    const ties = positiveInteger('ties', values.ties);
    const organizations =
      values.orgs === undefined ? undefined : positiveInteger('orgs', values.orgs);
    const outDir = values.out ?? join('bench-out', `synthetic-${people}-${ties}`);
    const started = performance.now();
    const files = tablesFiles(generateSynthetic({ people, ties, organizations, seed }));
    // No memberships: drop a stale memberships.csv so the folder is one consistent dataset.
    if (!files.has('memberships.csv')) rmSync(join(outDir, 'memberships.csv'), { force: true });
    writeFiles(outDir, files);
    console.log(
      `generate: synthetic dataset (${people} people, ${ties} ties) written to ${outDir} in ${Math.round(performance.now() - started)} ms`,
    );
    return;
  }
  const outDir = values.out ?? 'sample-data';
  const files = generateSampleFiles(seed);
  writeFiles(outDir, files);
  console.log(`generate: ${REGIONS.length} sample regions (seed ${seed}) written to ${outDir}`);
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
