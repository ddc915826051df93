/** Progress of the sample import while it runs; the errors of failed regions after it. */
import { useTranslation } from 'react-i18next';
import { useWorkbench } from './workbench.ts';

export function LoadProgress() {
  const { t } = useTranslation('workbench');
  const load = useWorkbench((state) => state.load);
  if (load.status === 'loading') {
    return (
      <div className="load-progress" data-testid="progress" role="status">
        <progress max={1} value={load.fraction} aria-label={t('load.progressLabel')} />
        <span>{load.step || t('load.importing')}</span>
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
