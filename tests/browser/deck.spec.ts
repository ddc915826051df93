/**
 * The offline deck: scenes read from the workbench canvas (snapshotScene on the page's
 * own Cytoscape instance), the deck HTML written to a temporary folder and opened from a
 * file:// URL in a new browser context with the network cut (offline, and every request
 * that is not file: aborted and counted). The viewer must draw the first scene, step
 * with the keyboard, show a node's label on hover, pan and zoom, show a hostile label as
 * text, and speak Japanese in a Japanese deck.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { rolldown } from 'rolldown';
import { deckHtml } from '../../src/deck/deckHtml.ts';
import type {
  Deck,
  DeckLanguage,
  DeckLegend,
  DeckScene,
  DeckStrings,
} from '../../src/deck/types.ts';
import { bundleDeckViewer } from '../../src/deck/viewerBundle.ts';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const SCREEN_DIR = join(REPO, 'test-results');
const XSS = '<img src=x onerror=alert(1)>';

/** snapshotScene bundled for the page, as window.deckSnapshot.snapshotScene. */
async function snapshotScript(): Promise<string> {
  const bundle = await rolldown({ input: join(REPO, 'src/deck/snapshot.ts'), logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'iife', name: 'deckSnapshot' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

async function openWorkbench(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  await page.addScriptTag({ content: await snapshotScript() });
}

/** The scene the canvas draws now. */
async function snapshot(page: Page, title: string, caption: string): Promise<DeckScene> {
  return page.getByTestId('graph-canvas').evaluate(
    (element, meta) => {
      const cy = (element as unknown as { _cyreg: { cy: unknown } })._cyreg.cy;
      const api = (
        window as unknown as {
          deckSnapshot: { snapshotScene: (cy: unknown, meta: unknown) => unknown };
        }
      ).deckSnapshot;
      return api.snapshotScene(cy, { ...meta, legend: null }) as DeckScene;
    },
    { title, caption },
  );
}

function catalogue(language: DeckLanguage): DeckStrings {
  const file = join(REPO, 'src/i18n/locales', language, 'deck.json');
  const viewer = (JSON.parse(readFileSync(file, 'utf8')) as { viewer: DeckStrings }).viewer;
  return viewer;
}

/** Three scenes from the workbench: a region whole, zoomed into its hub, another region. */
async function scenesFromWorkbench(page: Page, baseUrl: string): Promise<DeckScene[]> {
  await openWorkbench(page, baseUrl);
  // A hostile label on a labelled node (drawn without hovering) of the first scene.
  const hostile = await page.getByTestId('graph-canvas').evaluate((element, label) => {
    type Cy = { nodes(selector: string): { first(): { data(k: string, v?: string): string } } };
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const node = cy.nodes('.labelled, .hub').first();
    node.data('label', label);
    return node.data('key');
  }, XSS);
  assert.ok(hostile, 'the first region has a labelled node');
  const whole = await snapshot(page, 'The whole region', 'Every organization and its ties.');
  await page.getByTestId('graph-canvas').evaluate((element) => {
    type Cy = { zoom(): number; zoom(options: { level: number; position: unknown }): void };
    type Nodes = { max(f: (n: { degree(b: boolean): number }) => number): { ele: Node } };
    type Node = { position(): unknown };
    const cy = (element as unknown as { _cyreg: { cy: Cy & { nodes(): Nodes } } })._cyreg.cy;
    const hub = cy.nodes().max((n) => n.degree(false)).ele;
    cy.zoom({ level: cy.zoom() * 2.5, position: hub.position() });
  });
  const zoomed = await snapshot(page, 'Around the hub', 'The university and its partners.');
  await page.getByTestId('region-select').selectOption('sendai');
  await page.waitForFunction(
    () => {
      const element = document.querySelector('[data-testid="graph-canvas"]');
      const cy = (
        element as unknown as {
          _cyreg?: { cy: { nodes(): { first(): { data(k: string): string } } } };
        } | null
      )?._cyreg?.cy;
      return cy !== undefined && String(cy.nodes().first().data('key') ?? '').startsWith('SEN');
    },
    undefined,
    { timeout: APP_TIMEOUT_MS },
  );
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  const other = await snapshot(page, 'Sendai: four communities', 'Joined only by coordinators.');
  return [whole, zoomed, other];
}

function makeDeck(scenes: DeckScene[], language: DeckLanguage, legend: DeckLegend | null): Deck {
  return {
    title: 'Knowledge Cluster forum',
    language,
    created: new Date().toISOString(),
    strings: catalogue(language),
    scenes: scenes.map((scene) => ({ ...scene, legend })),
  };
}

interface OfflineDeck {
  page: Page;
  context: BrowserContext;
  /** Requests that were not file: and were aborted. */
  aborted: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/** Writes the deck to a temporary folder and opens it from file:// with the network cut. */
async function openOffline(context: BrowserContext, html: string): Promise<OfflineDeck> {
  const dir = mkdtempSync(join(tmpdir(), 'cnw-deck-'));
  const file = join(dir, 'deck.html');
  writeFileSync(file, html);
  const browser = context.browser();
  assert.ok(browser, 'a browser behind the context');
  const offline = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await offline.setOffline(true);
  const aborted: string[] = [];
  await offline.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    aborted.push(url);
    return route.abort();
  });
  const page = await offline.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.getByTestId('deck-title').waitFor({ state: 'visible', timeout: 10_000 });
  return {
    page,
    context: offline,
    aborted,
    dialogs,
    close: async () => {
      await offline.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).innerText()).trim();
}

/** Waits until the counter reads `expected` and the transition has ended. */
async function settled(page: Page, expected: string): Promise<void> {
  await page.waitForFunction(
    (want) =>
      document.querySelector('[data-testid="deck-counter"]')?.textContent === want &&
      !document.querySelector('[data-testid="deck-svg"]')?.classList.contains('entering'),
    expected,
    { timeout: 5_000 },
  );
}

function viewTransform(page: Page): Promise<number[]> {
  return page.getByTestId('deck-view').evaluate((g) =>
    (g.getAttribute('transform') ?? '')
      .replace(/^matrix\(|\)$/g, '')
      .split(/\s+/)
      .map(Number),
  );
}

async function drawnKeys(page: Page): Promise<string[]> {
  return page
    .getByTestId('deck-node')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-key') ?? ''));
}

export async function deckOpensOfflineAndSteps({ page, context, baseUrl }: BrowserTestArgs) {
  const scenes = await scenesFromWorkbench(page, baseUrl);
  assert.ok(
    scenes.every((s) => s.nodes.length > 0 && s.edges.length > 0),
    'scenes have a drawing',
  );
  const html = deckHtml(makeDeck(scenes, 'en', null), await bundleDeckViewer());
  const deck = await openOffline(context, html);
  const viewer = deck.page;
  try {
    // First scene drawn: its title, counter and every node.
    assert.equal(await text(viewer, 'deck-title'), 'The whole region');
    assert.equal(await text(viewer, 'deck-counter'), '1 / 3');
    assert.equal(await text(viewer, 'deck-caption'), 'Every organization and its ties.');
    assert.deepEqual(
      await drawnKeys(viewer),
      scenes[0].nodes.map((n) => n.key),
    );
    assert.equal(
      await viewer.locator('[data-testid="deck-view"] line').count(),
      scenes[0].edges.length,
    );
    assert.equal(await viewer.evaluate(() => document.documentElement.lang), 'en');

    // The hostile label is text: no element made from it, no dialog.
    const labels = await viewer.getByTestId('deck-label').allTextContents();
    assert.ok(
      labels.includes(XSS),
      `the hostile label is shown as text (labels: ${labels.join(' | ')})`,
    );
    assert.equal(await viewer.locator('img').count(), 0);
    assert.deepEqual(deck.dialogs, []);

    // Hover: an unlabelled node's label appears, with its neighbourhood highlighted.
    const quiet = scenes[0].nodes.find(
      (n, i) =>
        !n.labelled && !n.dimmed && scenes[0].edges.some((e) => e.source === i || e.target === i),
    );
    assert.ok(quiet, 'an unlabelled node with a tie');
    const box = await viewer
      .locator(`[data-testid="deck-node"][data-key="${quiet.key}"]`)
      .boundingBox();
    assert.ok(box, 'the node is on screen');
    await viewer.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hoverLabel = viewer.locator(`[data-testid="deck-label"][data-key="${quiet.key}"]`);
    await hoverLabel.waitFor({ state: 'attached', timeout: 2_000 });
    assert.equal(await hoverLabel.textContent(), quiet.label);
    assert.equal(
      await viewer.getByTestId('deck-svg').evaluate((svg) => svg.classList.contains('hovering')),
      true,
    );

    // Pan (drag) moves the view, zoom (wheel, buttons) scales it, fit restores it.
    const fitted = await viewTransform(viewer);
    const stage = (await viewer.getByTestId('deck-stage').boundingBox())!;
    await viewer.mouse.move(stage.x + 30, stage.y + 30);
    await viewer.mouse.down();
    await viewer.mouse.move(stage.x + 130, stage.y + 90, { steps: 5 });
    await viewer.mouse.up();
    const panned = await viewTransform(viewer);
    assert.equal(panned[0], fitted[0], 'a drag keeps the zoom');
    assert.ok(
      Math.abs(panned[4] - fitted[4] - 100) < 1 && Math.abs(panned[5] - fitted[5] - 60) < 1,
      `the drag pans by (100, 60): ${fitted} → ${panned}`,
    );
    await viewer.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await viewer.mouse.wheel(0, -300);
    await viewer.waitForFunction((k) => {
      const t = document.querySelector('[data-testid="deck-view"]')?.getAttribute('transform');
      return t !== null && t !== undefined && Number(t.slice(7).split(' ')[0]) > k;
    }, panned[0]);
    await viewer.getByTestId('deck-zoom-in').click();
    const zoomedIn = await viewTransform(viewer);
    assert.ok(zoomedIn[0] > panned[0] * 1.3, `wheel and + zoom in: ${panned[0]} → ${zoomedIn[0]}`);
    await viewer.getByTestId('deck-fit').click();
    assert.deepEqual(await viewTransform(viewer), fitted);

    // Keyboard steps (what clickers send), each scene drawn as saved.
    await viewer.mouse.move(2, 2);
    await viewer.keyboard.press('ArrowRight');
    await settled(viewer, '2 / 3');
    assert.equal(await text(viewer, 'deck-title'), 'Around the hub');
    const hub = await viewTransform(viewer);
    assert.ok(
      hub[0] > fitted[0] * 2,
      `the zoomed scene shows a smaller box: ${fitted[0]} → ${hub[0]}`,
    );
    await viewer.keyboard.press('PageDown');
    await settled(viewer, '3 / 3');
    assert.equal(await text(viewer, 'deck-title'), 'Sendai: four communities');
    assert.deepEqual(
      await drawnKeys(viewer),
      scenes[2].nodes.map((n) => n.key),
    );
    assert.notDeepEqual(
      scenes[2].nodes.map((n) => n.key),
      scenes[0].nodes.map((n) => n.key),
    );
    await viewer.keyboard.press('PageDown'); // past the end: stays
    await settled(viewer, '3 / 3');
    await viewer.keyboard.press('PageUp');
    await settled(viewer, '2 / 3');
    await viewer.keyboard.press('Home');
    await settled(viewer, '1 / 3');
    assert.deepEqual(await viewTransform(viewer), fitted);
    await viewer.getByTestId('deck-next').click();
    await settled(viewer, '2 / 3');

    assert.deepEqual(deck.aborted, [], 'the deck made no network request');
    mkdirSync(SCREEN_DIR, { recursive: true });
    await viewer.keyboard.press('Home');
    await settled(viewer, '1 / 3');
    await viewer.screenshot({ path: join(SCREEN_DIR, 'deck-en.png') });
  } finally {
    await deck.close();
  }
}

export async function japaneseDeckSpeaksJapanese({ page, context, baseUrl }: BrowserTestArgs) {
  const scenes = await scenesFromWorkbench(page, baseUrl);
  scenes[0] = { ...scenes[0], title: '地域の全体像', caption: '大学を中心に企業が集まる' };
  const legend: DeckLegend = {
    colourTitle: '色：セクター',
    colours: [
      { label: '大学等', colour: '#0072B2' },
      { label: '産業界', colour: '#E69F00' },
      { label: '行政', colour: '#009E73' },
      { label: '中核機関', colour: '#CC79A7' },
    ],
    sizeTitle: '大きさ：媒介中心性',
    sizes: [
      { label: '0', size: 8 },
      { label: '0.2', size: 20 },
      { label: '0.5', size: 36 },
    ],
  };
  const deck = await openOffline(
    context,
    deckHtml(makeDeck(scenes, 'ja', legend), await bundleDeckViewer()),
  );
  const viewer = deck.page;
  try {
    assert.equal(await viewer.evaluate(() => document.documentElement.lang), 'ja');
    assert.equal(await text(viewer, 'deck-title'), '地域の全体像');
    assert.equal(await text(viewer, 'deck-fit'), '全体表示');
    assert.equal(await viewer.getByTestId('deck-next').getAttribute('aria-label'), '次のシーン');
    assert.equal(
      await viewer.getByTestId('deck-previous').getAttribute('aria-label'),
      '前のシーン',
    );
    assert.match(await text(viewer, 'deck-help'), /シーン/);
    assert.match(await text(viewer, 'deck-legend'), /大学等[\s\S]*産業界[\s\S]*大きさ：媒介中心性/);
    await viewer.keyboard.press('Space');
    await settled(viewer, '2 / 3');
    assert.deepEqual(deck.aborted, []);
    await viewer.keyboard.press('Home');
    await settled(viewer, '1 / 3');
    mkdirSync(SCREEN_DIR, { recursive: true });
    await viewer.screenshot({ path: join(SCREEN_DIR, 'deck-ja.png') });
  } finally {
    await deck.close();
  }
}
