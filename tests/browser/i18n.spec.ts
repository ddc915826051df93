/**
 * The interface in English and Japanese: a Japanese browser opens the workbench in
 * Japanese with nothing stored; the language picker turns every panel Japanese, the choice
 * survives a reload and English comes back; every panel walked in Japanese finds all its
 * texts in the catalogues (window.__cnwMissingKeys stays empty); Japanese node labels are
 * drawn as glyphs (not tofu) on the canvas and written as text in the SVG export.
 *
 * Expected texts are read from the catalogue files here (src/i18n/locales/<lng>/*.json,
 * and METRIC_INFO for the English metric texts), not from the app's code.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { METRIC_INFO } from '../../src/metrics/info.ts';
import { APP_TIMEOUT_MS, textOf, type BrowserTestArgs } from './harness.ts';
import type { ImportProblem } from '../../src/model/index.ts';
import {
  BROKEN_GRAPHML,
  CSV_FILES,
  expectedReport,
  pickFiles,
  waitForDrawn,
} from './filesShared.ts';

const LOCALES = resolve(import.meta.dirname, '..', '..', 'src', 'i18n', 'locales');
const SCREEN_DIR = resolve(import.meta.dirname, '..', '..', 'test-results');

type Catalogue = { [key: string]: string | Catalogue };

function catalogue(language: 'en' | 'ja', namespace: string): Catalogue {
  return JSON.parse(
    readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8'),
  ) as Catalogue;
}

/** A text of a catalogue by its dotted key. */
function text(language: 'en' | 'ja', key: string): string {
  const [namespace, path] = key.split(':');
  let node: string | Catalogue = catalogue(language, namespace);
  for (const part of path.split('.')) {
    assert.ok(typeof node === 'object' && part in node, `${language}:${key} in the catalogue`);
    node = node[part];
  }
  assert.equal(typeof node, 'string', `${language}:${key} is a text`);
  return node as string;
}

const SAMPLE_INDEX = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', '..', 'sample-data', 'index.json'), 'utf8'),
) as { id: string; description?: string; themeJa?: string; descriptionJa?: string }[];
const JA_METRICS = catalogue('ja', 'metrics') as Record<string, Record<string, string>>;
const JA_REASONS = catalogue('ja', 'reasons') as Record<string, string>;

/** A problem's reason as the Japanese catalogue words it, filled here from its values. */
function japaneseReason(problem: ImportProblem): string {
  assert.ok(problem.code !== undefined && problem.code in JA_REASONS, `ja reason ${problem.code}`);
  const values = problem.values ?? {};
  return JA_REASONS[problem.code]
    .replace(/\$t\(reasons:(\w+)\)/g, (_, code: string) => JA_REASONS[code])
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}
const SECTORS = ['academia', 'industry', 'government', 'intermediary'] as const;

async function openWorkbench(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await waitForDrawn(page);
  await page
    .locator('[data-testid="scorecard"][data-status="done"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREEN_DIR, name) });
}

async function missingKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(window as unknown as { __cnwMissingKeys: Set<string> }).__cnwMissingKeys].sort(),
  );
}

async function pickLanguage(page: Page, language: 'en' | 'ja'): Promise<void> {
  await page.getByTestId('lang-select').selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}

