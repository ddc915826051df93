/**
 * The viewer's frame around the drawing: title on top, the drawing and the legend side by
 * side (so the legend never covers a node), caption, scene buttons, counter and zoom
 * buttons below. Every text goes in through textContent (dom.ts).
 */
import type { DeckLegend, DeckStrings } from '../types.ts';
import { html, safeColour, svg, finite } from './dom.ts';

export interface Chrome {
  root: HTMLElement;
  title: HTMLElement;
  caption: HTMLElement;
  counter: HTMLElement;
  legend: HTMLElement;
  stage: HTMLElement;
  svg: SVGSVGElement;
  view: SVGGElement;
  labels: SVGGElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  fit: HTMLButtonElement;
}

function button(testId: string, text: string, label: string): HTMLButtonElement {
  const element = html('button', 'deck-button', testId, text);
  element.type = 'button';
  element.title = label;
  element.setAttribute('aria-label', label);
  return element;
}

export function buildChrome(strings: DeckStrings): Chrome {
  const root = html('div', 'deck', 'deck');
  const head = html('header', 'deck-head');
  const title = html('h1', 'deck-title', 'deck-title');
  head.append(title);
  const main = html('div', 'deck-main');
  const stage = html('div', 'deck-stage', 'deck-stage');
  const drawing = svg('svg', { class: 'deck-svg', role: 'img' });
  drawing.dataset.testid = 'deck-svg';
  const view = svg('g', { class: 'deck-view' });
  view.dataset.testid = 'deck-view';
  const labels = svg('g', { class: 'deck-labels' });
  drawing.append(view, labels);
  stage.append(drawing);
  const legend = html('aside', 'deck-legend', 'deck-legend');
  main.append(stage, legend);
  const foot = html('footer', 'deck-foot');
  const caption = html('p', 'deck-caption', 'deck-caption');
  const controls = html('nav', 'deck-controls');
  const previous = button('deck-previous', '←', strings.previous);
  const next = button('deck-next', '→', strings.next);
  const counter = html('span', 'deck-counter', 'deck-counter');
  counter.setAttribute('aria-live', 'polite');
  const zoomOut = button('deck-zoom-out', '−', strings.zoomOut);
  const fit = button('deck-fit', strings.fit, strings.fit);
  const zoomIn = button('deck-zoom-in', '+', strings.zoomIn);
  const help = html('span', 'deck-help', 'deck-help', strings.help);
  controls.append(previous, counter, next, html('span', 'deck-gap'), zoomOut, fit, zoomIn, help);
  // Decks made before this text existed have none.
  const made = html('p', 'deck-made', 'deck-made', strings.made ?? '');
  foot.append(caption, controls, made);
  root.append(head, main, foot);
  return {
    root,
    title,
    caption,
    counter,
    legend,
    stage,
    svg: drawing,
    view,
    labels,
    previous,
    next,
    zoomIn,
    zoomOut,
    fit,
  };
}

/** Largest legend disc (px) so a huge zoom does not blow the legend up. */
const LEGEND_DISC_MAX = 64;

/** Fills the legend panel; example discs drawn at zoom `k` (as the nodes on screen). */
export function fillLegend(panel: HTMLElement, legend: DeckLegend | null, k: number): void {
  panel.replaceChildren();
  panel.hidden = legend === null;
  if (legend === null) return;
  panel.append(html('p', 'deck-legend-title', undefined, legend.colourTitle));
  const colours = html('ul', 'deck-legend-list');
  for (const entry of legend.colours) {
    const item = html('li', '', 'deck-legend-entry');
    const swatch = html('span', 'deck-swatch');
    swatch.style.backgroundColor = safeColour(entry.colour);
    item.append(swatch, html('span', '', undefined, entry.label));
    colours.append(item);
  }
  panel.append(colours);
  if (legend.sizes.length > 0 || legend.sizeTitle !== '') {
    panel.append(html('p', 'deck-legend-title', undefined, legend.sizeTitle));
    const sizes = html('div', 'deck-legend-sizes');
    for (const example of legend.sizes) {
      const diameter = Math.min(LEGEND_DISC_MAX, Math.max(3, finite(example.size, 10) * k));
      const cell = html('span', 'deck-legend-size');
      const disc = svg('svg', { width: diameter + 2, height: diameter + 2, 'aria-hidden': 'true' });
      disc.append(
        svg('circle', {
          cx: diameter / 2 + 1,
          cy: diameter / 2 + 1,
          r: diameter / 2,
          class: 'deck-disc',
        }),
      );
      cell.append(disc, html('span', '', undefined, example.label));
      sizes.append(cell);
    }
    panel.append(sizes);
  }
  if (legend.lines !== undefined && legend.lines.length > 0) {
    panel.append(html('p', 'deck-legend-title', undefined, legend.linesTitle ?? ''));
    const lines = html('ul', 'deck-legend-list');
    for (const entry of legend.lines) {
      const item = html('li', '');
      const swatch = html('span', 'deck-swatch deck-line-swatch');
      swatch.style.backgroundColor = safeColour(entry.colour);
      item.append(swatch, html('span', '', undefined, entry.label));
      lines.append(item);
    }
    panel.append(lines);
  }
}
