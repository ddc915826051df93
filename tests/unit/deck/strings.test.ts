/**
 * The deck's texts and legend in the interface language: English and Japanese viewer
 * texts from the `deck` catalogue (the counter keeps its placeholders for the viewer),
 * and the look's legend turned into text (sector names from common:, metric names from
 * metrics:).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { i18n, setLanguage } from '../../../src/i18n/index.ts';
import { deckLegendFromLook } from '../../../src/deck/legend.ts';
import { deckLanguage, deckStrings } from '../../../src/deck/strings.ts';
import type { LookLegend } from '../../../src/ui/appearance/look.ts';
import { PRESENT_SECTOR_COLOURS } from '../../../src/view/presentStyle.ts';

const look: LookLegend = {
  colourBy: 'sector',
  categories: [
    { value: 'academia', label: 'Academia', colour: '#0072B2', count: 3 },
    { value: 'industry', label: 'Industry', colour: '#E69F00', count: 5 },
    { value: '(none)', label: '(none)', colour: '#999999', count: 1 },
  ],
  sizeBy: 'betweenness',
  sizeFallback: false,
  sizeExamples: [
    { value: 0, size: 8 },
    { value: 0.25, size: 20 },
    { value: 1234, size: 36 },
  ],
  edgeTypes: [{ type: 'joint_research', colour: '#1B9E77' }],
};

afterAll(async () => {
  await setLanguage('en');
});

describe('deckStrings', () => {
  it('gives English texts with the counter placeholders kept', async () => {
    await setLanguage('en');
    const strings = deckStrings(new Date(2026, 10, 27));
    expect(deckLanguage()).toBe('en');
    expect(strings.made).toBe('Made with Cluster Network Workbench on Nov 27, 2026');
    expect(strings.counter).toBe('{{n}} / {{total}}');
    expect(strings.next).toBe('Next scene');
    expect(strings.fit).toBe('Fit');
  });

  it('gives Japanese texts', async () => {
    await setLanguage('ja');
    const strings = deckStrings(new Date(2026, 10, 27));
    expect(deckLanguage()).toBe('ja');
    expect(strings.made).toBe('2026/11/27 にクラスター・ネットワーク・ワークベンチで作成');
    expect(strings.previous).toBe('前のシーン');
    expect(strings.next).toBe('次のシーン');
    expect(strings.fit).toBe('全体表示');
    expect(strings.counter).toBe('{{n}} / {{total}}');
  });
});

describe('deckLegendFromLook', () => {
  it('names colours, the size metric and line colours in English', async () => {
    await setLanguage('en');
    const legend = deckLegendFromLook(look);
    expect(legend.colourTitle).toBe('Colour: sector');
    expect(legend.colours).toEqual([
      // Sector colours as the deck draws them: present mode's.
      { label: i18n.t('common:sector.academia.name'), colour: PRESENT_SECTOR_COLOURS.academia },
      { label: i18n.t('common:sector.industry.name'), colour: PRESENT_SECTOR_COLOURS.industry },
      { label: '(none)', colour: '#999999' },
    ]);
    expect(legend.sizeTitle).toBe(`Size: ${i18n.t('metrics:betweenness.label')}`);
    expect(legend.sizes).toEqual([
      { label: '0', size: 8 },
      { label: '0.25', size: 20 },
      { label: '1,234', size: 36 },
    ]);
    expect(legend.linesTitle).toBe('Line colour: collaboration type');
    expect(legend.lines).toEqual([{ label: 'joint_research', colour: '#1B9E77' }]);
  });

  it('speaks Japanese when the interface does', async () => {
    await setLanguage('ja');
    const legend = deckLegendFromLook({ ...look, edgeTypes: [] });
    expect(legend.colourTitle).toBe('色：セクター');
    expect(legend.colours.map((c) => c.label)).toEqual(['大学等', '産業界', '（なし）']);
    expect(legend.sizeTitle).toBe(`大きさ：${i18n.t('metrics:betweenness.label')}`);
    expect(legend.sizeTitle).not.toContain('Betweenness');
    expect(legend.lines).toBeUndefined();
  });

  it('numbers communities and says when sizes fall back to degree', async () => {
    await setLanguage('en');
    const legend = deckLegendFromLook({
      ...look,
      colourBy: 'community',
      categories: [
        { value: '1', label: 'Community 1', colour: '#4E79A7', count: 4 },
        { value: '', label: 'Other', colour: '#D9D9D9', count: 2 },
      ],
      sizeBy: 'degree',
      sizeFallback: true,
    });
    expect(legend.colourTitle).toBe('Colour: community');
    expect(legend.colours.map((c) => c.label)).toEqual(['Community 1', 'Other']);
    expect(legend.sizeTitle).toBe('Size: Degree (until the metrics are computed)');
  });
});
