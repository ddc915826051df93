/**
 * The one sector palette, used by the canvas, the legend and every chart, so a sector
 * has the same colour everywhere. Colours are from the Okabe–Ito palette, chosen to stay
 * distinguishable under the common colour-vision deficiencies (Okabe & Ito 2008,
 * "Color Universal Design", https://jfly.uni-koeln.de/color/); `unknown` is a neutral grey.
 */
import { ALL_SECTORS, type Sector } from '../model/index.ts';

export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  academia: '#0072B2', // blue
  industry: '#E69F00', // orange
  government: '#009E73', // bluish green
  intermediary: '#CC79A7', // reddish purple
  unknown: '#999999', // grey
};

/**
 * English sector names with examples from the cluster programmes. The interface takes its
 * sector names from the catalogue (`common:sector.<sector>.long`, English and Japanese);
 * this stays as the English fallback for code outside the catalogue.
 */
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  academia: 'Academia — universities, colleges',
  industry: 'Industry — companies',
  government: 'Government — prefectures, public institutes',
  intermediary: 'Intermediary — cluster HQ, foundations',
  unknown: 'Unknown sector',
};

/** Sectors in legend order. */
export const PALETTE_SECTORS: readonly Sector[] = ALL_SECTORS;
