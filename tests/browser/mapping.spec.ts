/**
 * The import step: a table whose name says nothing (Sapporo_partners_FY2008.csv) is shown
 * with its first rows; the user says which columns hold the ends of a tie, imports, and
 * the next file with the same headers is offered the same mapping.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, textOf, type BrowserTestArgs } from './harness.ts';
import { openApp, pickFiles, regionOptions, screenshot, waitForDrawn } from './filesShared.ts';

const PARTNERS_2008 = [
  'Year,Org,Partner,Kind',
  'FY2008,S-1,S-2,joint_research',
  'FY2008,S-2,S-3,patent',
  'FY2008,S-3,S-4,joint_research',
  'FY2008,S-4,S-4,joint_research',
].join('\n');

const PARTNERS_2009 = ['Year,Org,Partner,Kind', '2009,S-1,S-5,joint_research'].join('\n');

async function select(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).inputValue();
}

export async function tableOfAnyNameImportsThroughTheMappingStep({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await openApp(page, baseUrl);
  const before = await regionOptions(page);
  await pickFiles(page, [{ name: 'Sapporo_partners_FY2008.csv', text: PARTNERS_2008 }]);
  const dialog = page.getByTestId('mapping-dialog');
  await dialog.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });

  // The first rows are shown as in the file, and the suggestion is an edge table whose
  // ends are the first two columns — here wrong, so Import waits for the user.
  const cells = await dialog
    .locator('.mapping-preview tbody tr')
    .first()
    .locator('td')
    .allInnerTexts();
  assert.deepEqual(cells, ['FY2008', 'S-1', 'S-2', 'joint_research']);
  assert.equal(await select(page, 'mapping-role'), 'edges');
  assert.equal(await select(page, 'mapping-column-source'), 'Year');
  assert.equal(await select(page, 'mapping-column-target'), 'Org');
  assert.equal(await select(page, 'mapping-column-type'), 'Kind', 'found by its alias');
  assert.equal(await page.getByTestId('mapping-import').isDisabled(), true);
  assert.match(await dialog.innerText(), /Column “Year” is chosen for both/);
  await screenshot(page, 'mapping-step.png');

  await page.getByTestId('mapping-column-source').selectOption('Org');
  await page.getByTestId('mapping-column-target').selectOption('Partner');
  assert.equal(await select(page, 'mapping-column-year'), 'Year');
  assert.equal(await page.getByTestId('mapping-import').isDisabled(), false);
  await page.getByTestId('mapping-import').click();

  const report = page.getByTestId('import-report');
  await report.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  const files = await page.getByTestId('import-report-files').locator('tbody tr').allInnerTexts();
  assert.deepEqual(
    files[0].split('\t').map((c) => c.trim()),
    ['Sapporo_partners_FY2008.csv', '4', '3', '1'],
  );
  assert.match(
    await textOf(page, 'import-report-problems'),
    /Sapporo_partners_FY2008\.csv\s+5\s+Error/,
  );
  await page.getByRole('button', { name: 'Close' }).click();
  await waitForDrawn(page);
  const after = await regionOptions(page);
  assert.equal(after.length, before.length + 1);
  assert.match(await textOf(page, 'graph-stats'), /^4 \w+ · 3 \w+/);

  // Next year's file, same headers: the step offers what the user chose.
  await pickFiles(page, [{ name: 'Sapporo_partners_FY2009.csv', text: PARTNERS_2009 }]);
  await dialog.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  assert.equal(await select(page, 'mapping-column-source'), 'Org');
  assert.equal(await select(page, 'mapping-column-target'), 'Partner');
  assert.equal(await select(page, 'mapping-column-year'), 'Year');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  assert.equal((await regionOptions(page)).length, after.length, 'cancel loads nothing');
}
