/**
 * Where the metrics of the shown graph stand: a progress bar with Cancel while the
 * worker runs, a stale notice with "Recompute metrics", or the error. `data-status` on
 * the element carries the slice's status for tests.
 */
import { useWorkbench } from '../workbench.ts';

const TEXT = {
  running: 'Computing metrics',
  cancel: 'Cancel',
  recompute: 'Recompute metrics',
  compute: 'Compute metrics',
  stale: 'The graph changed: these numbers are for the earlier graph named above.',
  idle: 'No metrics computed for this graph yet.',
  error: 'Metrics failed:',
};

export function MetricsStatus() {
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
              {TEXT.running}
              {metrics.step ? ` · ${metrics.step}` : ''}
            </span>
            <button type="button" onClick={cancel} data-testid="metrics-cancel">
              {TEXT.cancel}
            </button>
          </div>
          <progress
            data-testid="metrics-progress"
            max={1}
            value={metrics.fraction}
            aria-label={TEXT.running}
          />
        </>
      )}
      {status === 'stale' && (
        <p>
          {metrics.note ? `${metrics.note}. ` : ''}
          {TEXT.stale}
        </p>
      )}
      {status === 'idle' && metrics.wanted !== null && (
        <p>
          {metrics.note ? `${metrics.note}. ` : ''}
          {TEXT.idle}
        </p>
      )}
      {status === 'error' && (
        <p className="metrics-error">
          {TEXT.error} {metrics.error}
        </p>
      )}
      {status !== 'running' && metrics.wanted !== null && (
        <button
          type="button"
          className="primary"
          onClick={recompute}
          data-testid="metrics-recompute"
        >
          {status === 'idle' ? TEXT.compute : TEXT.recompute}
        </button>
      )}
    </div>
  );
}
