/**
 * The compare view's texts in the interface language (catalogue `compare`, metric names
 * and explanations from `metrics:<id>.*`, sector names from `common:sector.<s>.name`).
 * Outside React, so the hooks and the picture export can share them; components re-render
 * on a language change through useTranslation and call these again.
 *
 * The comparison itself (src/metrics/compare/table.ts) stays English, like the CLI that
 * prints it; `localizeComparison` swaps only the row labels and explanations.
 */
import { i18n } from '../../i18n/index.ts';
import type { PeriodSpec } from '../../graph/periods.ts';
import type { Comparison } from '../../metrics/compare/table.ts';
import type { TieFilter } from '../../model/level.ts';

/** A metric's (or indicator's) name, the key itself when the catalogue has none. */
export function metricLabel(id: string): string {
  return i18n.exists(`metrics:${id}.label`) ? i18n.t(`metrics:${id}.label`) : id;
}

export function metricExplanation(id: string): string {
  return i18n.exists(`metrics:${id}.explanation`) ? i18n.t(`metrics:${id}.explanation`) : '';
}

/** ≤ FY2005 (up to a year), FY2005 (one year), FY2002–2005 (a window). */
export function periodText(period: PeriodSpec): string {
  if (period.kind === 'cumulative') return i18n.t('compare:period.upTo', { to: period.to });
  if (period.from === period.to) return i18n.t('common:fiscalYear', { year: period.from });
  return i18n.t('common:yearRange', { from: period.from, to: period.to });
}

/** The tie filter the panels share: its years and collaboration types (types are data). */
export function tieFilterText(filter: TieFilter | undefined): string {
  const years = filter?.years
    ? i18n.t('common:yearRange', { from: filter.years.from, to: filter.years.to })
    : i18n.t('compare:tieFilter.allYears');
  const types = filter?.types
    ? filter.types.join(i18n.t('compare:tieFilter.listSeparator'))
    : i18n.t('compare:tieFilter.allTypes');
  return i18n.t('compare:tieFilter.both', { years, types });
}

/** The level as named in the captions (English keeps the id, which the CLI's --level takes). */
export function levelText(level: string): string {
  return i18n.exists(`compare:levelName.${level}`) ? i18n.t(`compare:levelName.${level}`) : level;
}

/** The same comparison with row labels and explanations in the interface language. */
export function localizeComparison(comparison: Comparison): Comparison {
  return {
    datasets: comparison.datasets,
    rows: comparison.rows.map((row) => ({
      ...row,
      label: i18n.exists(`metrics:${row.key}.label`) ? metricLabel(row.key) : row.label,
      explanation: i18n.exists(`metrics:${row.key}.explanation`)
        ? metricExplanation(row.key)
        : row.explanation,
    })),
  };
}
