/**
 * The filter summary in the interface language: one short phrase per active filter, in
 * the order they are applied (the same phrases as the store's English describeFilters,
 * which the CLI-facing code keeps). Sector and kind names come from the catalogues;
 * tie and node types are data and stay as imported.
 */
import { i18n } from '../../i18n/index.ts';
import type { FilterSettings } from '../../store/filterSlice.ts';

function list(values: readonly (string | number)[]): string {
  return values.length === 0
    ? i18n.t('filters:summary.none')
    : values.join(i18n.t('filters:summary.listSeparator'));
}

/** A sector's short name, lower-cased inside the sentence (a no-op for Japanese). */
export function sectorName(sector: string): string {
  return i18n.exists(`common:sector.${sector}.name`)
    ? i18n.t(`common:sector.${sector}.name`)
    : sector;
}

/** A node type: person/organization translated, other types (data) as they are. */
export function nodeTypeName(type: string): string {
  return type === 'person' || type === 'organization' ? i18n.t(`filters:kind.${type}`) : type;
}

export function describeFilterParts(filters: FilterSettings): string[] {
  const t = (key: string, options: Record<string, unknown> = {}) =>
    i18n.t(`filters:summary.${key}`, options);
  const parts: string[] = [];
  if (filters.years !== null)
    parts.push(t('years', { from: filters.years.from, to: filters.years.to }));
  if (filters.tieTypes !== null) parts.push(t('tieTypes', { list: list(filters.tieTypes) }));
  const v = filters.view;
  if (v.sectors !== undefined)
    parts.push(t('sectors', { list: list(v.sectors.map((s) => sectorName(s).toLowerCase())) }));
  if (v.nodeTypes !== undefined)
    parts.push(t('nodeTypes', { list: list(v.nodeTypes.map(nodeTypeName)) }));
  if (v.communities !== undefined)
    parts.push(t('communities', { list: list(v.communities.map((c) => c + 1)) }));
  if (v.minWeight !== undefined && v.minWeight > 0)
    parts.push(t('minWeight', { value: v.minWeight }));
  if (v.minDegree !== undefined && v.minDegree > 0)
    parts.push(t('minDegree', { value: v.minDegree }));
  if (v.kCore !== undefined && v.kCore > 0) parts.push(t('kCore', { k: v.kCore }));
  if (v.largestComponentOnly === true) parts.push(t('largest'));
  if (v.hideIsolates === true) parts.push(t('isolates'));
  return parts;
}
