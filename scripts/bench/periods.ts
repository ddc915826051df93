/**
 * Indicators over time on a large region: the six timeline indicators (density, largest
 * component share, cross-sector share, E-I index, modularity, mean betweenness) for the 8
 * cumulative periods ≤ FY2002 … ≤ FY2009 of a generated 5,000-person / 25,000-tie
 * cluster dataset at the people level (src/cli/generate/synthetic.ts, imported from its
 * CSV text by the real importer). Each period is timed whole: deriving the period graph,
 * building its CSR, components, communities, sector mixing and mean betweenness (unweighted:
 * the pair-distance identity over bit-parallel BFS, src/metrics/compare/meanBetweenness.ts,
 * single thread; the worker pool would only be used for weighted timelines).
 * The 8 single-year windows are timed too, for reference.
 *
 * Target: the 8 cumulative periods in under 5 s in total.
 *
 * Run alone: node --import tsx scripts/bench/periods.ts
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateSynthetic } from '../../src/cli/generate/synthetic.ts';
import { tablesToCsv } from '../../src/cli/generate/csv.ts';
import { importFiles, type InputFile } from '../../src/io/index.ts';
import { computeTimeline } from '../../src/metrics/compare/timeline.ts';
import {
  cumulativePeriods,
  datasetYears,
  yearlyPeriods,
  type PeriodSpec,
} from '../../src/graph/periods.ts';
import type { Dataset } from '../../src/model/index.ts';

const PEOPLE = 5_000;
const TIES = 25_000;
const SEED = 20261127;
const TARGET_SECONDS = 5;

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function syntheticRegion(): Promise<Dataset> {
  const csv = tablesToCsv(generateSynthetic({ people: PEOPLE, ties: TIES, seed: SEED }));
  const encoder = new TextEncoder();
  const files: InputFile[] = Object.entries(csv).map(([name, text]) => ({
    name,
    bytes: encoder.encode(text),
  }));
  const outcome = await importFiles(files, { datasetName: 'synthetic' });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.dataset;
}

async function timePeriods(
  dataset: Dataset,
  periods: PeriodSpec[],
  title: string,
): Promise<number> {
  console.log(`\n${title}`);
  console.log(
    'period'.padEnd(14) +
      'nodes'.padStart(7) +
      'ties'.padStart(8) +
      'density'.padStart(10) +
      'LCC'.padStart(7) +
      'cross'.padStart(7) +
      'E-I'.padStart(7) +
      'Q'.padStart(7) +
      'mean b'.padStart(9) +
      'seconds'.padStart(9),
  );
  let total = 0;
  for (const period of periods) {
    const start = performance.now();
    const [point] = await computeTimeline(dataset, 'people', [period]);
    const seconds = (performance.now() - start) / 1000;
    total += seconds;
    const f = (x: number | null, digits = 3) => (x === null ? '–' : x.toFixed(digits));
    console.log(
      point.label.padEnd(14) +
        String(point.nodes).padStart(7) +
        String(point.edges).padStart(8) +
        f(point.density, 5).padStart(10) +
        f(point.largestComponentShare).padStart(7) +
        f(point.crossSectorShare).padStart(7) +
        f(point.eiIndex).padStart(7) +
        f(point.modularity).padStart(7) +
        f(point.meanBetweenness, 5).padStart(9) +
        seconds.toFixed(2).padStart(9),
    );
  }
  return total;
}

export async function benchPeriods(): Promise<void> {
  const t0 = performance.now();
  const dataset = await syntheticRegion();
  const years = datasetYears(dataset);
  console.log(
    `synthetic region: ${PEOPLE} people, ${TIES} ties, seed ${SEED}, years ${years[0]}–${years.at(-1)}; ` +
      `generated and imported in ${((performance.now() - t0) / 1000).toFixed(2)} s (not counted); load ${load()}`,
  );
  const cumulative = await timePeriods(
    dataset,
    cumulativePeriods(years),
    'cumulative periods, people level (derive + CSR + indicators per period)',
  );
  console.log(
    `total ${cumulative.toFixed(2)} s for ${years.length} periods — target < ${TARGET_SECONDS} s: ` +
      `${cumulative < TARGET_SECONDS ? 'met' : 'NOT met'} (load ${load()})`,
  );
  const yearly = await timePeriods(
    dataset,
    yearlyPeriods(years),
    'single-year windows (reference)',
  );
  console.log(`total ${yearly.toFixed(2)} s for ${years.length} windows (load ${load()})`);
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) await benchPeriods();
