/**
 * The legend drawn into a PNG export: the appearance panel's key of what the canvas shows
 * (colour categories with their colours, the size metric, tie colours by type), or the
 * sector key when no appearance legend is known yet. Labels as the side panel words them,
 * in the interface language (`appearance` catalogue).
 */
import { i18n } from '../../i18n/index.ts';
import { sectorLegend, type ImageLegend } from '../../view/exportImage.ts';
import { categoryLabel } from '../appearance/categories.ts';
import type { LookLegend } from '../appearance/look.ts';
import { colourByLabel, sizeByLabel } from '../appearance/labels.ts';

/** The image legend of what the canvas shows: the look's key when known, else sectors. */
export function imageLegend(look: LookLegend | null, sizeBy: string): ImageLegend {
  const shownSize = look?.sizeBy ?? sizeBy;
  const size =
    sizeBy === 'uniform'
      ? i18n.t('appearance:legend.sizeUniform')
      : i18n.t('appearance:legend.size', { by: sizeByLabel(shownSize).toLowerCase() }) +
        (shownSize === 'degree' ? i18n.t('appearance:legend.partners') : '');
  if (look === null || look.categories.length === 0) return sectorLegend(size);
  return {
    colourTitle: i18n.t('appearance:legend.colour', {
      by: colourByLabel(look.colourBy).toLowerCase(),
    }),
    colours: look.categories.map((c) => ({
      label: categoryLabel(look.colourBy, c.value),
      colour: c.colour,
    })),
    sizeNote: size,
    tieColours: look.edgeTypes.map((t) => ({ label: t.type, colour: t.colour })),
  };
}
