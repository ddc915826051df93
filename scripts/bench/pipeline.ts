/**
 * Import and all-metrics benchmark, each measured in a fresh child process so its peak
 * memory (maxRSS) is its own:
 * - import: a generated 20,000-person / 100,000-tie cluster dataset read from CSV files
 *   (targets: under 2 s and 400 MB in Node), plus deriving the people level;
 * - all metrics: computeAllMetrics on 20,000 / 100,000 collaboration-like graphs, the
 *   shortest-path pass on the Node worker pool, and "everything but the shortest paths"
 *   (target: under 2 s) with peak memory (target: under 600 MB).
 *
 * Run alone: node --import tsx scripts/bench/pipeline.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSynthetic } from '../../src/cli/generate/synthetic.ts';
import { tablesToCsv } from '../../src/cli/generate/csv.ts';
import { importFiles, type InputFile } from '../../src/io/index.ts';
import { deriveGraph } from '../../src/graph/levels.ts';
import { computeMetricsFromCsr } from '../../src/metrics/index.ts';
import { computePathMetricsParallel } from '../../src/workers/pathsPool.node.ts';
import { SECTORS, type Sector } from '../../src/model/sector.ts';
import { makeCollabGraph } from './collabGraph.ts';

const SEED = 20261127;

interface ChildReport {
  phase: string;
  ms: Record<string, number>;
  maxRssMb: number;
  note?: string;
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function childImport(dir: string): Promise<ChildReport> {
  const names = ['organizations.csv', 'people.csv', 'collaborations.csv', 'memberships.csv'];
  const files: InputFile[] = names
    .filter((name) => existsSync(join(dir, name)))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const t0 = performance.now();
  const outcome = await importFiles(files, { datasetName: 'synthetic' });
  const t1 = performance.now();
  // Peak so far = the import's own peak (files read + parse + graph), before any derivation.
  const importRssMb = maxRssMb();
  if (!outcome.ok) throw new Error(outcome.error);
  const graph = deriveGraph(outcome.dataset, 'people');
  const t2 = performance.now();
  const organizations = deriveGraph(outcome.dataset, 'organizations');
  const t3 = performance.now();
  const all = deriveGraph(outcome.dataset, 'all');
  const t4 = performance.now();
  const rows = outcome.dataset.report.files.reduce((s, f) => s + f.rowsRead, 0);
  return {
    phase: 'import',
    ms: {
      import: t1 - t0,
      derivePeople: t2 - t1,
      deriveOrganizations: t3 - t2,
      deriveAll: t4 - t3,
    },
    maxRssMb: importRssMb,
    note: `peak RSS with the three levels derived too: ${maxRssMb().toFixed(0)} MB; ${rows} rows, ${outcome.dataset.graph.order} nodes, ${outcome.dataset.graph.size} data edges → people level ${graph.order}/${graph.size}, organizations ${organizations.order}/${organizations.size}, all ${all.order}/${all.size}`,
  };
}

function randomSectors(n: number, seed: number): Sector[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => SECTORS[Math.min(3, Math.floor(next() * 4))]);
}

async function childMetrics(n: number, m: number): Promise<ChildReport> {
  const csr = makeCollabGraph(n, m, SEED);
  const sectors = randomSectors(csr.n, SEED);
  const t0 = performance.now();
  const paths = await computePathMetricsParallel(csr, { weighted: false }, {});
  const t1 = performance.now();
  const rest = await computeMetricsFromCsr(csr, sectors, {}, { pathRunner: () => paths });
  const t2 = performance.now();
  const converged =
    Number.isFinite(rest.nodes.eigenvector[0]) && Number.isFinite(rest.nodes.pagerank[0]);
  return {
    phase: `all metrics ${n}/${m}`,
    ms: { pathsPool: t1 - t0, everythingElse: t2 - t1, total: t2 - t0 },
    maxRssMb: maxRssMb(),
    note: `eigenvector and pagerank ${converged ? 'converged' : 'did NOT converge'}; ${rest.graph.communities} communities`,
  };
}

function runChild(args: string[]): ChildReport {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, '--child', ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as ChildReport;
}

export async function benchPipeline(): Promise<void> {
  console.log(`pipeline benchmark — load average at start: ${loadavg()[0].toFixed(2)}`);
  const dir = mkdtempSync(join(tmpdir(), 'cnw-bench-import-'));
  try {
    const tables = generateSynthetic({ people: 20_000, ties: 100_000, seed: SEED });
    for (const [name, text] of Object.entries(tablesToCsv(tables))) {
      if (text.split('\n').filter((l) => l !== '').length > 1) writeFileSync(join(dir, name), text);
    }
    runChild(['import', dir]); // warm the module cache and the disk cache
    const imp = runChild(['import', dir]);
    const metrics = [
      runChild(['metrics', '5000', '25000']),
      runChild(['metrics', '20000', '100000']),
    ];
    console.log('');
    console.log(
      'phase                         time (s)                                      peak RSS (MB)  target',
    );
    console.log(
      `import 20k people/100k ties   ${(imp.ms.import / 1000).toFixed(2)} (+ ${(imp.ms.derivePeople / 1000).toFixed(2)} people level)`.padEnd(
        76,
      ) + `${imp.maxRssMb.toFixed(0).padStart(6)}         < 2 s, < 400 MB`,
    );
    console.log(`  ${imp.note}`);
    console.log(
      `  deriving levels (no target in the issue; measured): people ${(imp.ms.derivePeople / 1000).toFixed(2)} s, ` +
        `organizations ${(imp.ms.deriveOrganizations / 1000).toFixed(2)} s, all ${(imp.ms.deriveAll / 1000).toFixed(2)} s`,
    );
    for (const r of metrics) {
      console.log(
        `${r.phase.padEnd(29)} ${(r.ms.total / 1000).toFixed(2)} = paths on 2 workers ${(r.ms.pathsPool / 1000).toFixed(2)} + the rest ${(r.ms.everythingElse / 1000).toFixed(2)}`.padEnd(
          76,
        ) + `${r.maxRssMb.toFixed(0).padStart(6)}         rest < 2 s, < 600 MB`,
      );
      console.log(`  ${r.note}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const report =
      args[1] === 'import'
        ? await childImport(args[2])
        : await childMetrics(Number(args[2]), Number(args[3]));
    process.stdout.write(JSON.stringify(report) + '\n');
  } else {
    await benchPipeline();
  }
}
