/** The first page: every sample region is imported through the worker and listed with its counts. */
import assert from 'node:assert/strict';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { sampleRegions } from './expected.ts';

export async function listsEveryRegionWithCounts({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  // Hold the region list back a moment so the progress bar is certainly on screen.
  await page.route('**/sample-data/index.json', async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });
  await page.goto(baseUrl + '/');
  await page.getByTestId('progress').waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });

  assert.equal(await page.getByTestId('load-errors').count(), 0, 'no region failed to load');
  const regions = sampleRegions();
  assert.ok(regions.length > 0, 'sample-data/index.json lists regions');
  const rows = page.getByTestId('region-row');
  assert.equal(await rows.count(), regions.length, 'one row per region of index.json');
  for (const region of regions) {
    const row = page.locator(`[data-testid="region-row"][data-region="${region.id}"]`);
    assert.equal(await row.count(), 1, `row for ${region.id}`);
    for (const count of ['organizations', 'people', 'ties']) {
      const value = Number(await row.getAttribute(`data-${count}`));
      assert.ok(value > 0, `${region.id}: ${count} = ${value}, expected > 0`);
    }
    assert.equal(await row.getAttribute('data-errors'), '0', `${region.id}: import errors`);
    assert.match(await row.innerText(), /FY\d{4}/, `${region.id}: fiscal-year range shown`);
  }

  const select = page.getByTestId('region-select');
  const options = await select
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
  assert.deepEqual(
    options,
    regions.map((region) => region.id),
  );
}

export async function reportsARegionThatFailsToLoad({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const regions = sampleRegions();
  const broken = regions[1];
  await page.route(`**/sample-data/${broken.folder}/people.csv`, (route) =>
    route.fulfill({ status: 500, body: 'server error' }),
  );
  await page.goto(baseUrl + '/');
  const errors = page.getByTestId('load-errors');
  await errors.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  const text = await errors.innerText();
  assert.ok(text.includes(`${broken.name}:`), `the message names ${broken.name}: "${text}"`);
  assert.ok(text.includes('HTTP 500'), `the message says what failed: "${text}"`);
  const shown = await page
    .getByTestId('region-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-region')));
  assert.deepEqual(
    shown,
    regions.filter((region) => region !== broken).map((region) => region.id),
    'the other regions still load',
  );
}
