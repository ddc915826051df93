/**
 * `npm run bench`: every benchmark of the project, each printing its own table with
 * figures, reference tools measured in the same run and ratios. Speed targets live here,
 * never in unit tests. Run on an otherwise idle machine: the figures are wall-clock times.
 *
 *   npm run bench               everything
 *   npm run bench -- paths      one part: pipeline | paths | structure | communities | periods | browser | large
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { benchPipeline } from './bench/pipeline.ts';
import { benchPaths } from './bench/paths.ts';
import { benchStructure } from './bench/structure.ts';
import { benchCommunities } from './bench/communities.ts';
import { benchPeriods } from './bench/periods.ts';
import { benchBrowser } from './bench/browser.ts';
import { benchLargeFiles } from './bench/largeFiles.ts';

const PARTS: Record<string, () => Promise<void>> = {
  pipeline: benchPipeline,
  paths: benchPaths,
  structure: () => benchStructure(),
  communities: benchCommunities,
  periods: benchPeriods,
  browser: benchBrowser,
  large: benchLargeFiles,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in PARTS));
if (unknown.length > 0) {
  console.error(
    `bench: unknown part ${unknown.join(', ')}; parts are ${Object.keys(PARTS).join(', ')}`,
  );
  process.exit(2);
}

console.log(
  `Cluster Network Workbench benchmarks — ${new Date().toISOString()}\n` +
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
for (const name of wanted.length > 0 ? wanted : Object.keys(PARTS)) {
  console.log(`\n=== ${name} ===`);
  await PARTS[name]();
}
