/** What colour and size mean on the canvas; colours from the one sector palette. */
import { useTranslation } from 'react-i18next';
import { PALETTE_SECTORS, SECTOR_COLOURS } from '../view/palette.ts';
import { useWorkbench } from './workbench.ts';
import { LegendLook } from './appearance/LegendLook.tsx';
import type { LookLegend } from './appearance/look.ts';

/** `look`: what colour and size mean for the current appearance (src/ui/appearance). */
export function Legend({ look }: { look?: LookLegend | null }) {
  const { t } = useTranslation('appearance');
  const sizeBy = useWorkbench((state) => state.sizeBy);
  if (look) return <LegendPanel look={look} />;
  return (
    <section className="panel" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <p className="panel-caption">{t('legend.colourSector')}</p>
      <ul className="legend-list">
        {PALETTE_SECTORS.map((sector) => (
          <li key={sector} data-sector={sector}>
            <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[sector] }} />
            {t(`common:sector.${sector}.long`)}
          </li>
        ))}
      </ul>
      <Shapes />
      <p className="panel-caption">
        {sizeBy === 'degree' ? t('legend.sizeDegree') : t('legend.sizeUniform')}
      </p>
      <div className="legend-sizes" aria-hidden="true">
        <span className="size-dot" style={{ width: 8, height: 8 }} />
        <span className="size-dot" style={{ width: 14, height: 14 }} />
        <span className="size-dot" style={{ width: 22, height: 22 }} />
        <span className="legend-size-label">{t('legend.fewMany')}</span>
      </div>
      <p className="panel-caption">{t('legend.lineWidth')}</p>
    </section>
  );
}

function Shapes() {
  const { t } = useTranslation('appearance');
  return (
    <>
      <p className="panel-caption">{t('legend.shape')}</p>
      <ul className="legend-list">
        <li>
          <span className="swatch shape-organization" />
          {t('legend.organization')}
        </li>
        <li>
          <span className="swatch shape-person" />
          {t('legend.person')}
        </li>
      </ul>
    </>
  );
}

function LegendPanel({ look }: { look: LookLegend }) {
  const { t } = useTranslation('appearance');
  return (
    <section className="panel" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <LegendLook legend={look} />
      <Shapes />
      {look.edgeTypes.length === 0 && <p className="panel-caption">{t('legend.lineWidth')}</p>}
    </section>
  );
}
