/** Loading files (report, fatal errors, HTML payloads as text) and exporting downloads. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, textOf, type BrowserTestArgs } from './harness.ts';
import {
  BROKEN_GRAPHML,
  CSV_FILES,
  PAYLOAD,
  SCREEN_DIR,
  expectedReport,
  forbidDialogs,
  openApp,
  pickFiles,
  regionOptions,
  screenshot,
  waitForDrawn,
} from './filesShared.ts';

export async function csvWithErrorsOpensWithReport({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const dialogs = forbidDialogs(page);
  await openApp(page, baseUrl);
  const before = await regionOptions(page);
  await pickFiles(page, CSV_FILES);
  const report = page.getByTestId('import-report');
  await report.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });

  const expected = await expectedReport();
  assert.ok(expected.problems.length >= 3, 'the fixture has problems');
  const fileRows = await page
    .getByTestId('import-report-files')
    .locator('tbody tr')
    .allInnerTexts();
  assert.equal(fileRows.length, expected.files.length);
  for (const [i, f] of expected.files.entries()) {
    assert.deepEqual(
      fileRows[i].split('\t').map((c) => c.trim()),
      [f.file, String(f.rowsRead), String(f.rowsImported), String(f.rowsSkipped)],
    );
  }
  const problemRows = await page
    .getByTestId('import-report-problems')
    .locator('tbody tr')
    .allInnerTexts();
  assert.equal(problemRows.length, expected.problems.length);
  for (const [i, p] of expected.problems.entries()) {
    const cells = problemRows[i].split('\t').map((c) => c.trim());
    assert.equal(cells[0], p.file);
    assert.equal(cells[1], p.row === null ? '—' : String(p.row));
    assert.equal(cells[2].toLowerCase(), p.severity);
    assert.equal(cells[3], p.reason);
  }
  // The payload is text in the report title, and no element was made from it.
  assert.ok((await textOf(page, 'import-report')).includes(PAYLOAD));
  assert.equal(await page.locator('img[src="x"]').count(), 0);

  // The report downloads as CSV with one line per file and per problem.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-report-download').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trimEnd()
    .split('\r\n');
  assert.equal(csv.length, 1 + expected.files.length + expected.problems.length);
  assert.match(download.suggestedFilename(), /import-report-\d{4}-\d{2}-\d{2}\.csv$/);
  await screenshot(page, 'files-import-report.png');

  await page.getByRole('button', { name: 'Close' }).click();
  await report.waitFor({ state: 'detached' });
  const after = await regionOptions(page);
  assert.equal(after.length, before.length + 1, 'the dataset joins the region switcher');
  assert.ok(after.includes(PAYLOAD), 'its name is shown as text in the switcher');
  const selected = await page.getByTestId('region-select').inputValue();
  assert.match(selected, /^file-/);
  await waitForDrawn(page);
  assert.ok(
    (await textOf(page, 'graph-stats')).startsWith('4 nodes'),
    'the valid organizations are drawn',
  );
  assert.deepEqual(dialogs, [], 'no dialog fired');
  await screenshot(page, 'files-loaded.png');
}

export async function fatalFileLeavesWorkspaceAlone({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  const options = await regionOptions(page);
  const region = await page.getByTestId('region-select').inputValue();
  const stats = await textOf(page, 'graph-stats');
  await pickFiles(page, [{ name: 'broken.graphml', text: BROKEN_GRAPHML }]);
  const message = await textOf(page, 'import-error');
  assert.match(message, /Nothing was loaded/);
  assert.match(message, /broken\.graphml/);
  assert.match(message, /workspace is unchanged/);
  assert.deepEqual(await regionOptions(page), options);
  assert.equal(await page.getByTestId('region-select').inputValue(), region);
  assert.equal(await textOf(page, 'graph-stats'), stats);
  assert.equal(await page.getByTestId('import-report').count(), 0);
  await screenshot(page, 'files-fatal.png');
}

export async function exportsDownloadFiles({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  const region = await page.getByTestId('region-select').inputValue();
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-menu').waitFor({ state: 'visible' });
  await screenshot(page, 'files-export-menu.png');

  const download = async (testId: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(testId).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const png = await download('export-png');
  assert.match(png.name, new RegExp(`^${region}-organizations-\\d{4}-\\d{2}-\\d{2}-png@2x\\.png$`));
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Width is at 12..16 of the IHDR chunk: 2x the drawing plus the legend column.
  assert.ok(png.bytes.readUInt32BE(16) > 600, `PNG is ${png.bytes.readUInt32BE(16)} px wide`);
  mkdirSync(SCREEN_DIR, { recursive: true });
  writeFileSync(join(SCREEN_DIR, 'files-exported@2x.png'), png.bytes);

  const nodes = await download('export-nodes');
  assert.match(nodes.name, /-organizations-\d{4}-\d{2}-\d{2}-nodes\.csv$/);
  const lines = nodes.bytes.toString('utf8').trimEnd().split('\r\n');
  assert.ok(lines[0].startsWith('id,label,kind,sector'));
  const drawnNodes = Number(
    /^([\d,]+) nodes/.exec(await textOf(page, 'graph-stats'))?.[1].replace(/,/g, ''),
  );
  assert.equal(lines.length - 1, drawnNodes, 'one row per drawn node');

  const cyjs = await download('export-cytoscape');
  const doc = JSON.parse(cyjs.bytes.toString('utf8'));
  assert.equal(doc.elements.nodes.length, drawnNodes);
  assert.equal(typeof doc.elements.nodes[0].data.id, 'string');

  const svg = await download('export-svg');
  assert.ok(svg.bytes.toString('utf8').includes('<svg'), 'SVG text');
}

/** Centre of the first canvas pixel painted in `colour` (#rrggbb), in page coordinates. */
async function pixelOfColour(page: Page, colour: string): Promise<{ x: number; y: number }> {
  const found = await page.getByTestId('graph-canvas').evaluate((container, hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (const canvas of container.querySelectorAll('canvas')) {
      const context = canvas.getContext('2d');
      if (context === null || canvas.width === 0) continue;
      const { data, width } = context.getImageData(0, 0, canvas.width, canvas.height);
      const hits: number[] = [];
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs(data[i] - r) < 6 &&
          Math.abs(data[i + 1] - g) < 6 &&
          Math.abs(data[i + 2] - b) < 6 &&
          data[i + 3] > 250
        )
          hits.push(i / 4);
      }
      if (hits.length < 20) continue;
      const middle = hits[Math.floor(hits.length / 2)];
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      return {
        x: box.left + (middle % width) / ratio,
        y: box.top + Math.floor(middle / width) / ratio,
      };
    }
    return null;
  }, colour);
  assert.ok(found, `a node drawn in ${colour}`);
  return found;
}

