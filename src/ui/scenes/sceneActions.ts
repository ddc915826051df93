/**
 * What the scene list's buttons do: add or update a scene from the current view, and
 * export scene pictures — one scene, or every scene in one zip (fflate) of numbered files
 * `01-<title>.png`, `02-…` in presentation order. An export shows each scene on the canvas
 * (applyScene), waits for its metrics (sizes by betweenness etc.), draws the picture of
 * the part the scene shows (title and caption above, legend beside) and puts the view
 * back as it was before. Errors come back as a message, never thrown.
 */
import type { Core } from 'cytoscape';
import { zipSync } from 'fflate';
import { i18n } from '../../i18n/index.ts';
import type { Scene } from '../../store/index.ts';
import { getCy } from '../../view/cyRegistry.ts';
import { exportPng } from '../../view/exportImage.ts';
import { exportSvg } from '../../view/exportSvg.ts';
import { downloadBlob } from '../export/download.ts';
import { imageLegend } from '../export/imageLegend.ts';
import { workbench } from '../workbench.ts';
import { applyScene } from './applyScene.ts';
import { captureView } from './captureScene.ts';
import { currentLegend } from './currentLegend.ts';
import { keepHistory } from './quietHistory.ts';
import { allScenesFileName, sceneFileName } from './sceneFiles.ts';
import { titledPng, titledSvg } from './sceneImage.ts';

export type PictureFormat = 'png2' | 'png4' | 'svg';
export const PICTURE_FORMATS: readonly PictureFormat[] = ['png2', 'png4', 'svg'];

const METRICS_WAIT_MS = 30_000;

/** Adds the current view as the last scene; false when nothing is drawn. */
export function addSceneFromView(): boolean {
  const state = workbench.store.getState();
  const view = captureView(state);
  if (view === null) return false;
  state.addScene(view, i18n.t('scenes:newTitle', { n: state.scenes.length + 1 }));
  return true;
}

export function updateSceneFromView(id: string): boolean {
  const state = workbench.store.getState();
  const view = captureView(state);
  if (view === null) return false;
  state.updateScene(id, view);
  return true;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits while metrics are being computed (sizes and labels depend on them). */
async function metricsSettled(): Promise<void> {
  const deadline = Date.now() + METRICS_WAIT_MS;
  await frame();
  while (workbench.store.getState().metrics.status === 'running' && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  await frame();
  await frame();
}

/**
 * Runs `work` with only the part of the network the scene shows drawn: nodes whose
 * centre lies outside the box on screen (cy.extent()) are hidden for the while (their
 * ties with them), so exportPng/exportSvg, which picture every drawn element, picture
 * the scene's box — a zoomed-in scene gives a picture of what it zooms in on.
 */
async function onlyShownBox<T>(cy: Core, work: () => Promise<T>): Promise<T> {
  const { x1, y1, x2, y2 } = cy.extent();
  const outside = cy.nodes().filter((node) => {
    const { x, y } = node.position();
    return x < x1 || x > x2 || y < y1 || y > y2;
  });
  if (outside.empty() || outside.length === cy.nodes().length) return work();
  outside.style('display', 'none');
  try {
    return await work();
  } finally {
    outside.removeStyle('display');
  }
}

/** The picture of a scene as shown on the canvas now (after applyScene). */
async function pictureOfShown(scene: Scene, format: PictureFormat): Promise<Blob> {
  const cy = getCy();
  if (cy === null || cy.nodes().empty()) throw new Error(i18n.t('scenes:nothingDrawn'));
  const text = { title: scene.title, caption: scene.caption };
  if (format === 'svg') {
    const key = imageLegend(currentLegend(), scene.sizeBy);
    const svg = await onlyShownBox(cy, async () => (await exportSvg(cy, 'white', key)).text());
    return new Blob([titledSvg(svg, text)], { type: 'image/svg+xml;charset=utf-8' });
  }
  const scale = format === 'png4' ? 4 : 2;
  const png = await onlyShownBox(cy, () =>
    exportPng(
      cy,
      { scale, background: 'white', legend: true },
      imageLegend(currentLegend(), scene.sizeBy),
    ),
  );
  return titledPng(png, text, scale);
}

/** Shows a scene on the canvas and waits until its sizes and labels are final. */
export async function showForPicture(scene: Scene): Promise<void> {
  if (workbench.store.getState().datasets[scene.regionId] === undefined)
    throw new Error(i18n.t('scenes:notLoaded', { region: scene.regionId }));
  await applyScene(scene);
  await metricsSettled();
}

/** Runs `work` and puts the view back as it was before (when something was drawn). */
export async function keepingView<T>(work: () => Promise<T>): Promise<T> {
  const state = workbench.store.getState();
  const before = captureView(state);
  const restoreHistory = keepHistory();
  try {
    return await work();
  } finally {
    if (before !== null)
      await applyScene({ ...before, id: '', title: '', caption: '' }).catch(() => undefined);
    restoreHistory();
  }
}

const extOf = (format: PictureFormat) => (format === 'svg' ? 'svg' : 'png');

export function errorText(error: unknown): string {
  return i18n.t('scenes:failed', {
    reason: error instanceof Error ? error.message : String(error),
  });
}

/** Downloads one scene's picture; returns an error message or the file name. */
export async function exportScenePicture(
  scene: Scene,
  index: number,
  format: PictureFormat,
): Promise<{ ok: boolean; text: string }> {
  try {
    const blob = await keepingView(async () => {
      await showForPicture(scene);
      return pictureOfShown(scene, format);
    });
    const file = sceneFileName(index, scene.title, extOf(format));
    downloadBlob(blob, file);
    return { ok: true, text: i18n.t('scenes:done', { file }) };
  } catch (error) {
    return { ok: false, text: errorText(error) };
  }
}

/** The zip's name: after the first scene's region, else the workspace. */
export function zipName(scenes: readonly Scene[]): string {
  const regionId = scenes[0]?.regionId;
  const entry = regionId === undefined ? undefined : workbench.store.getState().datasets[regionId];
  return allScenesFileName(entry?.name, 'scenes', 'zip');
}

/** Every scene's picture in one zip of numbered files. */
export async function exportAllScenePictures(
  format: PictureFormat,
  onProgress: (done: number, total: number) => void,
): Promise<{ ok: boolean; text: string }> {
  const scenes = workbench.store.getState().scenes;
  try {
    const files: Record<string, Uint8Array> = {};
    await keepingView(async () => {
      for (const [index, scene] of scenes.entries()) {
        onProgress(index, scenes.length);
        await showForPicture(scene);
        const blob = await pictureOfShown(scene, format);
        files[sceneFileName(index, scene.title, extOf(format))] = new Uint8Array(
          await blob.arrayBuffer(),
        );
      }
    });
    // PNGs are compressed already: stored, not deflated again.
    const zip = zipSync(files, { level: format === 'svg' ? 6 : 0 });
    const file = zipName(scenes);
    downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), file);
    return { ok: true, text: i18n.t('scenes:done', { file }) };
  } catch (error) {
    return { ok: false, text: errorText(error) };
  }
}
