/**
 * Every metric of the selected actor with its value, rank and percentile in the shown
 * graph, then its community and brokerage roles (counts with z-scores). Labels and
 * explanations come from METRIC_INFO (hover a name, or open the role list).
 */
import { METRIC_INFO } from '../../metrics/info.ts';
import type { MetricsResult } from '../../metrics/result.ts';
import { formatPercentile, formatValue } from '../scorecard/format.ts';
import { brokerageRows, nodeMetricRows } from './metricRows.ts';

const TEXT = {
  metrics: 'Metrics',
  metric: 'Metric',
  value: 'Value',
  rank: 'Rank',
  percentile: 'Pct.',
  rankNote:
    'Rank among all actors of this graph, highest first; ties share the best rank (competition ranking, 1-2-2-4). Percentile: share of actors with a value at most this one.',
  // Communities are numbered from 1 on screen (the filters do the same); data is 0-based.
  community: 'Community',
  roles: 'Brokerage roles',
  role: 'Role',
  count: 'Count',
  expected: 'Expected',
  z: 'z',
  rolesHelp: 'What the roles mean',
  rolesNote:
    'Gould–Fernandez roles over sectors: how often this actor links two partners who are not tied to each other. z compares the count with what chance would give.',
};

export function NodeMetrics({ result, index }: { result: MetricsResult; index: number }) {
  const rows = nodeMetricRows(result, index);
  const roles = brokerageRows(result, index);
  const community = result.nodes.community[index];
  return (
    <>
      <h3>{TEXT.metrics}</h3>
      <table className="details-metrics" data-testid="details-metrics">
        <thead>
          <tr>
            <th scope="col">{TEXT.metric}</th>
            <th scope="col">{TEXT.value}</th>
            <th scope="col" title={TEXT.rankNote}>
              {TEXT.rank}
            </th>
            <th scope="col" title={TEXT.rankNote}>
              {TEXT.percentile}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-metric={row.id}>
              <th scope="row" title={METRIC_INFO[row.id]?.explanation}>
                {METRIC_INFO[row.id]?.label ?? row.id}
              </th>
              <td>{formatValue(row.value)}</td>
              <td>{row.rank === null ? '—' : `${row.rank.rank} / ${row.rank.of}`}</td>
              <td>{row.rank === null ? '—' : formatPercentile(row.rank.percentile)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="panel-caption">{TEXT.rankNote}</p>
      <p className="details-community" title={METRIC_INFO.community?.explanation}>
        {TEXT.community}:{' '}
        <strong data-testid="details-community">
          {Number.isFinite(community) ? community + 1 : '—'}
        </strong>
      </p>
      <h3>{TEXT.roles}</h3>
      <table className="details-metrics" data-testid="details-roles">
        <thead>
          <tr>
            <th scope="col">{TEXT.role}</th>
            <th scope="col">{TEXT.count}</th>
            <th scope="col">{TEXT.expected}</th>
            <th scope="col">{TEXT.z}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((row) => (
            <tr key={row.role}>
              <th scope="row" title={METRIC_INFO[row.role]?.explanation}>
                {row.role[0].toUpperCase() + row.role.slice(1)}
              </th>
              <td>{formatValue(row.count)}</td>
              <td>{formatValue(row.expected)}</td>
              <td>{formatValue(row.z)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="panel-caption">{TEXT.rolesNote}</p>
      <details className="details-roles-help">
        <summary>{TEXT.rolesHelp}</summary>
        <ul>
          {roles.map((row) => (
            <li key={row.role}>
              <strong>{row.role[0].toUpperCase() + row.role.slice(1)}</strong>:{' '}
              {METRIC_INFO[row.role]?.explanation}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
