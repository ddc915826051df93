/**
 * DOM helpers of the offline viewer. Deck texts (titles, captions, node labels) are data:
 * they only ever reach the page through textContent and setAttribute, never innerHTML,
 * so a label such as `<img src=x onerror=…>` is shown as the text it is.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element with a class, optional test id and text. */
export function html<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  testId?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== '') element.className = className;
  if (testId !== undefined) element.dataset.testid = testId;
  if (text !== undefined) element.textContent = text;
  return element;
}

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

const SAFE_COLOUR = /^(#[0-9a-f]{3,8}|rgba?\([\d.,\s%]+\)|hsla?\([\d.,\s%deg]+\)|[a-z]+)$/i;

/**
 * A colour from the deck data, or grey when it is not a plain CSS colour: a fill such as
 * `url(…)` could otherwise point the page at a resource.
 */
export function safeColour(colour: string, fallback = '#999999'): string {
  return SAFE_COLOUR.test(colour.trim()) ? colour.trim() : fallback;
}

/** A number from the deck data, or `fallback` when it is not finite. */
export function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
