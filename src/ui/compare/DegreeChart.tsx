/** Degree distributions of the compared regions overlaid: share of nodes P(k) by degree k. */
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { degreeDistribution } from '../../metrics/compare/profile.ts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import { REGION_COLOURS } from './TimelineCharts.tsx';
import type { ComparedRegion } from './useCompareMetrics.ts';

export function DegreeChart({ regions }: { regions: readonly ComparedRegion[] }) {
  const { t } = useTranslation('compare');
  const byDegree = new Map<number, Record<string, number>>();
  regions.forEach((region, i) => {
    if (!region.result) return;
    for (const { degree, share } of degreeDistribution(region.result.nodes.degree)) {
      const row = byDegree.get(degree) ?? { degree };
      row[`r${i}`] = share;
      byDegree.set(degree, row);
    }
  });
  const data = [...byDegree.values()].sort((a, b) => a.degree - b.degree);
  return (
    <figure className="compare-chart" data-testid="compare-degrees">
      <figcaption>{t('degrees')}</figcaption>
      <LineChart
        width={420}
        height={260}
        data={data}
        margin={{ top: 6, right: 18, bottom: 14, left: 0 }}
      >
        <CartesianGrid stroke="#e4e7eb" vertical={false} />
        <XAxis
          dataKey="degree"
          type="number"
          tick={{ fontSize: 11 }}
          label={{ value: t('degree'), position: 'insideBottom', offset: -8, fontSize: 11 }}
        />
        <YAxis
          tick={{ fontSize: 11 }}
          width={48}
          tickFormatter={(v: number) => formatNumber(v, 2)}
        />
        <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(v, 3) : '–')} />
        {regions.map((region, i) => (
          <Line
            key={region.id}
            dataKey={`r${i}`}
            name={region.name}
            stroke={REGION_COLOURS[i % REGION_COLOURS.length]}
            dot={{ r: 1.5 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
      <p className="panel-caption">{t('degreesNote')}</p>
    </figure>
  );
}
