/**
 * Where the metrics of the shown graph stand: a progress bar with Cancel while the
 * worker runs, a stale notice with "Recompute metrics", or the error. `data-status` on
 * the element carries the slice's status for tests.
 */
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench.ts';

/** The metrics run's step names (English, from src/metrics) → catalogue keys. */
const STEP_KEYS: Record<string, string> = {
  Starting: 'starting',
  'shortest paths': 'paths',
  centrality: 'centrality',
  'clustering and cores': 'clustering',
  communities: 'communities',
  'brokerage and sectors': 'brokerage',
  'small-world references': 'smallWorld',
};

export function MetricsStatus() {
  const { t } = useTranslation('scorecard');
  // The store's notes are English words; the one it writes today is translated.
  const note = (text: string | null) =>
    text ? `${text === 'Cancelled' ? t('status.cancelled') : text}. ` : '';
  const metrics = useWorkbench((state) => state.metrics);
  const recompute = useWorkbench((state) => state.recomputeMetrics);
  const cancel = useWorkbench((state) => state.cancelMetrics);
  const { status } = metrics;
  if (status === 'done') return <div data-testid="metrics-status" data-status="done" hidden />;
  return (
    <div
      className={`metrics-status metrics-${status}`}
      data-testid="metrics-status"
      data-status={status}
    >
      {status === 'running' && (
        <>
          <div className="metrics-progress-line">
            <span>
              {t('status.running')}
              {metrics.step
                ? ` · ${STEP_KEYS[metrics.step] ? t(`status.steps.${STEP_KEYS[metrics.step]}`) : metrics.step}`
                : ''}
            </span>
            <button type="button" onClick={cancel} data-testid="metrics-cancel">
              {t('status.cancel')}
            </button>
          </div>
          <progress
            data-testid="metrics-progress"
            max={1}
            value={metrics.fraction}
            aria-label={t('status.running')}
          />
        </>
      )}
      {status === 'stale' && (
        <p>
          {note(metrics.note)}
          {t('status.stale')}
        </p>
      )}
      {status === 'idle' && metrics.wanted !== null && (
        <p>
          {note(metrics.note)}
          {t('status.idle')}
        </p>
      )}
      {status === 'error' && (
        <p className="metrics-error">{t('status.error', { error: metrics.error })}</p>
      )}
      {status !== 'running' && metrics.wanted !== null && (
        <button
          type="button"
          className="primary"
          onClick={recompute}
          data-testid="metrics-recompute"
        >
          {status === 'idle' ? t('status.compute') : t('status.recompute')}
        </button>
      )}
    </div>
  );
}
