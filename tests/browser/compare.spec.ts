/**
 * The compare view in the browser: four sample regions side by side share one node-size
 * scale (checked on the rendered circles: equal values, equal rendered sizes, in every
 * panel; the size follows the formula over the maximum of ALL panels), and the comparison
 * table shows the numbers `npm run analyze -- --compare` prints for the same inputs.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAnalyze } from '../../src/cli/analyze.ts';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { openWithFour } from './compareShared.ts';
import { SAMPLE_DIR } from './expected.ts';

const SCREEN_DIR = resolve(import.meta.dirname, '..', '..', 'test-results');
const MIN_SIZE = 8; // DEFAULT_SIZE_SCALE_OPTIONS, restated: the test checks the drawing
const MAX_SIZE = 40;

export async function fourRegionsShareOneSizeScale({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openWithFour(page, baseUrl);
  await page.getByLabel('Node size').selectOption('degree');
  const nodes = await page
    .getByTestId('compare-panels')
    .getByTestId('compare-node')
    .evaluateAll((circles) =>
      circles.map((c) => ({
        panel: c.closest('[data-testid="compare-panel"]')!.getAttribute('data-region')!,
        value: Number(c.getAttribute('data-value')),
        width: c.getBoundingClientRect().width,
      })),
    );
  assert.ok(nodes.length > 200, `expected the four regions' nodes, got ${nodes.length}`);
  const max = Math.max(...nodes.map((n) => n.value));
  for (const node of nodes) {
    const expected = MIN_SIZE + ((MAX_SIZE - MIN_SIZE) * node.value) / max;
    assert.ok(
      Math.abs(node.width - expected) < 0.05,
      `${node.panel}: degree ${node.value} drawn ${node.width} px, expected ${expected}`,
    );
  }
  // Equal degrees in different panels are drawn at equal sizes…
  const byValue = new Map<number, { panels: Set<string>; widths: number[] }>();
  for (const n of nodes) {
    const entry = byValue.get(n.value) ?? { panels: new Set(), widths: [] };
    entry.panels.add(n.panel);
    entry.widths.push(n.width);
    byValue.set(n.value, entry);
  }
  const shared = [...byValue.values()].filter((e) => e.panels.size === 4);
  assert.ok(shared.length >= 3, 'several degrees occur in all four panels');
  for (const entry of shared)
    assert.ok(Math.max(...entry.widths) - Math.min(...entry.widths) < 0.05);
  // …and a panel whose own maximum is below the overall one does not stretch to MAX_SIZE.
  const panelMax = new Map<string, number>();
  for (const n of nodes) panelMax.set(n.panel, Math.max(panelMax.get(n.panel) ?? 0, n.width));
  const widest = [...panelMax.values()].sort((a, b) => a - b);
  assert.ok(
    widest[0] < MAX_SIZE - 1,
    `the smallest panel maximum ${widest[0]} px stays below ${MAX_SIZE}`,
  );
  // The mixing heatmaps share one colour scale: equal shares get equal colours everywhere,
  // and the darkest cell is the largest share over all regions.
  const cells = await page
    .locator('[data-testid="compare-mixing"] rect')
    .evaluateAll((rects) =>
      rects.map((r) => [Number(r.getAttribute('data-share')), r.getAttribute('fill')] as const),
    );
  const shareMax = Math.max(...cells.map(([share]) => share));
  assert.equal(Number(await page.getByTestId('compare-mixing').getAttribute('data-max')), shareMax);
  const colourOf = new Map<number, string | null>();
  for (const [share, fill] of cells) {
    if (colourOf.has(share)) assert.equal(fill, colourOf.get(share), `share ${share}`);
    colourOf.set(share, fill);
  }
  assert.equal(colourOf.get(shareMax), 'rgb(11, 92, 173)');
  assert.equal(colourOf.get(0) ?? 'rgb(255, 255, 255)', 'rgb(255, 255, 255)');
  mkdirSync(SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREEN_DIR, 'compare-four-regions.png'), fullPage: true });
}

export async function tableShowsTheNumbersOfAnalyzeCompare({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const folders = await openWithFour(page, baseUrl);
  const level = (await page.locator('.compare-view > .panel-caption').first().innerText()).match(
    /Level: (\w+)/,
  )![1];
  const run = await runAnalyze([
    '--compare',
    ...folders.map((f) => join(SAMPLE_DIR, f)),
    '--level',
    level,
    '--format',
    'json',
  ]);
  assert.equal(run.exitCode, 0, run.stderr);
  const cli = JSON.parse(run.stdout) as {
    rows: { key: string; values: (number | null)[]; best: number | null }[];
  };
  const shown = await page
    .locator('.compare-view > .compare-results [data-testid="compare-table"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        key: row.getAttribute('data-key')!,
        values: [...row.querySelectorAll('td')].map((td) => td.getAttribute('data-value') ?? ''),
        best: [...row.querySelectorAll('td')].findIndex((td) => td.classList.contains('best')),
      })),
    );
  assert.deepEqual(
    shown.map((r) => r.key),
    cli.rows.map((r) => r.key),
  );
  for (const [k, row] of cli.rows.entries()) {
    row.values.forEach((value, i) => {
      const cell = shown[k].values[i];
      if (value === null) assert.equal(cell, '', `${row.key}[${i}]`);
      else
        assert.ok(
          Math.abs(Number(cell) - value) <= 1e-9 * Math.max(1, Math.abs(value)),
          `${row.key}[${i}]: table ${cell}, analyze ${value}`,
        );
    });
    assert.equal(shown[k].best, row.best ?? -1, `${row.key}: best column`);
  }
  // The CSV export carries the same numbers as analyze --compare --format csv.
  const csvRun = await runAnalyze([
    '--compare',
    ...folders.map((f) => join(SAMPLE_DIR, f)),
    '--level',
    level,
    '--format',
    'csv',
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator('.compare-view > .compare-results')
      .getByRole('button', { name: 'Export CSV' })
      .click(),
  ]);
  assert.equal(download.suggestedFilename(), 'comparison.csv');
  const exported = readFileSync((await download.path())!, 'utf8').split('\r\n');
  const printed = csvRun.stdout.split('\r\n');
  assert.equal(exported.length, printed.length);
  const numbers = (line: string) =>
    line
      .split(',')
      .slice(2, 2 + folders.length)
      .map(Number);
  for (let i = 1; i < printed.length - 1; i++) {
    const [a, b] = [numbers(exported[i]), numbers(printed[i])];
    a.forEach((x, j) =>
      assert.ok(Math.abs(x - b[j]) <= 1e-9 * Math.max(1, Math.abs(b[j])), `CSV line ${i}`),
    );
  }
}

interface PeriodReference {
  periods: {
    period: { kind: string; to: number; from?: number };
    organizations: { nodes: number; edges: number };
  }[];
}

export async function yearSliderShowsEachPeriodWithStablePositions({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const reference = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', 'reference', 'periods.json'), 'utf8'),
  ) as Record<string, PeriodReference>;
  await openWithFour(page, baseUrl);
  const panel = (region: string) =>
    page.locator(`[data-testid="compare-panel"][data-region="${region}"]`);
  const positions = async (region: string) =>
    new Map(
      await panel(region)
        .getByTestId('compare-node')
        .evaluateAll((circles) =>
          circles.map(
            (c) =>
              [
                c.getAttribute('data-id')!,
                `${c.getAttribute('cx')},${c.getAttribute('cy')}`,
              ] as const,
          ),
        ),
    );
  const allYears = await positions('sapporo');
  const slider = page.getByTestId('year-slider');
  await slider.locator('input[type="checkbox"]').uncheck();
  for (const year of [2003, 2006]) {
    await slider.locator('input[type="range"]').fill(String(year));
    await page
      .locator('[data-testid="compare-view"][data-status="done"]')
      .waitFor({ timeout: APP_TIMEOUT_MS });
    for (const region of ['sapporo', 'nagano']) {
      const expected = reference[region].periods.find(
        (p) => p.period.kind === 'cumulative' && p.period.to === year,
      )!.organizations;
      const caption = await panel(region).locator('figcaption').innerText();
      assert.match(
        caption,
        new RegExp(`${expected.nodes} nodes · ${expected.edges} ties`),
        `${region} ≤ FY${year}`,
      );
    }
    for (const [id, at] of await positions('sapporo'))
      assert.equal(at, allYears.get(id), `${id} moved`);
  }
  // Play steps on from the shown year.
  await page.getByTestId('year-play').click();
  await page.locator('.year-slider-year', { hasText: 'FY2007' }).waitFor({ timeout: 5000 });
}

type Figures = Record<string, number>;

export async function timelineChartsShowTheIndicatorsNetworkxFinds({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const reference = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', 'reference', 'periods.json'), 'utf8'),
  ) as Record<
    string,
    { periods: { period: { kind: string; to: number }; organizations: Figures }[] }
  >;
  await openWithFour(page, baseUrl);
  await page
    .locator('[data-testid="timeline-charts"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS });
  for (const indicator of [
    'density',
    'largestComponentShare',
    'crossSectorShare',
    'eiIndex',
    'meanBetweenness',
  ]) {
    const points = JSON.parse(
      (await page
        .locator(`[data-testid="timeline-charts"] figure[data-indicator="${indicator}"]`)
        .getAttribute('data-points'))!,
    ) as Record<string, number | null>[];
    for (const region of ['sapporo', 'nagano']) {
      for (const { period, organizations } of reference[region].periods) {
        if (period.kind !== 'cumulative') continue;
        const shown = points.find((p) => p.year === period.to)?.[region];
        assert.ok(
          shown !== undefined &&
            shown !== null &&
            Math.abs(shown - organizations[indicator]) < 1e-9,
          `${region} ≤ FY${period.to} ${indicator}: chart ${shown}, networkx ${organizations[indicator]}`,
        );
      }
    }
  }
  mkdirSync(SCREEN_DIR, { recursive: true });
  await page
    .getByTestId('timeline-charts')
    .screenshot({ path: join(SCREEN_DIR, 'compare-timeline.png') });
}

export async function beforeAfterListsMatchNetworkx({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const reference = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', 'reference', 'periods.json'), 'utf8'),
  ) as Record<
    string,
    { beforeAfter: { joined: string[]; left: string[]; changed: { id: string }[] } }
  >;
  await openWithFour(page, baseUrl);
  const panel = page.getByTestId('before-after');
  await panel.getByLabel('Region').selectOption('sapporo');
  await panel.getByLabel('Before = up to').selectOption('2006');
  await page
    .locator('[data-testid="before-after"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS });
  const ids = (list: string) =>
    panel
      .getByTestId(list)
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
  const expected = reference.sapporo.beforeAfter;
  assert.deepEqual(await ids('joined'), expected.joined);
  assert.deepEqual(await ids('left'), expected.left);
  assert.deepEqual(
    await ids('changed'),
    expected.changed.map((c) => c.id),
  );
  const headers = await panel.locator('[data-testid="compare-table"] thead th').allInnerTexts();
  assert.deepEqual(headers.slice(1), ['FY2002–2006', 'FY2007–2009']);
}
