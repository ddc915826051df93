/**
 * The deck legend from the workbench look's legend (src/ui/appearance/look.ts): what
 * colour and size mean, as text in the interface language, so the offline viewer needs
 * no catalogue. Sector names from `common:sector.<s>.name`, metric names from
 * `metrics:<id>.label`, the rest from the `deck` catalogue; example diameters stay in
 * model units (the viewer draws them at the scene's zoom, as the nodes are drawn).
 * Sector colours are present mode's, as on the deck's nodes.
 */
import { currentLanguage, i18n } from '../i18n/index.ts';
import { METRIC_INFO } from '../metrics/info.ts';
import type { LookLegend } from '../ui/appearance/look.ts';
import { presentColour } from './presentLook.ts';
import type { DeckLegend, DeckLegendEntry } from './types.ts';

const SECTORS = new Set(['academia', 'industry', 'government', 'intermediary', 'unknown']);
const COLOUR_OPTIONS = new Set(['sector', 'community', 'type', 'kind', 'role']);
/** The look's placeholders for categories beyond the palette and for missing values. */
const OTHER = '';
const MISSING = '(none)';

function colourByName(colourBy: string): string {
  return COLOUR_OPTIONS.has(colourBy)
    ? i18n.t(`deck:legend.colourBy.${colourBy}`)
    : colourBy.slice('attr:'.length);
}

function metricName(id: string): string {
  return Object.hasOwn(METRIC_INFO, id) ? i18n.t(`metrics:${id}.label`) : id;
}

function categoryName(colourBy: string, value: string, label: string): string {
  if (value === OTHER) return i18n.t('deck:legend.other');
  if (value === MISSING) return i18n.t('deck:legend.none');
  if (colourBy === 'sector' && SECTORS.has(value)) return i18n.t(`common:sector.${value}.name`);
  if (colourBy === 'community') return i18n.t('deck:legend.community', { number: value });
  if (
    (colourBy === 'kind' || colourBy === 'type') &&
    (value === 'person' || value === 'organization')
  )
    return i18n.t(`deck:legend.kind.${value}`);
  return label;
}

/** A legend value: whole numbers grouped for the language, others to 3 significant digits. */
function valueLabel(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return value.toLocaleString(currentLanguage());
  return Number(value.toPrecision(3)).toLocaleString(currentLanguage(), {
    maximumSignificantDigits: 3,
  });
}

export function deckLegendFromLook(legend: LookLegend): DeckLegend {
  const colours: DeckLegendEntry[] = legend.categories.map((category) => ({
    label: categoryName(legend.colourBy, category.value, category.label),
    // The deck draws sectors in present mode's colours (src/deck/presentLook.ts).
    colour:
      legend.colourBy === 'sector'
        ? presentColour(category.colour, category.value)
        : category.colour,
  }));
  const sizeTitle =
    legend.sizeBy === 'uniform'
      ? i18n.t('deck:legend.sizeUniform')
      : legend.sizeFallback
        ? i18n.t('deck:legend.sizeFallback', { by: metricName(legend.sizeBy) })
        : i18n.t('deck:legend.size', { by: metricName(legend.sizeBy) });
  const deckLegend: DeckLegend = {
    colourTitle: i18n.t('deck:legend.colour', { by: colourByName(legend.colourBy) }),
    colours,
    sizeTitle,
    sizes: legend.sizeExamples.map((example) => ({
      label: valueLabel(example.value),
      size: example.size,
    })),
  };
  if (legend.edgeTypes.length > 0) {
    deckLegend.linesTitle = i18n.t('deck:legend.lines');
    deckLegend.lines = legend.edgeTypes.map((entry) => ({
      label: entry.type,
      colour: entry.colour,
    }));
  }
  return deckLegend;
}
