/**
 * The colour and size part of the legend for the current appearance: every colour shown
 * with its category and node count, and the size scale with example values. Rendered by
 * src/ui/Legend.tsx.
 */
import type { LookLegend } from './look.ts';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format.ts';
import { categoryLabel } from './categories.ts';
import { colourByLabel, formatValue, sizeByLabel } from './labels.ts';

/** The legend draws example discs at half size, so they fit the side panel. */
const LEGEND_SCALE = 0.5;

export function LegendLook({ legend }: { legend: LookLegend }) {
  const { t } = useTranslation('appearance');
  return (
    <>
      <p className="panel-caption" data-testid="legend-colour-by" data-colour-by={legend.colourBy}>
        {t('legend.colour', { by: colourByLabel(legend.colourBy).toLowerCase() })}
      </p>
      <ul className="legend-list">
        {legend.categories.map((category) => (
          <li
            key={category.value + category.label}
            data-testid="legend-category"
            data-category={category.value}
            data-colour={category.colour}
          >
            <span className="swatch" style={{ backgroundColor: category.colour }} />
            <span className="legend-label">{categoryLabel(legend.colourBy, category.value)}</span>
            <span className="legend-count">{formatCount(category.count)}</span>
          </li>
        ))}
      </ul>
      <p className="panel-caption" data-testid="legend-size-by" data-size-by={legend.sizeBy}>
        {t('legend.size', { by: sizeByLabel(legend.sizeBy).toLowerCase() })}
        {legend.sizeBy === 'degree' && !legend.sizeFallback ? t('legend.partners') : ''}
        {legend.sizeFallback ? t('legend.fallback') : ''}
      </p>
      {legend.sizeExamples.length > 0 && (
        <div className="legend-sizes">
          {legend.sizeExamples.map((example) => (
            <span key={example.value} className="legend-size-example">
              <span
                className="size-dot"
                style={{
                  width: example.size * LEGEND_SCALE,
                  height: example.size * LEGEND_SCALE,
                }}
              />
              <span className="legend-size-label">{formatValue(example.value)}</span>
            </span>
          ))}
        </div>
      )}
      {legend.edgeTypes.length > 0 && (
        <>
          <p className="panel-caption">{t('legend.lines')}</p>
          <ul className="legend-list">
            {legend.edgeTypes.map((entry) => (
              <li key={entry.type}>
                <span className="swatch line-swatch" style={{ backgroundColor: entry.colour }} />
                {entry.type}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
