/**
 * Sector mixing matrices of the compared regions side by side as heatmaps with ONE colour
 * scale: the share of ties between two sectors, white (0) to the accent blue (the largest
 * share over all regions). Each cell also prints its share.
 */
import { mixingShares, sharedShareDomain } from '../../metrics/compare/profile.ts';
import { useTranslation } from 'react-i18next';
import type { ComparedRegion } from './useCompareMetrics.ts';

const CELL = 34;
const LABEL = 34;

/** White → #0b5cad by t in [0, 1]. */
export function shareColour(t: number): string {
  const mix = (a: number, b: number) => Math.round(a + (b - a) * Math.min(1, Math.max(0, t)));
  return `rgb(${mix(255, 11)}, ${mix(255, 92)}, ${mix(255, 173)})`;
}

export function MixingHeatmaps({ regions }: { regions: readonly ComparedRegion[] }) {
  const { t } = useTranslation('compare');
  const matrices = regions.map((r) => (r.result ? mixingShares(r.result.indicators.mixing) : []));
  const [, max] = sharedShareDomain(matrices);
  return (
    <figure className="compare-chart" data-testid="compare-mixing" data-max={max}>
      <figcaption>{t('mixing')}</figcaption>
      <div className="compare-heatmaps">
        {regions.map((region, r) => {
          const sectors = region.result?.indicators.mixing.sectors ?? [];
          const size = LABEL + CELL * sectors.length;
          return (
            <svg
              key={region.id}
              width={size}
              height={size + 18}
              role="img"
              aria-label={region.name}
            >
              <text x={size / 2} y={12} textAnchor="middle" className="heatmap-title">
                {region.name}
              </text>
              {sectors.map((s, i) => (
                <g key={s}>
                  <text x={LABEL - 4} y={18 + LABEL + CELL * i + CELL / 2 + 4} textAnchor="end">
                    {t(`sectorShort.${s}`)}
                  </text>
                  <text x={LABEL + CELL * i + CELL / 2} y={18 + LABEL - 6} textAnchor="middle">
                    {t(`sectorShort.${s}`)}
                  </text>
                  {sectors.map((_t, j) => {
                    const share = matrices[r][i][j];
                    return (
                      <g key={j}>
                        <rect
                          x={LABEL + CELL * j}
                          y={18 + LABEL + CELL * i}
                          width={CELL - 1}
                          height={CELL - 1}
                          fill={shareColour(max > 0 ? share / max : 0)}
                          data-share={share}
                        />
                        <text
                          x={LABEL + CELL * j + CELL / 2}
                          y={18 + LABEL + CELL * i + CELL / 2 + 4}
                          textAnchor="middle"
                          className={max > 0 && share / max > 0.55 ? 'on-dark' : undefined}
                        >
                          {share === 0 ? '' : share < 0.005 ? '<1' : Math.round(share * 100)}
                        </text>
                      </g>
                    );
                  })}
                </g>
              ))}
            </svg>
          );
        })}
      </div>
      <p className="panel-caption">{t('mixingNote')}</p>
    </figure>
  );
}