/** Opens the compare view (its default regions) and waits until it has computed. */
async function openCompare(page: Page): Promise<void> {
  await page
    .locator('[data-testid="compare-open"]:not([disabled])')
    .click({ timeout: APP_TIMEOUT_MS });
  await page
    .locator('[data-testid="compare-view"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS * 2 });
}

/** Selects the first row of the node table and waits for its details. */
async function selectFirstRow(page: Page): Promise<void> {
  const row = page.getByTestId('node-row').first();
  const node = await row.getAttribute('data-node');
  await row.click();
  await page
    .locator(`[data-testid="details-panel"][data-node="${node}"]`)
    .waitFor({ timeout: APP_TIMEOUT_MS });
}

export async function japaneseBrowserOpensInJapanese({ context, baseUrl }: BrowserTestArgs) {
  const browser = context.browser();
  assert.ok(browser, 'the test context belongs to a browser');
  let japanese: BrowserContext | null = null;
  try {
    japanese = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'ja-JP',
    });
    // Japanese navigator.languages, and what was stored before the app ran (the detector
    // stores what it finds). A plain script: it runs before the page's own.
    await japanese.addInitScript({
      content: `Object.defineProperty(navigator, 'languages', { get: () => ['ja-JP', 'ja'] });
        try { window.__storedLanguage = localStorage.getItem('cnw.language'); } catch {}`,
    });
    const page = await japanese.newPage();
    await page.goto(baseUrl + '/');
    assert.equal(
      await page.evaluate(
        () => (window as unknown as { __storedLanguage: string | null }).__storedLanguage,
      ),
      null,
      'no stored language choice',
    );
    await waitForDrawn(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
    const select = page.getByTestId('lang-select');
    assert.equal(await select.inputValue(), 'ja');
    assert.equal(
      (await select.locator('option:checked').innerText()).trim(),
      text('ja', 'common:language.ja'),
    );
    assert.equal(
      (await page.locator('.app-header h1').innerText()).trim(),
      text('ja', 'common:appTitle'),
    );
    const legend = await textOf(page, 'legend');
    for (const sector of SECTORS) {
      const name = text('ja', `common:sector.${sector}.name`);
      assert.ok(legend.includes(name), `legend names ${sector} "${name}": ${legend}`);
      assert.ok(
        !legend.includes(text('en', `common:sector.${sector}.name`)),
        `no English ${sector}`,
      );
    }
    // The sample region's own words (sample-data/index.json) in Japanese too.
    const region = await page.getByTestId('region-select').inputValue();
    const sample = SAMPLE_INDEX.find((entry) => entry.id === region);
    assert.ok(sample?.themeJa && sample.descriptionJa, `Japanese texts of ${region}`);
    const about = await page.locator('.region-description').innerText();
    assert.ok(about.includes(sample.themeJa) && about.includes(sample.descriptionJa), about);
    assert.ok(!about.includes(sample.description ?? '?'), 'no English description');
    await shot(page, 'i18n-japanese-browser.png');
  } finally {
    await japanese?.close();
  }
}

/** Texts of several panels that must follow the language (legend, scorecard, filters, table, details, compare). */
async function assertPanelsIn(page: Page, language: 'en' | 'ja'): Promise<void> {
  const metric = (id: string, field: 'label' | 'explanation') =>
    language === 'ja' ? JA_METRICS[id][field] : METRIC_INFO[id][field];
  assert.equal(
    (await page.locator('.app-header h1').innerText()).trim(),
    text(language, 'common:appTitle'),
  );
  const legend = await textOf(page, 'legend');
  for (const sector of SECTORS)
    assert.ok(
      legend.includes(text(language, `common:sector.${sector}.name`)),
      `${language} legend: ${legend}`,
    );
  // The scorecard's density line, opened: its explanation.
  const density = page.locator('[data-testid="scorecard"] details[data-metric="density"]');
  if (!(await density.evaluate((d) => (d as HTMLDetailsElement).open)))
    await density.locator('summary').click();
  assert.equal(
    (await density.locator('.metric-explanation p').first().innerText()).trim(),
    metric('density', 'explanation'),
  );
  assert.equal(
    (await density.locator('.metric-label').innerText()).trim(),
    metric('density', 'label'),
  );
  assert.equal(
    (await page.locator('#filters-title').textContent())?.trim(),
    text(language, 'filters:title'),
  );
  const header = page.locator('[role="columnheader"][data-column="betweenness"]');
  assert.equal(await header.getAttribute('title'), metric('betweenness', 'explanation'));
  const degreeRow = page.locator('[data-testid="details-metrics"] tr[data-metric="degree"] th');
  assert.equal(await degreeRow.getAttribute('title'), metric('degree', 'explanation'));
  assert.ok((await degreeRow.innerText()).includes(metric('degree', 'label')));
}

