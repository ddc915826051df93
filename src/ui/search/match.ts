/**
 * Search suggestions: which actors match what the user typed, best first.
 *
 * Matching is case- and width-insensitive: label, id and query are compared after
 * Unicode NFKC normalisation (full-width "ＫＹＯＴＯ" and half-width katakana "ｷｮｳﾄ"
 * become "KYOTO" and "キョウト") and lower-casing; surrounding white space is ignored.
 * Order: a label equal to the query, then labels starting with it, then labels containing
 * it, then ids containing it, then other names (e.g. the English `name_en` of a Japanese
 * dataset) containing it; within one class shorter labels first, then graph order.
 */

export interface SearchEntry {
  id: string;
  label: string;
  /** Other names of the actor (e.g. name_en), matched after label and id. */
  aliases?: readonly string[];
}

export interface SearchIndex {
  entries: readonly SearchEntry[];
  labels: string[];
  ids: string[];
  aliases: string[][];
}

export interface SearchHit extends SearchEntry {
  /** 0 exact label, 1 label prefix, 2 label substring, 3 id substring, 4 other name. */
  quality: 0 | 1 | 2 | 3 | 4;
}

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return {
    entries,
    labels: entries.map((entry) => normalizeForSearch(entry.label)),
    ids: entries.map((entry) => normalizeForSearch(entry.id)),
    aliases: entries.map((entry) => (entry.aliases ?? []).map(normalizeForSearch)),
  };
}

function qualityOf(
  label: string,
  id: string,
  aliases: readonly string[],
  query: string,
): SearchHit['quality'] | null {
  if (label === query) return 0;
  if (label.startsWith(query)) return 1;
  if (label.includes(query)) return 2;
  if (id.includes(query)) return 3;
  if (aliases.some((alias) => alias.includes(query))) return 4;
  return null;
}

export function searchNodes(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const wanted = normalizeForSearch(query);
  if (wanted === '') return [];
  const hits: { hit: SearchHit; order: number }[] = [];
  index.entries.forEach((entry, order) => {
    const quality = qualityOf(index.labels[order], index.ids[order], index.aliases[order], wanted);
    if (quality !== null) hits.push({ hit: { ...entry, quality }, order });
  });
  hits.sort(
    (a, b) =>
      a.hit.quality - b.hit.quality || a.hit.label.length - b.hit.label.length || a.order - b.order,
  );
  return hits.slice(0, limit).map((entry) => entry.hit);
}
