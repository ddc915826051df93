/**
 * The UI's translated labels: in English they say exactly what the English-only code
 * said (the store's describeFilters, the importer's steps), in Japanese they are
 * translated, and data (tie types, unknown steps, column values) passes through as is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/index.ts';
import {
  describeFilters,
  NO_FILTERS,
  type FilterSettings,
} from '../../../src/store/filterSlice.ts';
import { describeFilterParts } from '../../../src/ui/filters/describe.ts';
import { importStepName } from '../../../src/ui/import/stepName.ts';
import { categoryLabel, MISSING } from '../../../src/ui/appearance/categories.ts';
import { colourByLabel, sizeByLabel } from '../../../src/ui/appearance/labels.ts';
import { regionName } from '../../../src/ui/regionName.ts';
import { describeGraph } from '../../../src/ui/scorecard/Scorecard.tsx';

const EVERY_FILTER: FilterSettings = {
  ...NO_FILTERS,
  years: { from: 2004, to: 2006 },
  tieTypes: ['joint_research', 'patent'],
  view: {
    sectors: ['academia', 'industry'],
    nodeTypes: ['person', 'university'],
    communities: [0, 2],
    minWeight: 2,
    minDegree: 3,
    kCore: 2,
    largestComponentOnly: true,
    hideIsolates: true,
  },
};

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('filter summary', () => {
  it('in English is the store description, phrase for phrase', async () => {
    await i18n.changeLanguage('en');
    expect(describeFilterParts(EVERY_FILTER)).toEqual(describeFilters(EVERY_FILTER));
    expect(describeFilterParts(NO_FILTERS)).toEqual([]);
  });

  it('in Japanese translates sectors and kinds but keeps data types', async () => {
    await i18n.changeLanguage('ja');
    const parts = describeFilterParts(EVERY_FILTER);
    expect(parts).toHaveLength(describeFilters(EVERY_FILTER).length);
    expect(parts[0]).toBe('2004〜2006年度');
    expect(parts[1]).toContain('joint_research');
    expect(parts[2]).toBe('セクター: 大学等、産業界');
    expect(parts[3]).toBe('ノードの種別: 人、university');
    expect(parts.join('')).not.toMatch(/isolates|largest|degree|sectors/);
  });
});

describe('importer steps', () => {
  it('are the importer words in English and translated in Japanese', async () => {
    await i18n.changeLanguage('en');
    for (const step of ['nodes', 'edges', 'people', 'done', 'reading people.csv'])
      expect(importStepName(step)).toBe(step);
    await i18n.changeLanguage('ja');
    expect(importStepName('reading people.csv')).toBe('people.csv を読み込み中');
    expect(importStepName('collaborations')).toBe('連携');
    expect(importStepName('something new')).toBe('something new');
  });
});

describe('appearance labels', () => {
  it('name categories, colour and size choices in the interface language', async () => {
    await i18n.changeLanguage('en');
    expect(categoryLabel('community', '3')).toBe('Community 3');
    expect(categoryLabel('sector', 'industry')).toBe('Industry — companies');
    expect(categoryLabel('type', '')).toBe('Other');
    expect(categoryLabel('type', MISSING)).toBe('(none)');
    expect(sizeByLabel('uniform')).toBe('All alike');
    await i18n.changeLanguage('ja');
    expect(categoryLabel('community', '3')).toBe('コミュニティ 3');
    expect(categoryLabel('sector', 'industry')).toBe('産業界 — 企業');
    expect(categoryLabel('type', 'university')).toBe('university');
    expect(colourByLabel('sector')).toBe('セクター');
    expect(colourByLabel('attr:prefecture')).toBe('prefecture');
    expect(sizeByLabel('betweenness')).toBe('媒介中心性');
  });
});

describe('region names', () => {
  const sapporo = { name: 'Sapporo', nameJa: '札幌' };

  it('are the Japanese name in Japanese, the loaded name otherwise', async () => {
    await i18n.changeLanguage('en');
    expect(regionName(sapporo, '?')).toBe('Sapporo');
    await i18n.changeLanguage('ja');
    expect(regionName(sapporo, '?')).toBe('札幌');
    expect(regionName({ name: 'My data' }, '?')).toBe('My data');
    expect(regionName(undefined, 'nowhere')).toBe('nowhere');
  });

  it('name the scorecard graph in the interface language', async () => {
    const graph = {
      regionName: 'Sapporo',
      regionNameJa: '札幌',
      level: 'organizations' as const,
      filterText: 'all years, all types',
      nodes: 1200,
      edges: 3400,
    };
    await i18n.changeLanguage('ja');
    expect(describeGraph(graph)).toContain('札幌');
    expect(describeGraph(graph)).not.toContain('Sapporo');
    await i18n.changeLanguage('en');
    expect(describeGraph(graph)).toContain('Sapporo');
  });
});
