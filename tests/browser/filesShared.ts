/**
 * Shared by the files and persistence specs: a small cluster dataset with problems whose
 * region name and one organization name are an HTML payload (it must stay text), a broken
 * GraphML file, and helpers to load them through the file input.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { importFiles, type InputFile } from '../../src/io/index.ts';
import type { ImportReport } from '../../src/model/index.ts';
import { APP_TIMEOUT_MS } from './harness.ts';

export const SCREEN_DIR = resolve(import.meta.dirname, '..', '..', 'test-results');
export const PAYLOAD = '<img src=x onerror=alert(1)>';

const ORGANIZATIONS = [
  'id,name,sector,type,region',
  `O-1,${PAYLOAD},university,national university,${PAYLOAD}`,
  `O-2,Acme Sensors,company,small company,${PAYLOAD}`,
  `O-3,Prefectural Office,government,prefecture,${PAYLOAD}`,
  `O-4,Cluster HQ,intermediary,cluster headquarters,${PAYLOAD}`,
  `O-5,No Sector Inc,,company,${PAYLOAD}`,
].join('\n');

const COLLABORATIONS = [
  'source,target,type,year,weight',
  'O-1,O-2,joint_research,2005,2',
  'O-2,O-3,contract,2006,1',
  'O-3,O-4,forum,2007,1',
  'O-1,O-4,joint_research,2008,3',
  'O-1,O-9,joint_research,2008,1',
  `O-2,${PAYLOAD},patent,2009,1`,
].join('\n');

export const CSV_FILES = [
  { name: 'organizations.csv', text: ORGANIZATIONS },
  { name: 'collaborations.csv', text: COLLABORATIONS },
];

export const BROKEN_GRAPHML =
  '<?xml version="1.0"?><graphml><graph edgedefault="undirected"><node id="a"/><node id="b"></graph>';

const encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** The report the importer gives for CSV_FILES, computed in Node (not by the page). */
export async function expectedReport(): Promise<ImportReport> {
  const files: InputFile[] = CSV_FILES.map((f) => ({ name: f.name, bytes: encode(f.text) }));
  const outcome = await importFiles(files);
  if (!outcome.ok) throw new Error(`fixture does not import: ${outcome.error}`);
  return outcome.dataset.report;
}

export async function waitForDrawn(page: Page): Promise<void> {
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
}

/** Opens the app and waits until the sample regions are loaded and one is drawn. */
export async function openApp(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await waitForDrawn(page);
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
}

export async function pickFiles(
  page: Page,
  files: { name: string; text: string }[],
): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: f.name.endsWith('.csv') ? 'text/csv' : 'application/xml',
      buffer: Buffer.from(f.text, 'utf8'),
    })),
  );
}

export async function regionOptions(page: Page): Promise<string[]> {
  return page.getByTestId('region-select').locator('option').allInnerTexts();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREEN_DIR, name) });
}

/** Fails the test if any JavaScript dialog (alert from an injected handler) opens. */
export function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
