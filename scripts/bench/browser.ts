/**
 * Browser part of `npm run bench`: speed of the workbench in Debian Chromium driven by
 * playwright-core against a production build (Vite `build()` into a temp folder, served by
 * tests/browser/staticServer.ts). For generated collaboration networks (makeCollabGraph,
 * written as generic nodes.csv / edges.csv) of 5,000/25,000 and 20,000/100,000 it measures:
 *  1. import → first drawn frame: performance.now() in the page from just before the file
 *     input change to graph-canvas[data-state="ready"] with the node count in graph-stats,
 *     plus one requestAnimationFrame (a MutationObserver notes the state change).
 *  2. long tasks (PerformanceObserver 'longtask', installed before navigation) while metrics
 *     and layout run, until metrics-status[data-status="done"] or a timeout; and input delay:
 *     every 100 ms a synthetic keydown is dispatched, delay = handler time − scheduled time.
 *  3. frame times (requestAnimationFrame deltas) for ~3 s while Node drags and wheel-zooms
 *     over the canvas: median and 95th percentile.
 * Targets (workbench issue, 5k/25k): import < 3 s, no long task > 200 ms, median frame
 * < 33 ms; 20k/100k: opens, draws, stays usable. Headless Chromium uses SwiftShader (software
 * WebGL): frame times are a CPU's, not a GPU's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../../tests/browser/staticServer.ts';
import { makeCollabGraph } from './collabGraph.ts';
import type { Csr } from '../../src/metrics/csr.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const SECTORS = ['university', 'company', 'government', 'intermediary'];
const SIZES: [number, number][] = [
  [5_000, 25_000],
  [20_000, 100_000],
];

/** Seeded mulberry32. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toCsvFiles(csr: Csr, seed: number): { name: string; buffer: Buffer; mimeType: string }[] {
  const rand = rng(seed);
  const nodes = ['id,label,sector'];
  for (let u = 0; u < csr.n; u++) {
    nodes.push(`n${u},Org ${u},${SECTORS[Math.floor(rand() * SECTORS.length)]}`);
  }
  const edges = ['source,target,weight'];
  for (let u = 0; u < csr.n; u++) {
    for (let k = csr.offsets[u]; k < csr.offsets[u + 1]; k++) {
      const v = csr.targets[k];
      if (u < v) edges.push(`n${u},n${v},${csr.weights[k]}`);
    }
  }
  return [
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodes.join('\n') + '\n') },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edges.join('\n') + '\n') },
  ];
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
}

// tsx (esbuild keepNames) wraps named page functions in __name(); define it in the page.
const INIT_SCRIPT = `
window.__name = (fn) => fn;
window.__bench = { longTasks: [], inputDelays: [], frames: [] };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
`;

interface Row {
  figure: string;
  value: string;
  target: string;
  pass: string;
}

async function benchOne(page: Page, baseUrl: string, n: number, m: number): Promise<Row[]> {
  const label = `${n / 1000}k/${m / 1000}k`;
  const csr = makeCollabGraph(n, m, 42);
  const files = toCsvFiles(csr, 7);
  await page.goto(baseUrl + '/');
  await page.getByTestId('file-input').waitFor({ state: 'attached', timeout: 60_000 });
  // 1. import → first drawn frame, timed in the page.
  await page.evaluate((expected: number) => {
    const b = (window as unknown as { __bench: Record<string, unknown> }).__bench;
    b.importStart = performance.now();
    b.drawn = new Promise<number>((resolveDrawn) => {
      const check = (): boolean => {
        const canvas = document.querySelector('[data-testid="graph-canvas"]');
        const stats = document.querySelector('[data-testid="graph-stats"]')?.textContent ?? '';
        const count = Number(/^([\d,]+) nodes/.exec(stats)?.[1]?.replace(/,/g, '') ?? NaN);
        if (canvas?.getAttribute('data-state') === 'ready' && count === expected) {
          requestAnimationFrame(() => resolveDrawn(performance.now()));
          return true;
        }
        return false;
      };
      if (check()) return;
      const obs = new MutationObserver(() => {
        if (check()) obs.disconnect();
      });
      obs.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    // Input probe: every 100 ms a keydown; delay until its handler runs.
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'F24') return;
      const sent = (e as KeyboardEvent & { __sent?: number }).__sent ?? e.timeStamp;
      (b.inputDelays as number[]).push(performance.now() - sent);
    });
    b.probe = setInterval(() => {
      const scheduled = performance.now();
      setTimeout(() => {
        const ev = new KeyboardEvent('keydown', { key: 'F24' }) as KeyboardEvent & {
          __sent?: number;
        };
        ev.__sent = scheduled;
        window.dispatchEvent(ev);
      }, 0);
    }, 100);
  }, n);
  await page.getByTestId('file-input').setInputFiles(files);
  let importMs = NaN;
  let opened = true;
  try {
    importMs = await page.evaluate(
      (limit: number) => {
        const b = (window as unknown as { __bench: Record<string, unknown> }).__bench;
        return Promise.race([
          (b.drawn as Promise<number>).then((t) => t - (b.importStart as number)),
          new Promise<number>((r) => setTimeout(() => r(NaN), limit)),
        ]);
      },
      n > 10_000 ? 120_000 : 60_000,
    );
    opened = Number.isFinite(importMs);
  } catch (error) {
    opened = false;
    console.log(`  ${label}: drawing not observed: ${String(error).slice(0, 300)}`);
    console.log(
      `  graph-stats: ${await page
        .getByTestId('graph-stats')
        .textContent()
        .catch(() => '?')}`,
    );
  }
  // 2. wait for metrics to finish (or timeout), then read long tasks and input delays.
  const metricsStart = Date.now();
  const metricsDone = await page
    .locator('[data-testid="metrics-status"][data-status="done"]')
    .waitFor({ state: 'attached', timeout: n > 10_000 ? 90_000 : 45_000 })
    .then(() => true)
    .catch(() => false);
  const metricsSeconds = (Date.now() - metricsStart) / 1000;
  const busy = await page.evaluate(() => {
    const b = (window as unknown as { __bench: Record<string, unknown> }).__bench;
    clearInterval(b.probe as number);
    const tasks = (b.longTasks as { start: number; duration: number }[]).filter(
      (t) => t.start >= (b.importStart as number),
    );
    const delays = b.inputDelays as number[];
    return {
      count: tasks.length,
      longest: tasks.reduce((x, t) => Math.max(x, t.duration), 0),
      maxDelay: delays.reduce((x, d) => Math.max(x, d), 0),
      probes: delays.length,
    };
  });
  // 3. frame times while panning and zooming.
  const box = await page.getByTestId('graph-canvas').boundingBox();
  let frames: number[] = [];
  if (box && opened) {
    await page.evaluate(() => {
      const b = (window as unknown as { __bench: { frames: number[]; stop?: boolean } }).__bench;
      b.frames = [];
      b.stop = false;
      let last = performance.now();
      const tick = (t: number): void => {
        b.frames.push(t - last);
        last = t;
        if (!b.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame((t) => {
        last = t;
        requestAnimationFrame(tick);
      });
    });
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const until = Date.now() + 3000;
    let i = 0;
    while (Date.now() < until) {
      if (i % 2 === 0) {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        for (let s = 1; s <= 10; s++) await page.mouse.move(cx + s * 12, cy + s * 6);
        await page.mouse.up();
      } else {
        await page.mouse.move(cx, cy);
        for (let s = 0; s < 5; s++) await page.mouse.wheel(0, i % 4 === 1 ? -120 : 120);
      }
      i++;
    }
    frames = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { frames: number[]; stop?: boolean } }).__bench;
      b.stop = true;
      return b.frames;
    });
  }
  const median = quantile(frames, 0.5);
  const p95 = quantile(frames, 0.95);
  const big = n > 10_000;
  const pf = (ok: boolean): string => (ok ? 'pass' : 'FAIL');
  return [
    {
      figure: `${label} import → first drawn frame`,
      value: opened ? `${(importMs / 1000).toFixed(2)} s` : 'did not draw',
      target: big ? 'opens and draws' : '< 3 s',
      pass: big ? pf(opened) : pf(importMs < 3000),
    },
    {
      figure: `${label} metrics finished`,
      value: metricsDone
        ? `after ${metricsSeconds.toFixed(1)} s more`
        : `not within ${metricsSeconds.toFixed(0)} s`,
      target: 'done',
      pass: pf(metricsDone),
    },
    {
      figure: `${label} long tasks during import+metrics (count, longest)`,
      value: `${busy.count}, ${busy.longest.toFixed(0)} ms`,
      target: big ? 'usable' : 'none > 200 ms',
      pass: big ? '—' : pf(busy.longest <= 200),
    },
    {
      figure: `${label} max input delay (${busy.probes} probes)`,
      value: `${busy.maxDelay.toFixed(0)} ms`,
      target: '≤ 200 ms',
      pass: pf(busy.maxDelay <= 200),
    },
    {
      figure: `${label} pan/zoom frame time median / p95 (${frames.length} frames)`,
      value: `${median.toFixed(1)} / ${p95.toFixed(1)} ms`,
      target: big ? 'usable' : 'median < 33 ms',
      pass: big ? '—' : pf(median < 33),
    },
  ];
}

export async function benchBrowser(): Promise<void> {
  console.log(
    '\n== browser (Chromium headless, SwiftShader software WebGL: not GPU frame times) ==',
  );
  const outDir = mkdtempSync(join(tmpdir(), 'cnw-bench-dist-'));
  let browser: Browser | undefined;
  let server: { baseUrl: string; close(): Promise<void> } | undefined;
  try {
    await build({ root: REPO_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = await startStaticServer([{ prefix: '/', root: outDir }]);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const rows: Row[] = [];
    for (const [n, m] of SIZES) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(INIT_SCRIPT);
      const page = await context.newPage();
      try {
        rows.push(...(await benchOne(page, server.baseUrl, n, m)));
      } catch (error) {
        rows.push({
          figure: `${n}/${m}`,
          value: String(error).slice(0, 80),
          target: '',
          pass: 'FAIL',
        });
      }
      console.log(
        `  load average after ${n}/${m}: ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      await context.close();
    }
    const w = Math.max(...rows.map((r) => r.figure.length));
    for (const r of rows) {
      console.log(
        `  ${r.figure.padEnd(w)}  ${r.value.padStart(22)}  ${r.target.padEnd(16)} ${r.pass}`,
      );
    }
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
