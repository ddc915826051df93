/**
 * The scene list's "Offline deck" export: every scene shown in turn on the canvas
 * (applyScene, metrics settled), read into a DeckScene (src/deck/snapshot.ts), and the
 * deck written as one self-contained HTML file (src/deck/buildDeck.ts) named
 * `<region or workspace>-deck.html`. The workbench view is put back afterwards.
 */
import { buildDeckHtml } from '../../deck/buildDeck.ts';
import { deckLegendFromLook } from '../../deck/legend.ts';
import { snapshotScene } from '../../deck/snapshot.ts';
import { deckLanguage, deckStrings, untitledDeck } from '../../deck/strings.ts';
import type { Deck, DeckScene } from '../../deck/types.ts';
import { i18n } from '../../i18n/index.ts';
import { getCy } from '../../view/cyRegistry.ts';
import { withDrawingInCytoscape } from '../../view/layer/GraphLayer.ts';
import { downloadText } from '../export/download.ts';
import { workbench } from '../workbench.ts';
import { currentLegend } from './currentLegend.ts';
import { allScenesFileName } from './sceneFiles.ts';
import { errorText, keepingView, showForPicture } from './sceneActions.ts';
import { regionName } from '../regionName.ts';

export async function exportDeck(
  onProgress: (done: number, total: number) => void,
): Promise<{ ok: boolean; text: string }> {
  const state = workbench.store.getState();
  const scenes = state.scenes;
  const regionId = scenes[0]?.regionId;
  const region = regionId === undefined ? undefined : state.datasets[regionId];
  try {
    const deckScenes: DeckScene[] = [];
    await keepingView(async () => {
      for (const [index, scene] of scenes.entries()) {
        onProgress(index, scenes.length);
        await showForPicture(scene);
        const cy = getCy();
        if (cy === null) throw new Error(i18n.t('scenes:nothingDrawn'));
        const legend = currentLegend();
        deckScenes.push(
          await withDrawingInCytoscape(cy, () =>
            snapshotScene(cy, {
              title: scene.title,
              caption: scene.caption,
              legend: legend === null ? null : deckLegendFromLook(legend),
            }),
          ),
        );
      }
    });
    const created = new Date();
    const deck: Deck = {
      title: region === undefined ? untitledDeck() : regionName(region, region.name),
      language: deckLanguage(),
      created: created.toISOString(),
      strings: deckStrings(created),
      scenes: deckScenes,
    };
    const file = allScenesFileName(region?.name, 'deck', 'html');
    downloadText(buildDeckHtml(deck), file, 'text/html;charset=utf-8');
    return { ok: true, text: i18n.t('scenes:done', { file }) };
  } catch (error) {
    return { ok: false, text: errorText(error) };
  }
}
