/** What the appearance panel and the legend say (one place, for the later i18n catalogues). */
import { METRIC_INFO } from '../../metrics/info.ts';
import type { ColourBy, SizeBy } from '../../store/viewSlice.ts';

export const APPEARANCE_STRINGS = {
  title: 'Appearance',
  colourBy: 'Colour by',
  sizeBy: 'Size by',
  scale: 'Scale',
  sizeMin: 'Min size',
  sizeMax: 'Max size',
  edgeWidth: 'Line width',
  edgeColour: 'Line colour',
  labels: 'Labels',
  labelBy: 'top nodes by',
  scales: { linear: 'Linear', sqrt: 'Square root (area)', log: 'Logarithmic' },
  edgeWidths: { weight: 'By tie weight', uniform: 'All alike' },
  edgeColours: { none: 'Grey', type: 'By collaboration type' },
  uniform: 'All alike',
  legendColour: 'Colour',
  legendSize: 'Size',
  legendLines: 'Line colour: collaboration type',
  mixedTypes: 'several types',
  fallback: 'degree until metrics are computed',
} as const;

const COLOUR_LABELS: Record<string, string> = {
  sector: 'Sector',
  community: 'Community',
  type: 'Type',
  kind: 'Kind (person / organization)',
  role: 'Role',
};

export function colourByLabel(colourBy: ColourBy): string {
  return COLOUR_LABELS[colourBy] ?? colourBy.slice('attr:'.length);
}

/** 'Degree', 'Betweenness', … or 'All alike'. */
export function sizeByLabel(sizeBy: SizeBy | string): string {
  if (sizeBy === 'uniform') return APPEARANCE_STRINGS.uniform;
  return METRIC_INFO[sizeBy]?.label ?? sizeBy;
}

/** A legend number: integers as they are, others with 3 significant digits. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toPrecision(3);
}
