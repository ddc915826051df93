/**
 * The contract between tests/browser/run.ts and the specs: every named export of a
 * `tests/browser/*.spec.ts` file that is a function is one test; it receives a fresh
 * browser context and page and throws to fail. Helpers here wait on the page the way a
 * user would, with a bounded time.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface BrowserTestArgs {
  page: Page;
  context: BrowserContext;
  /** e.g. http://127.0.0.1:43123 (no trailing slash). */
  baseUrl: string;
}

export type BrowserTest = (args: BrowserTestArgs) => Promise<void>;

/** Default wait for the app to finish importing/drawing; the samples import in a few seconds. */
export const APP_TIMEOUT_MS = 30_000;

/** Text of a `data-testid` element once it is visible. */
export async function textOf(page: Page, testId: string): Promise<string> {
  const locator = page.getByTestId(testId);
  await locator.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  return (await locator.innerText()).trim();
}

/** Waits until the text of a `data-testid` element satisfies a predicate; returns that text. */
export async function waitForText(
  page: Page,
  testId: string,
  predicate: (text: string) => boolean,
  what: string,
): Promise<string> {
  const deadline = Date.now() + APP_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    const locator = page.getByTestId(testId);
    if ((await locator.count()) > 0) {
      last = (await locator.first().innerText()).trim();
      if (predicate(last)) return last;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(
    `waitForText(${testId}): ${what} not seen within ${APP_TIMEOUT_MS} ms; last text "${last}"`,
  );
}

/** The workspace record autosave wrote to IndexedDB, or undefined. */
export async function savedRecord(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cluster-network-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('workspace')) return undefined;
      return await new Promise<Record<string, unknown> | undefined>((resolve) => {
        const request = db.transaction('workspace').objectStore('workspace').get('current');
        request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
        request.onerror = () => resolve(undefined);
      });
    } finally {
      db.close();
    }
  });
}
