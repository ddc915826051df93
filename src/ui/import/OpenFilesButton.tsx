/**
 * "Open files…": a visible button for the file picker (several files at once: a cluster
 * dataset's CSVs, nodes/edges CSVs, a GEXF or GraphML file, or a workspace .json).
 */
import { useRef } from 'react';
import { useImportPhase } from './importState.ts';
import { openUserFiles } from './runner.ts';

const TEXT = {
  button: 'Open files…',
  title:
    'Load a cluster dataset (organizations/people/collaborations/memberships CSV), nodes/edges CSV, GEXF, GraphML or a workspace file',
};

export const ACCEPTED_FILES = '.csv,.tsv,.txt,.gexf,.graphml,.xml,.json';

export function OpenFilesButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const running = useImportPhase().kind === 'running';
  return (
    <>
      <button
        type="button"
        className="tool-button primary"
        title={TEXT.title}
        disabled={running}
        onClick={() => inputRef.current?.click()}
      >
        {TEXT.button}
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