export async function deleteSelectedNodeAndUndo({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  await pickFiles(page, CSV_FILES);
  await page.getByTestId('import-report').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Close' }).click();
  await waitForDrawn(page);
  const stats = () => textOf(page, 'graph-stats');
  const waitStats = (prefix: string) =>
    page.waitForFunction(
      (p) =>
        document.querySelector('[data-testid="graph-stats"]')?.textContent?.trim().startsWith(p) ===
        true,
      prefix,
      { timeout: APP_TIMEOUT_MS },
    );
  assert.ok((await stats()).startsWith('4 nodes · 4 edges'));
  assert.equal(await page.getByTestId('undo').isDisabled(), true);

  // The government office is the only green node: click it, then delete it.
  const office = await pixelOfColour(page, '#009E73');
  await page.mouse.click(office.x, office.y);
  await page.getByTestId('delete-selected').click();
  await waitStats('3 nodes · 2 edges');
  await waitForDrawn(page);
  await screenshot(page, 'files-deleted.png');

  await page.getByTestId('undo').click();
  await waitStats('4 nodes · 4 edges');
  await page.keyboard.press('Control+Shift+Z');
  await waitStats('3 nodes · 2 edges');
  await page.keyboard.press('Control+z');
  await waitStats('4 nodes · 4 edges');
  await page.keyboard.press('Control+y');
  await waitStats('3 nodes · 2 edges');
  assert.equal(await page.getByTestId('redo').isDisabled(), true);
  await page.getByTestId('restore-hidden').click();
  await waitStats('4 nodes · 4 edges');
}

export async function droppedFilesAreImported({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  const before = await regionOptions(page);
  // Drag the CSV set over the window: the overlay shows; dropping imports them.
  const transfer = await page.evaluateHandle((files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return data;
  }, CSV_FILES);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor({ state: 'visible' });
  await screenshot(page, 'files-drop-overlay.png');
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
  await page.getByTestId('import-report').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  assert.equal((await regionOptions(page)).length, before.length + 1);
}

/** Position of one node in the Cytoscape JSON export (what the canvas drew). */
async function exportedPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.getByTestId('export-button').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-cytoscape').click(),
  ]);
  await page.keyboard.press('Escape');
  const doc = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    elements: { nodes: { data: { id: string }; position: { x: number; y: number } }[] };
  };
  const node = doc.elements.nodes.find((n) => n.data.id === id);
  assert.ok(node, `node ${id} exported`);
  return node.position;
}

export async function dragIsUndoable({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  await pickFiles(page, CSV_FILES);
  await page.getByTestId('import-report').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Close' }).click();
  await waitForDrawn(page);
  await page.waitForTimeout(300);
  const start = await exportedPosition(page, 'O-3');
  const office = await pixelOfColour(page, '#009E73'); // the only government node, O-3
  await page.mouse.move(office.x, office.y);
  await page.mouse.down();
  await page.mouse.move(office.x + 40, office.y + 30, { steps: 5 });
  await page.mouse.move(office.x + 80, office.y + 60, { steps: 5 });
  await page.mouse.up();
  const moved = await exportedPosition(page, 'O-3');
  assert.ok(Math.hypot(moved.x - start.x, moved.y - start.y) > 10, 'the node was dragged');
  await page.getByTestId('undo').click();
  const back = await exportedPosition(page, 'O-3');
  assert.ok(Math.hypot(back.x - start.x, back.y - start.y) < 0.01, 'undo puts it back');
  await page.getByTestId('redo').click();
  const again = await exportedPosition(page, 'O-3');
  assert.ok(Math.hypot(again.x - moved.x, again.y - moved.y) < 0.01, 'redo moves it again');
}

export async function cancelStopsALongImport({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  const options = await regionOptions(page);
  // A generic edge list large enough to take a while in the import worker.
  const rows = ['source,target,weight'];
  for (let i = 0; i < 400_000; i++) rows.push(`n${i % 50_000},m${(i * 7919) % 50_000},1`);
  await pickFiles(page, [{ name: 'edges.csv', text: rows.join('\n') }]);
  const progress = page.getByTestId('progress');
  await progress.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  assert.match(await progress.innerText(), /Loading edges\.csv/);
  await screenshot(page, 'files-import-progress.png');
  await page.getByTestId('import-cancel').click();
  const message = await textOf(page, 'import-error');
  assert.match(message, /Import cancelled/);
  assert.match(message, /workspace is unchanged/);
  assert.deepEqual(await regionOptions(page), options);
}
