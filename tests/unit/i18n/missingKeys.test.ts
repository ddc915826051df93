/**
 * Missing texts are recorded (window.__cnwMissingKeys in the browser): a key found in no
 * catalogue, and a key the Japanese catalogue lacks that i18next quietly serves in
 * English (i18next itself reports only the first kind).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, missingKeys } from '../../../src/i18n/index.ts';

afterEach(async () => {
  missingKeys.clear();
  await i18n.changeLanguage('en');
});

describe('missing keys', () => {
  it('records nothing for texts every catalogue has, in ja and ja-JP', async () => {
    for (const language of ['ja', 'ja-JP', 'en']) {
      await i18n.changeLanguage(language);
      i18n.t('common:appTitle');
      i18n.t('common:fiscalYear', { year: 2005 });
      i18n.t('metrics:density.label');
    }
    expect([...missingKeys]).toEqual([]);
  });

  it('records a key found nowhere, shown as the key', async () => {
    await i18n.changeLanguage('ja');
    expect(i18n.t('common:noSuchText')).toBe('noSuchText');
    expect([...missingKeys].some((k) => k.endsWith(':common:noSuchText'))).toBe(true);
  });

  it('records a Japanese text that falls back to English', async () => {
    i18n.addResource('en', 'common', 'englishOnly', 'English only');
    await i18n.changeLanguage('ja');
    expect(i18n.t('common:englishOnly')).toBe('English only');
    expect([...missingKeys]).toEqual(['ja:common:englishOnly']);
    missingKeys.clear();
    await i18n.changeLanguage('en');
    i18n.t('common:englishOnly');
    expect([...missingKeys]).toEqual([]);
  });
});
