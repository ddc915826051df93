/**
 * The user's import while it runs (progress bar and Cancel) and, when nothing could be
 * loaded, the message saying why (the workspace is unchanged) with the report's problems.
 */
import { useTranslation } from 'react-i18next';
import { setImportPhase, useImportPhase } from './importState.ts';
import { failureText } from './problemText.ts';
import { importStepName } from './stepName.ts';

export function ImportStatus() {
  const { t } = useTranslation('import');
  const loading = (files: string[]) => t('loading', { files: files.join(', ') });
  const phase = useImportPhase();
  if (phase.kind === 'running') {
    return (
      <div className="import-bar" data-testid="progress" role="status">
        <span className="import-files">{loading(phase.files)}</span>
        <progress max={1} value={phase.fraction} aria-label={loading(phase.files)} />
        <span className="import-step">{importStepName(phase.step)}</span>
        <button type="button" data-testid="import-cancel" onClick={phase.cancel}>
          {t('cancel')}
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
        <strong>{phase.cancelled ? t('cancelled') : t('failed')}</strong>
        {!phase.cancelled && (
          <span className="import-message">{failureText(phase.error, phase.report.problems)}</span>
        )}
        <span>{t('unchanged')}</span>
        {phase.retry !== undefined && (
          <button type="button" data-testid="import-retry" onClick={phase.retry.run}>
            {t(phase.retry.label)}
          </button>
        )}
        <button type="button" onClick={() => setImportPhase({ kind: 'idle' })}>
          {t('dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
