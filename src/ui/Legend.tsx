/** What colour and size mean on the canvas; colours from the one sector palette. */
import { PALETTE_SECTORS, SECTOR_COLOURS, SECTOR_LABELS } from '../view/palette.ts';
import { useWorkbench } from './workbench.ts';
import { LegendLook } from './appearance/LegendLook.tsx';
import type { LookLegend } from './appearance/look.ts';

/** `look`: what colour and size mean for the current appearance (src/ui/appearance). */
export function Legend({ look }: { look?: LookLegend | null }) {
  const sizeBy = useWorkbench((state) => state.sizeBy);
  if (look) return <LegendPanel look={look} />;
  return (
    <section className="panel" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <p className="panel-caption">Colour: sector</p>
      <ul className="legend-list">
        {PALETTE_SECTORS.map((sector) => (
          <li key={sector} data-sector={sector}>
            <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[sector] }} />
            {SECTOR_LABELS[sector]}
          </li>
        ))}
      </ul>
      <p className="panel-caption">Shape</p>
      <ul className="legend-list">
        <li>
          <span className="swatch shape-organization" />
          Organization
        </li>
        <li>
          <span className="swatch shape-person" />
          Person
        </li>
      </ul>
      <p className="panel-caption">
        Size: {sizeBy === 'degree' ? 'number of partners (degree)' : 'uniform'}
      </p>
      <div className="legend-sizes" aria-hidden="true">
        <span className="size-dot" style={{ width: 8, height: 8 }} />
        <span className="size-dot" style={{ width: 14, height: 14 }} />
        <span className="size-dot" style={{ width: 22, height: 22 }} />
        <span className="legend-size-label">few → many partners</span>
      </div>
      <p className="panel-caption">Line width: number of joint activities (tie weight)</p>
    </section>
  );
}

function LegendPanel({ look }: { look: LookLegend }) {
  return (
    <section className="panel" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <LegendLook legend={look} />
      <p className="panel-caption">Shape</p>
      <ul className="legend-list">
        <li>
          <span className="swatch shape-organization" />
          Organization
        </li>
        <li>
          <span className="swatch shape-person" />
          Person
        </li>
      </ul>
      {look.edgeTypes.length === 0 && (
        <p className="panel-caption">Line width: number of joint activities (tie weight)</p>
      )}
    </section>
  );
}
