/**
 * The compare view as one picture, and before/after as two panels:
 * - "Export picture (SVG)" downloads an SVG that the browser's own DOMParser reads without
 *   error and that holds the four region names, every value of the table as shown, every
 *   node of the four panels and every chart; "(PNG)" downloads a PNG twice the SVG's size.
 * - Before/after draws the two periods as two compare panels with one size scale over both
 *   (each circle's size from the formula over the maximum of BOTH periods, so equal values
 *   are drawn the same size) and one position per node in both panels.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { openWithFour } from './compareShared.ts';

const SCREEN_DIR = resolve(import.meta.dirname, '..', '..', 'test-results');
const MIN_SIZE = 8; // DEFAULT_SIZE_SCALE_OPTIONS, restated: the test checks the drawing
const MAX_SIZE = 40;

export async function pictureExportHoldsPanelsTableAndCharts({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openWithFour(page, baseUrl);
  await page
    .locator('[data-testid="timeline-charts"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS });
  const main = page.getByTestId('compare-panels');
  const names = await main.locator('figcaption strong').allInnerTexts();
  assert.equal(names.length, 4);
  const nodeCount = await main.getByTestId('compare-node').count();
  const cells = await page
    .locator('.compare-view > .compare-results [data-testid="compare-table"] tbody td')
    .allInnerTexts();
  const chartCount = await page
    .locator('.compare-view svg.recharts-surface, [data-testid="compare-mixing"] svg')
    .evaluateAll((svgs) => svgs.filter((s) => !s.closest('[data-testid="before-after"]')).length);
  const level = (await page.locator('.compare-view > .panel-caption').first().innerText()).match(
    /Level: (\w+)/,
  )![1];

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-picture-svg').click(),
  ]);
  assert.match(
    svgDownload.suggestedFilename(),
    new RegExp(`^compare-[^/]+-${level}-\\d{4}-\\d{2}-\\d{2}\\.svg$`),
  );
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  assert.ok(svg.length > 1000);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      nodes: doc.querySelectorAll('circle[data-testid="compare-node"]').length,
      charts: doc.querySelectorAll('.picture-part').length - 4,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, svg);
  assert.equal(parsed.error, null);
  for (const name of names) assert.ok(parsed.texts.includes(name), `region ${name} in the SVG`);
  for (const cell of cells.filter((c) => c.trim() !== ''))
    assert.ok(parsed.texts.includes(cell.trim()), `table value "${cell}" in the SVG`);
  assert.equal(parsed.nodes, nodeCount);
  assert.equal(parsed.charts, chartCount);
  assert.ok(chartCount >= 8, `charts: ${chartCount}`);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-picture-png').click(),
  ]);
  assert.match(pngDownload.suggestedFilename(), /\.png$/);
  const png = readFileSync((await pngDownload.path())!);
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
  assert.equal(png.readUInt32BE(16), 2 * parsed.width); // IHDR width at 2×
  assert.equal(png.readUInt32BE(20), 2 * parsed.height);
  assert.ok(png.length > 20_000, `PNG of ${png.length} bytes`);
  mkdirSync(SCREEN_DIR, { recursive: true });
  writeFileSync(join(SCREEN_DIR, 'compare-picture.png'), png);
  writeFileSync(join(SCREEN_DIR, 'compare-picture.svg'), svg);
}

export async function beforeAfterDrawsBothPeriodsOnOneScale({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openWithFour(page, baseUrl);
  const section = page.getByTestId('before-after');
  await section.getByLabel('Region').selectOption('sapporo');
  await section.getByLabel('Before = up to').selectOption('2005');
  await page
    .locator('[data-testid="before-after"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS });
  const panels = section.getByTestId('compare-panel');
  assert.equal(await panels.count(), 2);
  assert.deepEqual(await panels.locator('figcaption strong').allInnerTexts(), [
    'FY2002–2005',
    'FY2006–2009',
  ]);
  const nodes = await section.getByTestId('compare-node').evaluateAll((circles) =>
    circles.map((c) => ({
      panel: c.closest('[data-testid="compare-panel"]')!.getAttribute('data-region')!,
      id: c.getAttribute('data-id')!,
      value: Number(c.getAttribute('data-value')),
      width: c.getBoundingClientRect().width,
      at: `${c.getAttribute('cx')},${c.getAttribute('cy')}`,
    })),
  );
  const before = nodes.filter((n) => n.panel.endsWith(':before'));
  const after = nodes.filter((n) => n.panel.endsWith(':after'));
  assert.ok(before.length > 20 && after.length > 20, `${before.length} / ${after.length} nodes`);
  const max = Math.max(...nodes.map((n) => n.value));
  for (const node of nodes) {
    const expected = MIN_SIZE + ((MAX_SIZE - MIN_SIZE) * node.value) / max;
    assert.ok(
      Math.abs(node.width - expected) < 0.05,
      `${node.panel} ${node.id}: ${node.value} drawn ${node.width} px, expected ${expected}`,
    );
  }
  // The same value is drawn the same size in both periods (one scale, not one per panel).
  const widthOf = new Map<number, number>();
  let shared = 0;
  for (const n of before) widthOf.set(n.value, n.width);
  for (const n of after) {
    const w = widthOf.get(n.value);
    if (w === undefined) continue;
    shared++;
    assert.ok(Math.abs(w - n.width) < 0.05, `value ${n.value}: ${w} vs ${n.width} px`);
  }
  assert.ok(shared >= 2, 'several values occur in both periods');
  // A node present in both periods is drawn at the same place (layout of all years).
  const place = new Map(before.map((n) => [n.id, n.at]));
  const both = after.filter((n) => place.has(n.id));
  assert.ok(both.length > 10);
  for (const n of both) assert.equal(n.at, place.get(n.id), `${n.id} moved`);
  mkdirSync(SCREEN_DIR, { recursive: true });
  await section
    .getByTestId('before-after-panels')
    .screenshot({ path: join(SCREEN_DIR, 'compare-before-after.png') });
}
