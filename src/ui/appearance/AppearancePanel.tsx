/**
 * Appearance controls: colour by (sector, community, type, kind, role or any categorical
 * column of the shown nodes), size by any node metric with its scale and range, line
 * width and colour, and how many labels are drawn. Every change goes through the store
 * (view and appearance slices), so it is undoable.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimpleGraph } from '../../model/index.ts';
import { SIZE_SCALES, type LookSettings, type SizeScale } from '../../store/appearanceSlice.ts';
import { COLOUR_BY, SIZE_BY, type ColourBy, type SizeBy } from '../../store/viewSlice.ts';
import { useWorkbench } from '../workbench.ts';
import { categoricalColumns } from './categories.ts';
import { colourByLabel, sizeByLabel } from './labels.ts';
import './appearance.css';

const LABEL_COUNTS = [0, 5, 8, 15, 30, 60];

function NumberInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <input
      id={id}
      type="number"
      min={2}
      max={160}
      value={value}
      onChange={(event) => {
        const next = Number(event.target.value);
        if (event.target.value !== '' && Number.isFinite(next)) onChange(next);
      }}
    />
  );
}

export function AppearancePanel({ graph }: { graph: SimpleGraph | null }) {
  const { t } = useTranslation('appearance');
  const colourBy = useWorkbench((state) => state.colourBy);
  const sizeBy = useWorkbench((state) => state.sizeBy);
  const look = useWorkbench((state) => state.look);
  const setColourBy = useWorkbench((state) => state.setColourBy);
  const setSizeBy = useWorkbench((state) => state.setSizeBy);
  const setLook = useWorkbench((state) => state.setLook);
  const columns = useMemo(
    () => (graph === null ? [] : categoricalColumns(graph.mapNodes((_key, a) => a))),
    [graph],
  );
  const colourOptions: ColourBy[] = [...COLOUR_BY, ...columns.map((c) => `attr:${c}` as const)];
  if (!colourOptions.includes(colourBy)) colourOptions.push(colourBy);
  const set = (change: Partial<LookSettings>) => setLook(change);

  return (
    <section className="panel" data-testid="appearance-panel" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t('title')}</h2>
      <div className="look-form">
        <label htmlFor="color-by">{t('colourBy')}</label>
        <select
          id="color-by"
          data-testid="color-by"
          value={colourBy}
          onChange={(event) => setColourBy(event.target.value as ColourBy)}
        >
          {colourOptions.map((option) => (
            <option key={option} value={option}>
              {colourByLabel(option)}
            </option>
          ))}
        </select>

        <label htmlFor="size-by">{t('sizeBy')}</label>
        <select
          id="size-by"
          data-testid="size-by"
          value={sizeBy}
          onChange={(event) => setSizeBy(event.target.value as SizeBy)}
        >
          {SIZE_BY.map((option) => (
            <option key={option} value={option}>
              {sizeByLabel(option)}
            </option>
          ))}
        </select>

        <label htmlFor="size-scale">{t('scale')}</label>
        <select
          id="size-scale"
          data-testid="size-scale"
          value={look.sizeScale}
          onChange={(event) => set({ sizeScale: event.target.value as SizeScale })}
        >
          {SIZE_SCALES.map((scale) => (
            <option key={scale} value={scale}>
              {t(`scales.${scale}`)}
            </option>
          ))}
        </select>

        <label htmlFor="size-min">{t('sizeRange')}</label>
        <div className="look-pair">
          <NumberInput id="size-min" value={look.sizeMin} onChange={(v) => set({ sizeMin: v })} />
          <NumberInput id="size-max" value={look.sizeMax} onChange={(v) => set({ sizeMax: v })} />
        </div>

        <label htmlFor="edge-width">{t('edgeWidth')}</label>
        <select
          id="edge-width"
          data-testid="edge-width"
          value={look.edgeWidth}
          onChange={(event) => set({ edgeWidth: event.target.value as LookSettings['edgeWidth'] })}
        >
          <option value="weight">{t('edgeWidths.weight')}</option>
          <option value="uniform">{t('edgeWidths.uniform')}</option>
        </select>

        <label htmlFor="edge-colour">{t('edgeColour')}</label>
        <select
          id="edge-colour"
          data-testid="edge-colour"
          value={look.edgeColour}
          onChange={(event) =>
            set({ edgeColour: event.target.value as LookSettings['edgeColour'] })
          }
        >
          <option value="none">{t('edgeColours.none')}</option>
          <option value="type">{t('edgeColours.type')}</option>
        </select>

        <label htmlFor="label-count">{t('labels')}</label>
        <div className="look-pair">
          <select
            id="label-count"
            data-testid="label-count"
            value={look.labelCount}
            onChange={(event) => set({ labelCount: Number(event.target.value) })}
          >
            {[...new Set([...LABEL_COUNTS, look.labelCount])]
              .sort((a, b) => a - b)
              .map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
          </select>
          <span>{t('labelBy')}</span>
          <select
            aria-label={t('labelBy')}
            data-testid="label-by"
            value={look.labelBy}
            onChange={(event) => set({ labelBy: event.target.value })}
          >
            {SIZE_BY.filter((option) => option !== 'uniform').map((option) => (
              <option key={option} value={option}>
                {sizeByLabel(option)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
