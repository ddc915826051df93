/**
 * One scene in the list: its title (click to show it), caption and summary, and its
 * actions — rename (title and caption), update from the current view, duplicate, move
 * up/down (also Alt+↑/↓ on the item), picture, delete. The item is draggable (native
 * drag and drop); the list decides where a dropped scene goes.
 */
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scene } from '../../store/index.ts';
import { useWorkbench } from '../workbench.ts';
import { regionName } from '../regionName.ts';
import { formatCount } from '../../i18n/format.ts';

export interface SceneItemProps {
  scene: Scene;
  index: number;
  count: number;
  busy: boolean;
  active: boolean;
  onShow: () => void;
  onUpdate: () => void;
  onPicture: () => void;
  onMove: (to: number) => void;
  onDragStart: (event: DragEvent<HTMLLIElement>) => void;
  onDrop: (event: DragEvent<HTMLLIElement>) => void;
}

export function SceneItem(props: SceneItemProps) {
  const { scene, index, count, busy, active } = props;
  const { t } = useTranslation('scenes');
  const [editing, setEditing] = useState(false);
  const entry = useWorkbench((state) => state.datasets[scene.regionId]);
  const region = regionName(entry, scene.regionId);
  const duplicateScene = useWorkbench((state) => state.duplicateScene);
  const deleteScene = useWorkbench((state) => state.deleteScene);

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || editing) return;
    if (event.key === 'ArrowUp' && index > 0) props.onMove(index - 1);
    else if (event.key === 'ArrowDown' && index < count - 1) props.onMove(index + 1);
    else return;
    event.preventDefault();
  };

  return (
    <li
      className={active ? 'scene-item active' : 'scene-item'}
      data-testid="scene-item"
      data-scene-id={scene.id}
      draggable={!editing}
      onDragStart={props.onDragStart}
      onDragOver={(event) => event.preventDefault()}
      onDrop={props.onDrop}
      onKeyDown={onKeyDown}
    >
      {editing ? (
        <SceneEditForm scene={scene} onDone={() => setEditing(false)} />
      ) : (
        <>
          <button
            type="button"
            className="scene-show"
            data-testid="scene-show"
            aria-label={t('show', { title: scene.title })}
            onClick={props.onShow}
            disabled={busy}
          >
            <span className="scene-number">{index + 1}</span>
            <span className="scene-title" data-testid="scene-title">
              {scene.title}
            </span>
          </button>
          {scene.caption !== '' && (
            <p className="scene-caption" data-testid="scene-caption">
              {scene.caption}
            </p>
          )}
          <p className="scene-summary">
            {t('summary', {
              region,
              level: t(`levels.${scene.level}`),
              nodes: formatCount(scene.nodes),
            })}
          </p>
        </>
      )}
      {!editing && (
        <div className="scene-actions">
          <button type="button" data-testid="scene-edit" onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
          <button type="button" data-testid="scene-update" onClick={props.onUpdate} disabled={busy}>
            {t('update')}
          </button>
          <button
            type="button"
            data-testid="scene-duplicate"
            onClick={() => duplicateScene(scene.id, t('copyTitle', { title: scene.title }))}
          >
            {t('duplicate')}
          </button>
          <button
            type="button"
            data-testid="scene-up"
            aria-label={t('moveUp')}
            title={t('moveUp')}
            disabled={index === 0}
            onClick={() => props.onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            data-testid="scene-down"
            aria-label={t('moveDown')}
            title={t('moveDown')}
            disabled={index === count - 1}
            onClick={() => props.onMove(index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            data-testid="scene-picture"
            onClick={props.onPicture}
            disabled={busy}
          >
            {t('picture')}
          </button>
          <button
            type="button"
            className="danger"
            data-testid="scene-delete"
            onClick={() => deleteScene(scene.id)}
          >
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}

function SceneEditForm({ scene, onDone }: { scene: Scene; onDone: () => void }) {
  const { t } = useTranslation('scenes');
  const renameScene = useWorkbench((state) => state.renameScene);
  const [title, setTitle] = useState(scene.title);
  const [caption, setCaption] = useState(scene.caption);
  return (
    <form
      className="scene-edit"
      onSubmit={(event) => {
        event.preventDefault();
        renameScene(scene.id, title.trim() === '' ? scene.title : title.trim(), caption.trim());
        onDone();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <label>
        <span>{t('titleLabel')}</span>
        <input
          data-testid="scene-title-input"
          value={title}
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label>
        <span>{t('captionLabel')}</span>
        <textarea
          data-testid="scene-caption-input"
          value={caption}
          rows={2}
          onChange={(event) => setCaption(event.target.value)}
        />
      </label>
      <div className="scene-actions">
        <button type="submit" data-testid="scene-save">
          {t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
