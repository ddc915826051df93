/**
 * The scene list of the side panel: add the current view as a scene, show a scene by
 * clicking it, rename, update, duplicate, reorder (drag, arrows, Alt+↑/↓), delete (undo
 * brings it back), export scene pictures one by one or all in one zip, and start present
 * mode (src/ui/present).
 */
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench, workbench } from '../workbench.ts';
import { SceneItem } from './SceneItem.tsx';
import { exportDeck } from './deckExport.ts';
import { applyScene } from './applyScene.ts';
import {
  PICTURE_FORMATS,
  addSceneFromView,
  exportAllScenePictures,
  exportScenePicture,
  updateSceneFromView,
  type PictureFormat,
} from './sceneActions.ts';
import './scenes.css';

export function ScenesPanel() {
  const { t } = useTranslation('scenes');
  const scenes = useWorkbench((state) => state.scenes);
  const hasView = useWorkbench((state) => state.regionId !== null);
  const moveScene = useWorkbench((state) => state.moveScene);
  const startPresenting = useWorkbench((state) => state.startPresenting);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [format, setFormat] = useState<PictureFormat>('png2');
  const [active, setActive] = useState<string | null>(null);
  const dragged = useRef<number | null>(null);

  const run = (work: () => Promise<{ ok: boolean; text: string } | null>) => {
    setBusy(true);
    setStatus(null);
    void work().then(
      (result) => {
        setBusy(false);
        setStatus(result);
      },
      (error: unknown) => {
        setBusy(false);
        setStatus({ ok: false, text: t('failed', { reason: String(error) }) });
      },
    );
  };

  const show = (id: string) => {
    const scene = workbench.store.getState().scenes.find((s) => s.id === id);
    if (scene === undefined) return;
    setActive(id);
    if (workbench.store.getState().datasets[scene.regionId] === undefined) {
      setStatus({ ok: false, text: t('notLoaded', { region: scene.regionId }) });
      return;
    }
    run(() => applyScene(scene).then(() => null));
  };

  const move = (from: number, to: number) => {
    const scene = scenes[from];
    if (scene === undefined || to < 0 || to >= scenes.length || to === from) return;
    moveScene(scene.id, to);
    setStatus({ ok: true, text: t('moved', { title: scene.title, n: to + 1 }) });
  };

  const onDrop = (to: number) => (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    const from = dragged.current;
    dragged.current = null;
    if (from !== null) move(from, to);
  };

  return (
    <section className="panel scene-panel" data-testid="scene-list" aria-labelledby="scenes-title">
      <h2 id="scenes-title">{t('title')}</h2>
      <p className="panel-caption">{t('intro')}</p>
      <div className="scene-toolbar">
        <button
          type="button"
          data-testid="add-scene"
          disabled={!hasView || busy}
          onClick={() => {
            if (!addSceneFromView()) setStatus({ ok: false, text: t('nothingDrawn') });
          }}
        >
          {t('add')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="present-button"
          disabled={!hasView || busy}
          onClick={() => startPresenting(0)}
        >
          {t('present')}
        </button>
      </div>
      {scenes.length === 0 ? (
        <p className="scene-empty">{t('empty')}</p>
      ) : (
        <>
          <ol className="scene-items" aria-describedby="scenes-reorder-hint">
            {scenes.map((scene, index) => (
              <SceneItemFor
                key={scene.id}
                id={scene.id}
                index={index}
                count={scenes.length}
                busy={busy}
                active={active === scene.id}
                onShow={() => show(scene.id)}
                onUpdate={() => {
                  if (!updateSceneFromView(scene.id))
                    setStatus({ ok: false, text: t('nothingDrawn') });
                }}
                onPicture={() => run(() => exportScenePicture(scene, index, format))}
                onMove={(to) => move(index, to)}
                onDragStart={(event) => {
                  dragged.current = index;
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', scene.title);
                }}
                onDrop={onDrop(index)}
              />
            ))}
          </ol>
          <p id="scenes-reorder-hint" className="panel-caption">
            {t('reorderHint')}
          </p>
          <div className="scene-toolbar">
            <label className="picker">
              <span>{t('format')}</span>
              <select
                data-testid="scene-format"
                value={format}
                onChange={(event) => setFormat(event.target.value as PictureFormat)}
              >
                {PICTURE_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(`formats.${f}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              data-testid="export-scenes"
              disabled={busy}
              onClick={() =>
                run(() =>
                  exportAllScenePictures(format, (done, total) =>
                    setStatus({ ok: true, text: t('working', { n: done + 1, total }) }),
                  ),
                )
              }
            >
              {t('exportAll')}
            </button>
            <button
              type="button"
              data-testid="export-deck"
              disabled={busy}
              onClick={() =>
                run(() =>
                  exportDeck((done, total) =>
                    setStatus({ ok: true, text: t('working', { n: done + 1, total }) }),
                  ),
                )
              }
            >
              {t('exportDeck')}
            </button>
          </div>
        </>
      )}
      {status !== null && (
        <p
          className={status.ok ? 'scene-status' : 'scene-status error'}
          data-testid="scene-status"
          role="status"
        >
          {status.text}
        </p>
      )}
    </section>
  );
}

/** A SceneItem that reads its scene from the store by id (stable while others change). */
function SceneItemFor({
  id,
  ...rest
}: Omit<Parameters<typeof SceneItem>[0], 'scene'> & { id: string }) {
  const scene = useWorkbench((state) => state.scenes.find((s) => s.id === id));
  return scene === undefined ? null : <SceneItem scene={scene} {...rest} />;
}
