/**
 * `npm run bench -- large`: what the importer does with files at and beyond its limits
 * (src/io/limits.ts), in Node and in the app's import worker:
 *  - a 200 MB edge list (about 8.4 million ties): refused before parsing, with the limit
 *    named — how long that takes and how much memory it costs;
 *  - the largest edge list taken, DEFAULT_MAX_ROWS rows: imported.
 * Node: each file in a fresh child process (its peak RSS is its own). Browser: the built
 * app in Chromium, the file picked through the file input; time until the report or the
 * failure is shown, and the peak of the summed RSS of Chromium's processes, sampled
 * every 100 ms from /proc (the worker shares the renderer process).
 *
 * Run alone: node --import tsx scripts/bench/largeFiles.ts
 */
import { execFileSync } from 'node:child_process';
import {
  createWriteStream,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { importFiles } from '../../src/io/index.ts';
import { DEFAULT_MAX_ROWS } from '../../src/io/limits.ts';
import { startStaticServer } from '../../tests/browser/staticServer.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/chromium.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const BROWSER_TIMEOUT_MS = 300_000;

/** An edge list `P-a,P-b,weight,year` of about `megabytes` MB, or of `rows` rows. */
async function writeEdgeList(
  path: string,
  limit: { rows?: number; megabytes?: number },
): Promise<number> {
  const out = createWriteStream(path);
  let state = 7;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  const people = 200_000;
  let bytes = 0;
  let rows = 0;
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write('source,target,weight,year\n');
  let chunk = '';
  while (
    (limit.rows === undefined || rows < limit.rows) &&
    (limit.megabytes === undefined || bytes < limit.megabytes * 2 ** 20)
  ) {
    const a = next() % people;
    const b = (a + 1 + (next() % (people - 1))) % people;
    const line = `P-${a},P-${b},${1 + (next() % 3)},${2002 + (next() % 8)}\n`;
    chunk += line;
    bytes += line.length;
    rows++;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((r) => out.end(() => r()));
  return rows;
}

interface NodeFigure {
  ms: number;
  maxRssMb: number;
  outcome: string;
}

async function child(path: string): Promise<NodeFigure> {
  const bytes = new Uint8Array(readFileSync(path));
  const t0 = performance.now();
  const outcome = await importFiles([{ name: 'edges.csv', bytes }]);
  const ms = performance.now() - t0;
  return {
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    outcome: outcome.ok
      ? `imported ${outcome.dataset.graph.size} ties`
      : `refused: ${outcome.error.slice(0, 70)}…`,
  };
}

function runChild(path: string): NodeFigure {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=4096', '--import', 'tsx', import.meta.filename, '--child', path],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as NodeFigure;
}

/** Summed RSS (MB) of a process and its descendants, from /proc. */
function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

async function browserFigures(files: { label: string; path: string }[]): Promise<string[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'cnw-bench-large-dist-'));
  const lines: string[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const server = await (async () => {
    await build({ root: REPO_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    return startStaticServer([{ prefix: '/', root: outDir }]);
  })();
  // Chromium is a child of this process: its RSS is the tree's minus this process's own.
  const chromiumRss = () => treeRssMb(process.pid) - process.memoryUsage().rss / 2 ** 20;
  try {
    for (const file of files) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.baseUrl + '/');
      await page
        .locator('[data-testid="graph-canvas"][data-state="ready"]')
        .waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForTimeout(3000); // the sample region's metrics and layout settle
      const base = chromiumRss();
      let peak = base;
      const sampler = setInterval(() => {
        peak = Math.max(peak, chromiumRss());
      }, 100);
      const t0 = performance.now();
      await page.getByTestId('file-input').setInputFiles(file.path);
      const shown = await page
        .locator('[data-testid="import-report"], [data-testid="import-error"]')
        .first()
        .waitFor({ state: 'visible', timeout: BROWSER_TIMEOUT_MS })
        .then(
          async () =>
            (await page.getByTestId('import-error').count()) > 0
              ? `refused: ${(await page.getByTestId('import-error').innerText()).replace(/\s+/g, ' ').slice(0, 70)}…`
              : 'imported',
          (error: unknown) =>
            `no answer within ${BROWSER_TIMEOUT_MS / 1000} s (${String(error).slice(0, 40)})`,
        );
      const ms = performance.now() - t0;
      clearInterval(sampler);
      lines.push(
        `  browser ${file.label.padEnd(26)} ${(ms / 1000).toFixed(2).padStart(7)} s  peak ${peak.toFixed(0).padStart(5)} MB (+${(peak - base).toFixed(0)} over the open app)  ${shown}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return lines;
}

export async function benchLargeFiles(): Promise<void> {
  console.log(`large files — load average at start: ${loadavg()[0].toFixed(2)}`);
  const dir = mkdtempSync(join(tmpdir(), 'cnw-bench-large-'));
  try {
    const big = join(dir, 'edges-200MB.csv');
    const bigRows = await writeEdgeList(big, { megabytes: 200 });
    const largest = join(dir, 'edges-largest.csv');
    await writeEdgeList(largest, { rows: DEFAULT_MAX_ROWS });
    const files = [
      { label: `200 MB, ${(bigRows / 1e6).toFixed(1)} M rows`, path: big },
      {
        label: `${(statSync(largest).size / 2 ** 20).toFixed(0)} MB, ${DEFAULT_MAX_ROWS / 1e6} M rows (limit)`,
        path: largest,
      },
    ];
    for (const file of files) {
      const figure = runChild(file.path);
      console.log(
        `  node    ${file.label.padEnd(26)} ${(figure.ms / 1000).toFixed(2).padStart(7)} s  peak ${figure.maxRssMb.toFixed(0).padStart(5)} MB  ${figure.outcome}`,
      );
    }
    for (const line of await browserFigures(files)) console.log(line);
    console.log(`  load average at the end: ${loadavg()[0].toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3])));
} else if (import.meta.filename === process.argv[1]) {
  await benchLargeFiles();
}
