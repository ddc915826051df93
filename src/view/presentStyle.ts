/**
 * The present mode's high-contrast theme, appended after the workbench stylesheet
 * (GraphCanvas `extraStyle`; later entries win in Cytoscape). For a projector seen from
 * the back of a room:
 *
 * - Labels: light text (#f5f7fa) with a dark outline, at LABEL_PX on screen whatever the
 *   zoom: Cytoscape sizes text in model units, so font-size = LABEL_PX / zoom (the caller
 *   passes the zoom the scene is shown at and restyles when it changes much).
 * - Sector colours: brighter, saturated versions of the Okabe–Ito sector palette
 *   (src/view/palette.ts) that keep the same hues, so they stay distinguishable from one
 *   another (and under common colour-vision deficiencies) on the dark background. Other
 *   colourings keep their own colours.
 * - Edges: lighter and thicker, width mapData(edgeWidth, 1, 6, 1.5k, 6k) with
 *   k = clamp(1 / zoom, 1, 3), so ties stay visible when the scene is zoomed out.
 * - Hover: `.present-near` (the hovered node's closed neighbourhood) shows labels.
 */
import type { StylesheetJson } from 'cytoscape';
import type { Sector } from '../model/index.ts';
import { PALETTE_SECTORS } from './palette.ts';

export const PRESENT_BACKGROUND = '#0b1220';
/** Label size on screen, CSS pixels. */
export const LABEL_PX = 22;

export const PRESENT_SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  academia: '#3fa0ff',
  industry: '#ffb000',
  government: '#1fd6a0',
  intermediary: '#ff6fd2',
  unknown: '#b8c2cc',
};

export interface PresentStyleInput {
  /** The zoom the scene is shown at. */
  zoom: number;
  /** Whether the canvas colours by sector (then the present palette replaces it). */
  bySector: boolean;
}

/** Zoom rounded to steps of about 12 %, so small viewport changes do not restyle. */
export function quantiseZoom(zoom: number): number {
  if (!Number.isFinite(zoom) || zoom <= 0) return 1;
  const step = Math.log(1.12);
  return Math.exp(Math.round(Math.log(zoom) / step) * step);
}

export function buildPresentStyle({ zoom, bySector }: PresentStyleInput): StylesheetJson {
  const z = Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
  const px = (screen: number) => Math.round((screen / z) * 100) / 100;
  const k = Math.min(3, Math.max(1, 1 / z));
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        color: '#f5f7fa',
        'font-size': px(LABEL_PX),
        'font-weight': 600,
        'text-outline-color': PRESENT_BACKGROUND,
        'text-outline-width': px(4),
        'text-outline-opacity': 1,
        'text-margin-y': px(4),
        'min-zoomed-font-size': 0,
        'border-color': PRESENT_BACKGROUND,
        'border-width': px(1.5),
      },
    },
  ];
  if (bySector)
    for (const sector of PALETTE_SECTORS)
      sheet.push({
        selector: `node[sector = "${sector}"]`,
        style: { 'background-color': PRESENT_SECTOR_COLOURS[sector] },
      });
  sheet.push(
    {
      selector: 'edge',
      style: { 'line-color': '#8da2bb', opacity: 0.5, width: 1.5 * k },
    },
    {
      selector: 'edge[edgeWidth]',
      style: { width: `mapData(edgeWidth, 1, 6, ${1.5 * k}, ${6 * k})` },
    },
    { selector: 'edge[edgeColour]', style: { 'line-color': 'data(edgeColour)', opacity: 0.85 } },
    { selector: 'node.present-near', style: { label: 'data(label)', 'z-index': 15 } },
    {
      selector: 'node.picked',
      style: { 'border-color': '#ffffff', 'border-width': px(4), label: 'data(label)' },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': '#ffffff', 'border-width': px(4) },
    },
    { selector: 'node.focus', style: { 'border-color': '#ffffff', 'border-width': px(3) } },
    { selector: 'node.faded', style: { opacity: 0.2 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    { selector: 'node.dimmed', style: { opacity: 0.18 } },
    { selector: 'edge.dimmed', style: { opacity: 0.06 } },
    { selector: 'edge.on-path', style: { 'line-color': '#ff5c5c', opacity: 1, width: 6 * k } },
    { selector: 'node.on-path', style: { 'border-color': '#ff5c5c', 'border-width': px(4) } },
  );
  return sheet;
}
