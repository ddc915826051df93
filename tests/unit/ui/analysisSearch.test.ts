import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalizeForSearch, searchNodes } from '../../../src/ui/search/match.ts';

const entries = [
  { id: 'org-1', label: '京都大学', aliases: ['Kyoto University'] },
  { id: 'org-2', label: '京都府' },
  { id: 'org-3', label: 'Kyoto Research Park' },
  { id: 'org-4', label: 'ローム株式会社' },
  { id: 'kyoto-hq', label: '知的クラスター本部' },
  { id: 'org-6', label: '京都' },
];
const index = buildSearchIndex(entries);
const ids = (query: string) => searchNodes(index, query).map((hit) => hit.id);

describe('search matching', () => {
  it('normalises width and case with NFKC', () => {
    expect(normalizeForSearch('ＫＹＯＴＯ')).toBe('kyoto');
    expect(normalizeForSearch('ﾛｰﾑ')).toBe('ローム');
    expect(normalizeForSearch('  Kyoto ')).toBe('kyoto');
  });

  it('ranks an exact label, then prefixes (shorter first), then substrings, then ids', () => {
    expect(ids('京都')).toEqual(['org-6', 'org-2', 'org-1']);
    expect(ids('kyoto')).toEqual(['org-3', 'kyoto-hq', 'org-1']);
    expect(searchNodes(index, 'kyoto').map((hit) => hit.quality)).toEqual([1, 3, 4]);
    expect(ids('大学')).toEqual(['org-1']);
  });

  it('finds labels typed in full-width or half-width forms', () => {
    expect(ids('ＫＹＯＴＯ ｒｅｓｅａｒｃｈ')).toEqual(['org-3']);
    expect(ids('ｕｎｉｖｅｒｓｉｔｙ')).toEqual(['org-1']);
    expect(ids('ﾛｰﾑ')).toEqual(['org-4']);
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(searchNodes(index, 'o', 2)).toHaveLength(2);
    expect(searchNodes(index, 'no such actor')).toEqual([]);
  });
});
