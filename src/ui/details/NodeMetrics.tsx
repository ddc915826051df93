/**
 * Every metric of the selected actor with its value, rank and percentile in the shown
 * graph, then its community and brokerage roles (counts with z-scores). Labels and
 * explanations come from the `metrics` catalogue (hover a name, or open the role list);
 * communities are numbered from 1 on screen (the filters do the same; data is 0-based).
 */
import { useTranslation } from 'react-i18next';
import type { MetricsResult } from '../../metrics/result.ts';
import { formatCount } from '../../i18n/format.ts';
import { formatPercentile, formatValue } from '../scorecard/format.ts';
import { brokerageRows, nodeMetricRows } from './metricRows.ts';

export function NodeMetrics({ result, index }: { result: MetricsResult; index: number }) {
  const { t } = useTranslation('details');
  const rows = nodeMetricRows(result, index);
  const roles = brokerageRows(result, index);
  const community = result.nodes.community[index];
  return (
    <>
      <h3>{t('metrics')}</h3>
      <table className="details-metrics" data-testid="details-metrics">
        <thead>
          <tr>
            <th scope="col">{t('metric')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col" title={t('rankNote')}>
              {t('rank')}
            </th>
            <th scope="col" title={t('rankNote')}>
              {t('percentile')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-metric={row.id}>
              <th scope="row" title={t(`metrics:${row.id}.explanation`)}>
                {t(`metrics:${row.id}.label`)}
              </th>
              <td>{formatValue(row.value)}</td>
              <td>
                {row.rank === null
                  ? '—'
                  : t('rankOf', { rank: formatCount(row.rank.rank), of: formatCount(row.rank.of) })}
              </td>
              <td>{row.rank === null ? '—' : formatPercentile(row.rank.percentile)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="panel-caption">{t('rankNote')}</p>
      <p className="details-community" title={t('metrics:community.explanation')}>
        {t('community')}:{' '}
        <strong data-testid="details-community">
          {Number.isFinite(community) ? community + 1 : '—'}
        </strong>
      </p>
      <h3>{t('roles')}</h3>
      <table className="details-metrics" data-testid="details-roles">
        <thead>
          <tr>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('count')}</th>
            <th scope="col">{t('expected')}</th>
            <th scope="col">{t('z')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((row) => (
            <tr key={row.role}>
              <th scope="row" title={t(`metrics:${row.role}.explanation`)}>
                {t(`roleNames.${row.role}`)}
              </th>
              <td>{formatValue(row.count)}</td>
              <td>{formatValue(row.expected)}</td>
              <td>{formatValue(row.z)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="panel-caption">{t('rolesNote')}</p>
      <details className="details-roles-help">
        <summary>{t('rolesHelp')}</summary>
        <ul>
          {roles.map((row) => (
            <li key={row.role}>
              <strong>{t(`roleNames.${row.role}`)}</strong>: {t(`metrics:${row.role}.explanation`)}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
