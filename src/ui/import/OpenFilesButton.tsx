/**
 * "Open files…": a visible button for the file picker (several files at once: a cluster
 * dataset's CSVs, nodes/edges CSVs, a GEXF or GraphML file, or a workspace .json).
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportPhase } from './importState.ts';
import { openUserFiles } from './runner.ts';

export const ACCEPTED_FILES = '.csv,.tsv,.txt,.gexf,.graphml,.xml,.json';

export function OpenFilesButton() {
  const { t } = useTranslation('import');
  const inputRef = useRef<HTMLInputElement>(null);
  const running = useImportPhase().kind === 'running';
  return (
    <>
      <button
        type="button"
        className="tool-button primary"
        title={t('openTitle')}
        disabled={running}
        onClick={() => inputRef.current?.click()}
      >
        {t('open')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        data-testid="file-input"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // the same file can be picked again
          openUserFiles(files);
        }}
      />
    </>
  );
}
