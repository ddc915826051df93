/**
 * The legend drawn into a PNG export: the appearance panel's key of what the canvas shows
 * (colour categories with their colours, the size metric, tie colours by type), or the
 * sector key when no appearance legend is known yet. Labels as the side panel words them.
 */
import { sectorLegend, type ImageLegend } from '../../view/exportImage.ts';
import type { LookLegend } from '../appearance/look.ts';
import { colourByLabel, sizeByLabel } from '../appearance/strings.ts';

/** The image legend of what the canvas shows: the look's key when known, else sectors. */
export function imageLegend(look: LookLegend | null, sizeBy: string): ImageLegend {
  const size =
    sizeBy === 'uniform'
      ? 'Size: uniform'
      : `Size: ${sizeByLabel(look?.sizeBy ?? sizeBy).toLowerCase()}${
          (look?.sizeBy ?? sizeBy) === 'degree' ? ' (number of partners)' : ''
        }`;
  if (look === null || look.categories.length === 0) return sectorLegend(size);
  return {
    colourTitle: `Colour: ${colourByLabel(look.colourBy).toLowerCase()}`,
    colours: look.categories.map((c) => ({ label: c.label, colour: c.colour })),
    sizeNote: size,
    tieColours: look.edgeTypes.map((t) => ({ label: t.type, colour: t.colour })),
  };
}
