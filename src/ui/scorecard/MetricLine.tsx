/**
 * One metric with its value; opening it shows the plain-language explanation, the
 * convention and the reference from METRIC_INFO (native <details>, keyboard-accessible).
 */
import { METRIC_INFO } from '../../metrics/info.ts';
import { formatValue } from './format.ts';

export function MetricLine({
  id,
  value,
  label,
}: {
  id: string;
  value: number | null;
  label?: string;
}) {
  const info = METRIC_INFO[id];
  return (
    <details className="metric-line" data-metric={id}>
      <summary title={info?.explanation}>
        <span className="metric-label">{label ?? info?.label ?? id}</span>
        <span className="metric-value" data-testid={`metric-${id}`}>
          {formatValue(value, id)}
        </span>
      </summary>
      {info !== undefined && (
        <div className="metric-explanation">
          <p>{info.explanation}</p>
          <p className="metric-convention">{info.convention}</p>
          <p className="metric-reference">{info.reference}</p>
        </div>
      )}
    </details>
  );
}
