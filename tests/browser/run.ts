/**
 * Browser test runner (`npm run test:browser [-- <filter>...]`).
 *
 * 1. Builds the app with Vite's JS API into a fresh temporary folder, removed afterwards
 *    (several people run this at once in one checkout: a shared output folder would be
 *    emptied under another run's feet, and a developer's dist/ is left alone).
 * 2. Serves it on a free 127.0.0.1 port (tests/browser/staticServer.ts); the sample
 *    regions are at /sample-data/ because the build copied them there.
 * 3. Launches Debian Chromium through playwright-core (CHROMIUM_PATH overrides the path;
 *    playwright gives each launch a fresh temporary profile directory).
 * 4. Runs every named export of tests/browser/*.spec.ts in its own browser context,
 *    prints one line per test and then exactly `N passed, N failed`; a failing test leaves
 *    a screenshot in test-results/. Uncaught page errors fail the test.
 * Arguments filter tests by `spec › name` substring. Failed requests (HTTP >= 400) are
 * listed with a failure. Exit code 0 only when every test passed (and at least one ran).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from './staticServer.ts';
import type { BrowserTest } from './harness.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const RESULTS_DIR = join(REPO_ROOT, 'test-results');
const SPEC_DIR = import.meta.dirname;
const TEST_TIMEOUT_MS = 90_000;

interface NamedTest {
  spec: string;
  name: string;
  run: BrowserTest;
}

async function collectTests(filters: string[]): Promise<NamedTest[]> {
  const specs = readdirSync(SPEC_DIR)
    .filter((file) => file.endsWith('.spec.ts'))
    .sort();
  const tests: NamedTest[] = [];
  for (const file of specs) {
    const module = (await import(pathToFileURL(join(SPEC_DIR, file)).href)) as Record<
      string,
      unknown
    >;
    const spec = file.replace(/\.spec\.ts$/, '');
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function') continue;
      const id = `${spec} › ${name}`;
      if (filters.length > 0 && !filters.some((f) => id.includes(f))) continue;
      tests.push({ spec, name, run: value as BrowserTest });
    }
  }
  return tests;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOne(browser: Browser, baseUrl: string, test: NamedTest): Promise<string | null> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  let failure: string | null = null;
  try {
    await withTimeout(test.run({ page, context, baseUrl }), TEST_TIMEOUT_MS, test.name);
    if (pageErrors.length > 0) failure = `uncaught page error: ${pageErrors.join(' | ')}`;
  } catch (error) {
    failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (pageErrors.length > 0) failure += `\n  page errors: ${pageErrors.join(' | ')}`;
  }
  if (failure !== null) {
    if (consoleErrors.length > 0) failure += `\n  console errors: ${consoleErrors.join(' | ')}`;
    if (failedRequests.length > 0) failure += `\n  failed requests: ${failedRequests.join(' | ')}`;
    mkdirSync(RESULTS_DIR, { recursive: true });
    const shot = join(RESULTS_DIR, `${test.spec}-${test.name}.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    failure += `\n  screenshot: ${shot}`;
  }
  await context.close();
  return failure;
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

  const tests = await collectTests(filters);
  if (tests.length === 0) {
    console.error(
      'test:browser: no tests found in tests/browser/*.spec.ts' +
        (filters.length ? ` matching ${filters.join(', ')}` : ''),
    );
    console.log('0 passed, 0 failed');
    return 1;
  }

  const outDir = mkdtempSync(join(tmpdir(), 'cnw-browser-dist-'));
  const started = Date.now();
  try {
    await build({
      root: REPO_ROOT,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  console.log(`built app in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // dist only: the sample data is there because scripts/sampleDataPlugin.ts copied it,
  // so a broken copy step fails the tests instead of being papered over.
  const server = await startStaticServer([{ prefix: '/', root: outDir }]);
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    for (const test of tests) {
      const started = Date.now();
      const failure = await runOne(browser, server.baseUrl, test);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (failure === null) {
        passed += 1;
        console.log(`  ok    ${test.spec} › ${test.name} (${seconds} s)`);
      } else {
        failed += 1;
        console.log(`  FAIL  ${test.spec} › ${test.name} (${seconds} s)\n  ${failure}`);
      }
    }
  } finally {
    await browser?.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('test:browser:', error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