export async function switchingLanguageTurnsTheInterfaceAndSticks({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openWorkbench(page, baseUrl);
  assert.equal(await page.getByTestId('lang-select').inputValue(), 'en');
  await page.getByTestId('node-table-toggle').click();
  await selectFirstRow(page);
  await assertPanelsIn(page, 'en');
  const english = await textOf(page, 'graph-stats');
  const [nodes, edges] = [...english.matchAll(/[\d,]+/g)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );

  await pickLanguage(page, 'ja');
  await assertPanelsIn(page, 'ja');
  assert.equal(await page.title(), text('ja', 'common:appTitle'));
  // Counts in the Japanese sentence and number format.
  assert.equal(
    await textOf(page, 'graph-stats'),
    text('ja', 'common:nodesEdges')
      .replace('{{nodes}}', nodes.toLocaleString('ja-JP'))
      .replace('{{edges}}', edges.toLocaleString('ja-JP')),
  );
  // A share in the scorecard, formatted for ja (same digits as Intl gives in Node).
  const densityValue = await page.getByTestId('metric-density').innerText();
  assert.match(densityValue.trim(), /^0\.\d+$/);
  await openCompare(page);
  const view = page.getByTestId('compare-view');
  assert.equal((await view.locator('h2').innerText()).trim(), text('ja', 'compare:title'));
  assert.equal(
    (
      await page
        .locator(
          '.compare-view > .compare-results [data-testid="compare-table"] tr[data-key="density"] .compare-row-label',
        )
        .innerText()
    ).trim(),
    JA_METRICS.density.label,
  );
  const counts = await view.locator('.compare-panel-counts').first().innerText();
  assert.match(
    counts,
    new RegExp(`^${text('ja', 'compare:counts').replace(/\{\{\w+\}\}/g, '[\\d,]+')}$`),
  );
  await view.getByRole('button', { name: text('ja', 'compare:close') }).click();

  // The choice is remembered.
  await page.reload();
  await waitForDrawn(page);
  assert.equal(await page.getByTestId('lang-select').inputValue(), 'ja');
  assert.equal(
    (await page.locator('.app-header h1').innerText()).trim(),
    text('ja', 'common:appTitle'),
  );

  await pickLanguage(page, 'en');
  assert.equal(await page.title(), text('en', 'common:appTitle'));
  await page
    .locator('[data-testid="scorecard"][data-status="done"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await page.getByTestId('node-table-toggle').click();
  await selectFirstRow(page);
  await assertPanelsIn(page, 'en');
  assert.equal(await textOf(page, 'graph-stats'), english);
}

export async function everyPanelInJapaneseFindsItsTexts({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openWorkbench(page, baseUrl);
  await pickLanguage(page, 'ja');
  // Scorecard: every metric line opened.
  for (const line of await page.locator('[data-testid="scorecard"] details').all())
    await line.locator('summary').click();
  // Node table and the details of a node.
  await page.getByTestId('node-table-toggle').click();
  await selectFirstRow(page);
  // The export menu.
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-menu').waitFor({ state: 'visible' });
  await shot(page, 'i18n-ja-export-menu.png');
  await page.keyboard.press('Escape');
  // The import report of a CSV with problems.
  await pickFiles(page, CSV_FILES);
  const report = page.getByTestId('import-report');
  await report.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await shot(page, 'i18n-ja-import-report.png');
  // Each problem's reason in Japanese: the importer's code and values, worded by ja/reasons.
  const problems = (await expectedReport()).problems;
  assert.ok(problems.length >= 3, 'the fixture has problems');
  assert.deepEqual(
    await report
      .locator('[data-testid="import-report-problems"] tbody td:nth-child(4)')
      .allInnerTexts(),
    problems.map(japaneseReason),
  );
  await report.getByRole('button', { name: text('ja', 'common:close') }).click();
  await report.waitFor({ state: 'detached' });
  // A file that loads nothing: its fatal problem in Japanese, with the file named.
  await pickFiles(page, [{ name: 'broken.graphml', text: BROKEN_GRAPHML }]);
  const failed = await textOf(page, 'import-error');
  assert.ok(failed.includes(text('ja', 'import:failed')), failed);
  assert.ok(failed.includes('broken.graphml: ' + JA_REASONS.malformedXml.split('{{')[0]), failed);
  await page.getByTestId('import-error').getByRole('button').click();
  // A workspace file that is not JSON: said in Japanese too.
  await pickFiles(page, [{ name: 'w.json', text: '{ not json' }]);
  const notJson = await textOf(page, 'import-error');
  assert.ok(notJson.includes(text('ja', 'workspace:messages.notJson').split('{{')[0]), notJson);
  assert.ok(!notJson.includes('Not a usable workspace'), notJson);
  await page.getByTestId('import-error').getByRole('button').click();
  // The compare view, with its timeline and before/after.
  await openCompare(page);
  await page
    .locator('[data-testid="timeline-charts"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS * 2 });
  await page
    .locator('[data-testid="before-after"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS * 2 });
  await shot(page, 'i18n-ja-compare.png');
  // The compare picture speaks Japanese too, in a font stack that covers it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-picture-svg').click(),
  ]);
  const picture = readFileSync((await download.path())!, 'utf8');
  const title = text('ja', 'compare:pictureTitle').replace(/\{\{regions\}\}.*$/, '');
  assert.ok(picture.includes(`>${title}`), `picture title starts "${title}"`);
  for (const words of [
    text('ja', 'compare:metric'),
    JA_METRICS.density.label,
    JA_METRICS.crossSectorShare.label,
  ])
    assert.ok(picture.includes(`>${words}<`), `picture holds "${words}"`);
  assert.ok(!picture.includes('>Metric<'), 'no English table header');
  assert.match(picture, /font-family="[^"]*Noto Sans CJK JP/);
  const missing = await missingKeys(page);
  assert.deepEqual(missing, [], `keys missing from the catalogues:\n  ${missing.join('\n  ')}`);
}

const JAPANESE_NODES = [
  'id,label,sector',
  'hokudai,北海道大学,academia',
  'sapporo,札幌市,government',
  'hq,札幌知的クラスター本部,intermediary',
  'hokuden,北海道電力株式会社,industry',
  'bio,株式会社札幌バイオ,industry',
].join('\n');
const JAPANESE_EDGES = [
  'source,target,weight',
  'hokudai,sapporo,2',
  'hokudai,hq,3',
  'hq,hokuden,1',
  'hq,bio,1',
  'hokudai,bio,2',
  'sapporo,hq,1',
].join('\n');

interface CyLike {
  nodes(): { style(name: string): string; length: number };
}

export async function japaneseLabelsAreDrawnAndExported({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openWorkbench(page, baseUrl);
  await pickFiles(page, [
    { name: 'nodes.csv', text: JAPANESE_NODES },
    { name: 'edges.csv', text: JAPANESE_EDGES },
  ]);
  // The import report (every row imported) is closed first.
  const report = page.getByTestId('import-report');
  await report.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await report.getByRole('button', { name: text('en', 'common:close') }).click();
  await report.waitFor({ state: 'detached' });
  await page
    .locator('[data-testid="graph-stats"]', { hasText: /^5 nodes/ })
    .waitFor({ timeout: APP_TIMEOUT_MS });
  await waitForDrawn(page);
  const canvas = page.getByTestId('graph-canvas');
  const font = await canvas.evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
    return cy.nodes().style('font-family');
  });
  assert.match(
    font,
    /CJK|Noto Sans JP|Hiragino|Yu Gothic|Droid Sans Fallback/,
    `canvas font ${font}`,
  );

  // In the canvas's font, 北 海 道 are three different glyphs, none of them the box a
  // missing glyph (tofu) is drawn as: the same box for all would mean no CJK face.
  const glyphs = await page.evaluate(
    (family) =>
      ['北', '海', '道', '\u{10FFFD}'].map((character) => {
        const c = document.createElement('canvas');
        c.width = 40;
        c.height = 40;
        const g = c.getContext('2d')!;
        g.font = `24px ${family}`;
        g.fillStyle = '#000';
        g.fillText(character, 4, 30);
        const data = g.getImageData(0, 0, 40, 40).data;
        let ink = 0;
        let signature = '';
        for (let i = 3; i < data.length; i += 4) {
          if (data[i] > 128) ink++;
          signature += data[i] > 128 ? '1' : '0';
        }
        return { ink, signature };
      }),
    font,
  );
  const [kita, umi, michi, missing] = glyphs;
  for (const glyph of [kita, umi, michi]) assert.ok(glyph.ink > 20, 'a glyph has ink');
  assert.equal(
    new Set([kita, umi, michi].map((g) => g.signature)).size,
    3,
    'three distinct glyphs',
  );
  for (const glyph of [kita, umi, michi])
    assert.notEqual(glyph.signature, missing.signature, 'not the missing-glyph box');

  // The labels are on the canvas: its pixels change when the labels are switched off.
  const pixels = () =>
    canvas.evaluate((element) => {
      const layers = [...element.querySelectorAll('canvas')];
      return layers.map((layer) => {
        const g = layer.getContext('2d');
        if (g === null) return '';
        const { data } = g.getImageData(0, 0, layer.width, layer.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i + 3] > 200 && data[i] < 80 && data[i + 1] < 80 && data[i + 2] < 80) dark++;
        return String(dark);
      });
    });
  const darkOf = (layers: string[]) => layers.reduce((sum, n) => sum + Number(n || 0), 0);
  // Read once the canvas holds still: two reads 200 ms apart agree (a redraw in between
  // once read 0 dark pixels with labels on). `until` says when to stop waiting.
  const settled = async (until: (dark: number) => boolean): Promise<number> => {
    let last = -1;
    for (let i = 0; i < 50; i++) {
      const dark = darkOf(await pixels());
      if (dark === last && until(dark)) return dark;
      last = dark;
      await page.waitForTimeout(200);
    }
    return last;
  };
  const labelled = await settled((dark) => dark > 200);
  await page.getByTestId('label-count').selectOption('0');
  const unlabelled = await settled((dark) => dark < labelled);
  assert.ok(
    labelled - unlabelled > 200,
    `label text pixels: ${labelled} with labels, ${unlabelled} without`,
  );
  await page.getByTestId('label-count').selectOption('8');
  await page.waitForTimeout(300);
  await shot(page, 'i18n-japanese-labels.png');

  // The SVG export writes the labels as text in a font stack that covers Japanese.
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // The labels the canvas draws are in the SVG; those it hides for crowding are not.
  const { drawn, hidden } = await canvas.evaluate((element) => {
    interface Node {
      data(k: string): string;
      hasClass(c: string): boolean;
      style(p: string): string;
    }
    const cy = (element as unknown as { _cyreg: { cy: { nodes(): ArrayLike<Node> } } })._cyreg.cy;
    const labelled = Array.from(cy.nodes()).filter((node) => node.style('label') !== '');
    return {
      drawn: labelled.filter((node) => !node.hasClass('label-hidden')).map((n) => n.data('label')),
      hidden: labelled.filter((node) => node.hasClass('label-hidden')).map((n) => n.data('label')),
    };
  });
  assert.ok(drawn.length >= 3, `labels drawn: ${drawn.join(', ')}`);
  for (const label of drawn) assert.ok(svg.includes(`>${label}<`), `SVG holds "${label}"`);
  for (const label of hidden) assert.ok(!svg.includes(`>${label}<`), `SVG leaves out "${label}"`);
  assert.match(svg, /font-family[=:]\s*"?[^">]*Noto Sans CJK JP/, 'a CJK font in the SVG');
  // The PNG export of the same drawing (the menu may still be open).
  if (!(await page.getByTestId('export-menu').isVisible()))
    await page.getByTestId('export-button').click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  const bytes = readFileSync((await png.path())!);
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
}
