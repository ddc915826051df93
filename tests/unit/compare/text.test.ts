/**
 * The compare view's texts follow the interface language: periods, the tie filter, the
 * level and the comparison's row labels come from the catalogues; the English stays what
 * the CLI and the browser tests read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/index.ts';
import { buildComparison } from '../../../src/metrics/compare/table.ts';
import { METRIC_INFO } from '../../../src/metrics/info.ts';
import {
  levelText,
  localizeComparison,
  periodText,
  tieFilterText,
} from '../../../src/ui/compare/text.ts';
import { formatValue } from '../../../src/ui/compare/tableSort.ts';
import ja from '../../../src/i18n/locales/ja/metrics.json';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const comparison = () =>
  buildComparison([
    { name: 'a', figures: { density: 0.1, nodes: 12 } },
    { name: 'b', figures: { density: 0.2, nodes: 30 } },
  ]);

describe('compare texts', () => {
  it('English: the periods, filter and level as the CLI and the captions had them', async () => {
    await i18n.changeLanguage('en');
    expect(periodText({ kind: 'cumulative', to: 2005 })).toBe('≤ FY2005');
    expect(periodText({ kind: 'window', from: 2005, to: 2005 })).toBe('FY2005');
    expect(periodText({ kind: 'window', from: 2002, to: 2005 })).toBe('FY2002–2005');
    expect(tieFilterText(undefined)).toBe('all years, all types');
    expect(tieFilterText({ years: { from: 2003, to: 2006 }, types: ['joint', 'grant'] })).toBe(
      'FY2003–2006, joint, grant',
    );
    expect(levelText('organizations')).toBe('organizations');
    const rows = localizeComparison(comparison()).rows;
    expect(rows.find((r) => r.key === 'density')?.label).toBe(METRIC_INFO.density.label);
  });

  it('Japanese: fiscal years, level and row labels from the catalogues; values unchanged', async () => {
    await i18n.changeLanguage('ja');
    expect(periodText({ kind: 'cumulative', to: 2005 })).toBe('2005年度まで');
    expect(periodText({ kind: 'window', from: 2002, to: 2005 })).toBe('2002–2005年度');
    expect(tieFilterText(undefined)).toBe('全年度、全種別');
    expect(levelText('organizations')).toBe('組織');
    const english = comparison();
    const localized = localizeComparison(english);
    const density = localized.rows.find((r) => r.key === 'density')!;
    expect(density.label).toBe(ja.density.label);
    expect(density.explanation).toBe(ja.density.explanation);
    expect(localized.rows.map((r) => r.values)).toEqual(english.rows.map((r) => r.values));
    expect(localized.rows.map((r) => r.best)).toEqual(english.rows.map((r) => r.best));
  });

  it('formats values with the language’s grouping, 3 significant digits', async () => {
    for (const language of ['en', 'ja']) {
      await i18n.changeLanguage(language);
      expect(formatValue(12345)).toBe('12,345');
      expect(formatValue(1234.56)).toBe('1,234.6');
      expect(formatValue(0.000012345)).toBe('0.0000123');
    }
  });
});
