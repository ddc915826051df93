/** Keeping work: reload restores the workspace; a corrupt save does not stop the app. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { WORKSPACE_VERSION } from '../../src/store/workspaceFile.ts';
import { APP_TIMEOUT_MS, savedRecord, textOf, type BrowserTestArgs } from './harness.ts';
import {
  CSV_FILES,
  PAYLOAD,
  forbidDialogs,
  openApp,
  pickFiles,
  regionOptions,
  screenshot,
  waitForDrawn,
} from './filesShared.ts';

/** Waits until the saved record satisfies `check` (autosave is debounced). */
async function waitForSaved(
  page: Page,
  check: (saved: Record<string, unknown> & { settings?: Record<string, unknown> }) => boolean,
): Promise<void> {
  const deadline = Date.now() + APP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const saved = await savedRecord(page);
    if (saved !== undefined && check(saved)) return;
    await page.waitForTimeout(200);
  }
  throw new Error(
    `waitForSaved: the saved workspace never matched; last ${JSON.stringify(await savedRecord(page))?.slice(0, 300)}`,
  );
}

export async function reloadRestoresTheWorkspace({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const dialogs = forbidDialogs(page);
  await openApp(page, baseUrl);
  await pickFiles(page, CSV_FILES);
  await page.getByTestId('import-report').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Close' }).click();
  const region = await page.getByTestId('region-select').inputValue();
  await page.getByTestId('level-select').selectOption('all');
  await waitForDrawn(page);
  const stats = await textOf(page, 'graph-stats');
  await waitForSaved(
    page,
    (saved) => saved.settings?.level === 'all' && (saved.datasets as unknown[]).length === 1,
  );

  await page.reload();
  await waitForDrawn(page);
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  assert.equal(await page.getByTestId('region-select').inputValue(), region);
  assert.equal(await page.getByTestId('level-select').inputValue(), 'all');
  assert.ok((await regionOptions(page)).includes(PAYLOAD), 'the loaded dataset is back');
  await waitForDrawn(page);
  assert.equal(await textOf(page, 'graph-stats'), stats);
  assert.equal(await page.getByTestId('persist-banner').count(), 0);
  assert.deepEqual(dialogs, []);
  await screenshot(page, 'persist-restored.png');
}

export async function savedSampleRegionComesBack({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  const options = await page
    .getByTestId('region-select')
    .locator('option')
    .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
  const last = options[options.length - 1];
  await page.getByTestId('region-select').selectOption(last);
  await page.getByTestId('level-select').selectOption('people');
  await waitForSaved(
    page,
    (saved) => saved.settings?.regionId === last && saved.settings?.level === 'people',
  );
  await page.reload();
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  await page.waitForFunction(
    (id) =>
      (document.querySelector('[data-testid="region-select"]') as HTMLSelectElement | null)
        ?.value === id,
    last,
    { timeout: APP_TIMEOUT_MS },
  );
  assert.equal(await page.getByTestId('level-select').inputValue(), 'people');
}

export async function corruptSaveShowsBannerAndResets({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  // Overwrite the save with something of an unknown future version.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cluster-network-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('workspace', 'readwrite');
      tx.objectStore('workspace').put(
        { format: 'cluster-network-workbench/workspace', version: 99 },
        'current',
      );
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  const banner = await textOf(page, 'persist-banner');
  assert.match(banner, /could not be restored/);
  assert.match(banner, /Not a usable workspace: .*newer version/);
  await waitForDrawn(page); // the app started anyway, with the samples
  await screenshot(page, 'persist-corrupt.png');
  // In Japanese the banner's words are Japanese; the field it names stays as given.
  await page.getByTestId('lang-select').selectOption('ja');
  const japanese = await textOf(page, 'persist-banner');
  assert.match(japanese, /ワークスペースとして使えません: .*newer version/);
  assert.doesNotMatch(japanese, /Not a usable workspace/);
  await page.getByTestId('lang-select').selectOption('en');
  await page.getByTestId('persist-reset').click();
  await page.getByTestId('persist-banner').waitFor({ state: 'detached' });
  await waitForSaved(page, (saved) => saved.version === WORKSPACE_VERSION);
  await page.reload();
  await waitForDrawn(page);
  assert.equal(await page.getByTestId('persist-banner').count(), 0);
}

export async function workspaceFileOpensInAFreshBrowser({
  page,
  context,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  await pickFiles(page, CSV_FILES);
  await page.getByTestId('import-report').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('level-select').selectOption('all');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('workspace-save').click(),
  ]);
  assert.match(download.suggestedFilename(), /^workspace-\d{4}-\d{2}-\d{2}\.cnw\.json$/);
  const text = readFileSync(await download.path(), 'utf8');

  const browser = context.browser();
  assert.ok(browser);
  const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const other = await fresh.newPage();
    await openApp(other, baseUrl);
    assert.ok(!(await regionOptions(other)).includes(PAYLOAD));
    // A file that is not a workspace is refused with a message, and nothing changes.
    await other.getByTestId('workspace-input').setInputFiles({
      name: 'not-a-workspace.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    assert.match(await textOf(other, 'import-error'), /not a workspace file/);
    assert.ok(!(await regionOptions(other)).includes(PAYLOAD));

    await other.getByTestId('workspace-input').setInputFiles({
      name: 'workspace.cnw.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await other.waitForFunction(
      () =>
        (document.querySelector('[data-testid="level-select"]') as HTMLSelectElement | null)
          ?.value === 'all',
      undefined,
      { timeout: APP_TIMEOUT_MS },
    );
    assert.ok((await regionOptions(other)).includes(PAYLOAD));
    assert.match(await other.getByTestId('region-select').inputValue(), /^file-/);
  } finally {
    await fresh.close();
  }
}

/** Node positions as the Cytoscape JSON export writes them (what the canvas drew). */
async function exportedPositions(page: Page): Promise<Map<string, { x: number; y: number }>> {
  await page.getByTestId('export-button').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-cytoscape').click(),
  ]);
  await page.keyboard.press('Escape');
  const doc = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    elements: { nodes: { data: { id: string }; position: { x: number; y: number } }[] };
  };
  return new Map(doc.elements.nodes.map((n) => [n.data.id, n.position]));
}

export async function reloadKeepsNodePositions({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  const region = await page.getByTestId('region-select').inputValue();
  // Wait for the layout to settle and its positions to be saved.
  await waitForSaved(page, (saved) => {
    const positions = saved.positions as Record<string, Record<string, object>> | undefined;
    return positions?.[region]?.organizations !== undefined;
  });
  const before = await exportedPositions(page);
  assert.ok(before.size > 10);

  await page.reload();
  await openApp(page, baseUrl);
  assert.equal(await page.getByTestId('region-select').inputValue(), region);
  const after = await exportedPositions(page);
  assert.equal(after.size, before.size);
  let moved = 0;
  for (const [id, p] of before) {
    const q = after.get(id);
    assert.ok(q, `node ${id} drawn after the reload`);
    if (Math.hypot(p.x - q.x, p.y - q.y) > 0.01) moved += 1;
  }
  assert.equal(moved, 0, `${moved} of ${before.size} nodes moved across the reload`);
}
