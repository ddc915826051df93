/**
 * Sectors of the triple helix (Etzkowitz & Leydesdorff 2000) plus the intermediaries
 * that cluster programmes fund to connect them (cluster headquarters, foundations,
 * banks, patent offices). `unknown` is what an unrecognised value becomes, with a warning.
 */
export const SECTORS = ['academia', 'industry', 'government', 'intermediary'] as const;
export type KnownSector = (typeof SECTORS)[number];
export type Sector = KnownSector | 'unknown';
export const ALL_SECTORS: readonly Sector[] = [...SECTORS, 'unknown'];

/** The three helices of Leydesdorff's triple-helix indicator (intermediaries excluded). */
export const HELICES = ['academia', 'industry', 'government'] as const;
export type Helix = (typeof HELICES)[number];

export function isSector(value: string): value is Sector {
  return (ALL_SECTORS as readonly string[]).includes(value);
}
