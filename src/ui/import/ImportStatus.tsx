/**
 * The user's import while it runs (progress bar and Cancel) and, when nothing could be
 * loaded, the message saying why (the workspace is unchanged) with the report's problems.
 */
import { setImportPhase, useImportPhase } from './importState.ts';

const TEXT = {
  loading: (files: string[]) => `Loading ${files.join(', ')}`,
  cancel: 'Cancel',
  failed: 'Nothing was loaded',
  cancelled: 'Import cancelled',
  unchanged: 'The workspace is unchanged.',
  details: 'Show the report',
  close: 'Dismiss',
};

export function ImportStatus() {
  const phase = useImportPhase();
  if (phase.kind === 'running') {
    return (
      <div className="import-bar" data-testid="progress" role="status">
        <span className="import-files">{TEXT.loading(phase.files)}</span>
        <progress max={1} value={phase.fraction} aria-label={TEXT.loading(phase.files)} />
        <span className="import-step">{phase.step}</span>
        <button type="button" data-testid="import-cancel" onClick={phase.cancel}>
          {TEXT.cancel}
        </button>
      </div>
    );
  }
  if (phase.kind === 'failed') {
    return (
      <div
        className={phase.cancelled ? 'import-bar' : 'import-bar import-failed'}
        data-testid="import-error"
        role="alert"
      >
        <strong>{phase.cancelled ? TEXT.cancelled : TEXT.failed}</strong>
        <span className="import-message">{phase.error}</span>
        <span>{TEXT.unchanged}</span>
        <button type="button" onClick={() => setImportPhase({ kind: 'idle' })}>
          {TEXT.close}
        </button>
      </div>
    );
  }
  return null;
}
