/**
 * Profile of the compared regions: a radar chart of indicators normalised across the
 * regions (src/metrics/compare/profile.ts; outward = better where the row has a
 * direction, "(reversed)" marks rows where lower is better).
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { normaliseProfile } from '../../metrics/compare/profile.ts';
import type { Comparison } from '../../metrics/compare/table.ts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import { REGION_COLOURS } from './TimelineCharts.tsx';

export function ProfileChart({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const axes = normaliseProfile(comparison);
  const data = axes.map((axis) => {
    const row: Record<string, string | number | null> = {
      axis: axis.reversed ? t('reversed', { label: axis.label }) : axis.label,
    };
    comparison.datasets.forEach((_name, i) => (row[`r${i}`] = axis.values[i]));
    return row;
  });
  return (
    <figure className="compare-chart" data-testid="compare-profile">
      <figcaption>{t('profile')}</figcaption>
      <RadarChart
        width={460}
        height={300}
        data={data}
        outerRadius={100}
        margin={{ top: 10, right: 70, bottom: 10, left: 70 }}
      >
        <PolarGrid stroke="#d9e2ec" />
        <PolarAngleAxis dataKey="axis" tick={{ fontSize: 10 }} />
        <PolarRadiusAxis domain={[0, 1]} tick={false} axisLine={false} />
        {comparison.datasets.map((name, i) => (
          <Radar
            key={i}
            name={name}
            dataKey={`r${i}`}
            stroke={REGION_COLOURS[i % REGION_COLOURS.length]}
            fill={REGION_COLOURS[i % REGION_COLOURS.length]}
            fillOpacity={0.08}
            isAnimationActive={false}
          />
        ))}
        <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(v, 2) : '–')} />
      </RadarChart>
      <p className="panel-caption">{t('profileNote')}</p>
    </figure>
  );
}
