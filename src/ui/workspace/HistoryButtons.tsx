/**
 * Undo, redo and "delete selected" in the header, with the keyboard shortcuts of
 * shortcuts.ts bound on the window while the app runs.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { canRedo, canUndo } from '../../store/history.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { deleteSelectedNodes } from './deleteSelected.ts';
import { commandOf, isEditable } from './shortcuts.ts';

export function useWorkspaceShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandOf({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        inEditable: isEditable(event.target),
      });
      if (command === null) return;
      const state = workbench.store.getState();
      if (command === 'undo') state.undo();
      else if (command === 'redo') state.redo();
      else if (deleteSelectedNodes() === 0) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function HistoryButtons() {
  const { t } = useTranslation('workspace');
  const undoable = useWorkbench((state) => canUndo(state.history));
  const redoable = useWorkbench((state) => canRedo(state.history));
  const hidden = useWorkbench((state) =>
    state.regionId === null ? 0 : (state.excluded[state.regionId]?.length ?? 0),
  );
  const undo = useWorkbench((state) => state.undo);
  const redo = useWorkbench((state) => state.redo);
  return (
    <div className="tool-group" role="group" aria-label={t('edit')}>
      <button
        type="button"
        className="tool-button"
        data-testid="undo"
        title={t('undoTitle')}
        disabled={!undoable}
        onClick={undo}
      >
        ↶ {t('undo')}
      </button>
      <button
        type="button"
        className="tool-button"
        data-testid="redo"
        title={t('redoTitle')}
        disabled={!redoable}
        onClick={redo}
      >
        ↷ {t('redo')}
      </button>
      <button
        type="button"
        className="tool-button"
        data-testid="delete-selected"
        title={t('deleteTitle')}
        onClick={() => deleteSelectedNodes()}
      >
        {t('delete')}
      </button>
      {hidden > 0 && (
        <button
          type="button"
          className="tool-button"
          data-testid="restore-hidden"
          title={t('restoreTitle')}
          onClick={() => {
            const { regionId, restoreNodes } = workbench.store.getState();
            if (regionId !== null) restoreNodes(regionId);
          }}
        >
          {t('restore', { count: hidden })}
        </button>
      )}
    </div>
  );
}
