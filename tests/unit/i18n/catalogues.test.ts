/**
 * The message catalogues: English and Japanese have the same keys in every namespace,
 * no empty texts, the same {{variables}} in each pair, and the Japanese metric texts cover
 * every entry of METRIC_INFO (whose English the `metrics` namespace is built from).
 */
import { describe, expect, it } from 'vitest';
import { METRIC_INFO } from '../../../src/metrics/info.ts';
import { collectResources, type Catalogue } from '../../../src/i18n/resources.ts';
import { i18n } from '../../../src/i18n/index.ts';
import { formatNumber, formatPercent } from '../../../src/i18n/format.ts';

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value as Catalogue, path)) out.set(k, v);
    } else out.set(path, String(value));
  }
  return out;
}

/** Plural forms differ by language (en: _one/_other, ja: _other only): compare the stem. */
function stem(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();
}

const resources = collectResources();

describe('message catalogues', () => {
  it('has both languages and the common namespace', () => {
    expect(Object.keys(resources).sort()).toEqual(['en', 'ja']);
    expect(resources.en.common).toBeDefined();
    expect(resources.ja.common).toBeDefined();
  });

  for (const namespace of Object.keys(resources.en)) {
    it(`${namespace}: same keys, no empty text, same variables in en and ja`, () => {
      const ja = resources.ja[namespace];
      expect(ja, `ja/${namespace}.json is missing`).toBeDefined();
      const en = flatten(resources.en[namespace]);
      const jaFlat = flatten(ja);
      const enStems = new Set([...en.keys()].map(stem));
      const jaStems = new Set([...jaFlat.keys()].map(stem));
      expect(
        [...jaStems].filter((k) => !enStems.has(k)),
        'only in ja',
      ).toEqual([]);
      expect(
        [...enStems].filter((k) => !jaStems.has(k)),
        'only in en',
      ).toEqual([]);
      for (const [key, text] of [...en, ...jaFlat]) {
        expect(text.trim(), `${namespace}:${key} is empty`).not.toBe('');
      }
      for (const [key, text] of jaFlat) {
        const english = en.get(key) ?? en.get(`${stem(key)}_other`) ?? en.get(stem(key));
        expect(variables(text), `${namespace}:${key}`).toEqual(variables(english ?? ''));
      }
    });
  }

  it('no namespace exists only in Japanese', () => {
    const only = Object.keys(resources.ja).filter((ns) => resources.en[ns] === undefined);
    expect(only).toEqual([]);
  });

  it('translates every metric of METRIC_INFO into Japanese', () => {
    const ja = resources.ja.metrics as Record<string, Record<string, string>> | undefined;
    expect(ja, 'ja/metrics.json').toBeDefined();
    for (const id of Object.keys(METRIC_INFO)) {
      expect(ja?.[id]?.label, `${id}.label`).toBeTruthy();
      expect(ja?.[id]?.explanation, `${id}.explanation`).toBeTruthy();
    }
  });
});

describe('i18n instance', () => {
  it('switches language and formats numbers for it', async () => {
    await i18n.changeLanguage('ja');
    expect(i18n.t('common:fiscalYear', { year: 2005 })).toBe('2005年度');
    expect(i18n.t('common:sector.industry.name')).toBe('産業界');
    await i18n.changeLanguage('en');
    expect(i18n.t('common:fiscalYear', { year: 2005 })).toBe('FY2005');
    expect(i18n.t('metrics:betweenness.label')).toBe(METRIC_INFO.betweenness.label);
    expect(formatNumber(12345.6789, 2)).toBe('12,345.68');
    expect(formatPercent(0.256)).toBe('25.6%');
  });
});
