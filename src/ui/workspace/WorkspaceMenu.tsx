/**
 * Workspace file: save the workspace (user-loaded datasets, settings, deleted nodes) as
 * a versioned JSON file, or open one (validated; a bad file is reported and changes
 * nothing — see src/ui/import/runImport.ts).
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeWorkspace } from '../../store/workspaceFile.ts';
import { downloadText } from '../export/download.ts';
import { localDate } from '../export/fileName.ts';
import { openUserFiles } from '../import/runner.ts';
import { workbench } from '../workbench.ts';
import { positionsForSave, recordShownPositions } from './positionsKeeper.ts';

export function WorkspaceMenu() {
  const { t } = useTranslation('workspace');
  const inputRef = useRef<HTMLInputElement>(null);
  const save = () => {
    recordShownPositions();
    const document = serializeWorkspace(
      workbench.store.getState(),
      workbench.registry,
      new Date(),
      positionsForSave(),
    );
    downloadText(
      JSON.stringify(document),
      `workspace-${localDate(new Date())}.cnw.json`,
      'application/json',
    );
  };
  return (
    <div className="tool-group" role="group" aria-label={t('workspace')}>
      <button
        type="button"
        className="tool-button"
        data-testid="workspace-save"
        title={t('saveTitle')}
        onClick={save}
      >
        {t('save')}
      </button>
      <button
        type="button"
        className="tool-button"
        title={t('openTitle')}
        onClick={() => inputRef.current?.click()}
      >
        {t('open')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        data-testid="workspace-input"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])].slice(0, 1);
          event.target.value = '';
          openUserFiles(files);
        }}
      />
    </div>
  );
}
