/** Progress of the sample import while it runs; the errors of failed regions after it. */
import { useTranslation } from 'react-i18next';
import { importStepName } from './import/stepName.ts';
import { useWorkbench } from './workbench.ts';

/** "<region>: <importer step>" with the step in the interface language. */
function stepText(step: string): string {
  const at = step.indexOf(': ');
  return at < 0 ? step : `${step.slice(0, at)}: ${importStepName(step.slice(at + 2))}`;
}

export function LoadProgress() {
  const { t } = useTranslation('workbench');
  const load = useWorkbench((state) => state.load);
  if (load.status === 'loading') {
    return (
      <div className="load-progress" data-testid="progress" role="status">
        <progress max={1} value={load.fraction} aria-label={t('load.progressLabel')} />
        <span>{load.step ? stepText(load.step) : t('load.importing')}</span>
      </div>
    );
  }
  if (load.errors.length > 0) {
    return (
      <div className="load-errors" data-testid="load-errors" role="alert">
        <strong>{t('load.failed')}</strong>
        <ul>
          {load.errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
    );
  }
  return null;
}
