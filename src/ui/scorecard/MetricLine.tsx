/**
 * One metric with its value; opening it shows the plain-language explanation, the
 * convention (the `metrics` catalogue, in the interface language) and the reference from
 * METRIC_INFO, not translated (native <details>, keyboard-accessible).
 */
import { useTranslation } from 'react-i18next';
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
  const { t, i18n } = useTranslation('metrics');
  const info = METRIC_INFO[id];
  return (
    <details className="metric-line" data-metric={id}>
      <summary title={info === undefined ? undefined : t(`${id}.explanation`)}>
        <span className="metric-label">
          {label ?? (info === undefined ? id : t(`${id}.label`))}
        </span>
        <span className="metric-value" data-testid={`metric-${id}`}>
          {formatValue(value, id)}
        </span>
      </summary>
      {info !== undefined && (
        <div className="metric-explanation">
          <p>{t(`${id}.explanation`)}</p>
          {info.convention && i18n.exists(`metrics:${id}.convention`) && (
            <p className="metric-convention">{t(`${id}.convention`)}</p>
          )}
          <p className="metric-reference">{info.reference}</p>
        </div>
      )}
    </details>
  );
}
