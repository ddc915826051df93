/** The degree distribution of the shown graph as a bar chart (recharts). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { degreeDistribution } from './format.ts';

export function DegreeChart({ degrees }: { degrees: Float64Array }) {
  const { t } = useTranslation('scorecard');
  const bins = useMemo(() => degreeDistribution(degrees), [degrees]);
  return (
    <div className="degree-chart" data-testid="degree-chart" data-bins={bins.length}>
      <BarChart
        width={350}
        height={170}
        data={bins}
        margin={{ top: 6, right: 8, bottom: 16, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e4e7eb" vertical={false} />
        <XAxis
          dataKey="degree"
          tick={{ fontSize: 11 }}
          label={{ value: t('chart.x'), position: 'insideBottom', offset: -8, fontSize: 11 }}
        />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={36} />
        <Tooltip
          formatter={(value) => [String(value), t('chart.y')]}
          labelFormatter={(degree) => t('chart.partners', { degree: String(degree) })}
        />
        <Bar dataKey="actors" fill="#0b5cad" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
