import assert from 'node:assert/strict';
import type { BrowserTestArgs } from './harness.ts';

export async function opensWithTitle({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await page.goto(baseUrl + '/');
  assert.equal(await page.title(), 'Cluster Network Workbench');
  await page.getByRole('heading', { name: 'Cluster Network Workbench' }).waitFor();
}
