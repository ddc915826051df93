/**
 * The legend of present mode: what colour, size and shape mean, from the canvas's
 * LookLegend, in the present theme's colours (sectors in their high-contrast versions).
 */
import { useTranslation } from 'react-i18next';
import type { LookLegend } from '../appearance/look.ts';
import { formatValue } from '../appearance/labels.ts';
import { i18n } from '../../i18n/index.ts';
import { isSector } from '../../model/index.ts';
import { PRESENT_SECTOR_COLOURS } from '../../view/presentStyle.ts';

function colourTitle(colourBy: string): string {
  const by = colourBy.startsWith('attr:')
    ? i18n.t('present:colourBy.column', { column: colourBy.slice(5) })
    : i18n.t(`present:colourBy.${colourBy}`);
  return i18n.t('present:colour', { by });
}

export function PresentLegend({ legend }: { legend: LookLegend | null }) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation('common');
  const { t: tm } = useTranslation('metrics');
  if (legend === null) return null;
  const bySector = legend.colourBy === 'sector';
  const size =
    legend.sizeBy === 'uniform'
      ? t('sizeUniform')
      : t('size', { by: tm(`${legend.sizeBy}.label`, { defaultValue: legend.sizeBy }) });
  return (
    <aside className="present-legend" data-testid="present-legend" aria-label={t('legend')}>
      <p className="present-legend-title">{colourTitle(legend.colourBy)}</p>
      <ul>
        {legend.categories.map((category) => {
          const sector = bySector && isSector(category.value) ? category.value : null;
          const label =
            sector !== null
              ? tc(`sector.${sector}.name`)
              : category.value === ''
                ? t('other')
                : category.label;
          return (
            <li key={category.value}>
              <span
                className="present-swatch"
                style={{
                  backgroundColor:
                    sector !== null ? PRESENT_SECTOR_COLOURS[sector] : category.colour,
                }}
              />
              {label}
            </li>
          );
        })}
      </ul>
      <p className="present-legend-title">{size}</p>
      {legend.sizeExamples.length > 0 && (
        <div className="present-sizes" data-testid="present-legend-sizes">
          {legend.sizeExamples.map((example) => (
            <span key={example.value} className="present-size-example">
              <span
                className="present-size-dot"
                // About the diameters drawn at the usual present zoom (sizes are model units).
                style={{ width: example.size * 0.6, height: example.size * 0.6 }}
              />
              <span>{formatValue(example.value)}</span>
            </span>
          ))}
        </div>
      )}
      <ul>
        <li>
          <span className="present-swatch shape-organization" />
          {t('organization')}
        </li>
        <li>
          <span className="present-swatch shape-person" />
          {t('person')}
        </li>
      </ul>
    </aside>
  );
}
