/**
 * The deck as one HTML file, pure: the viewer script and stylesheet inlined, the deck
 * JSON (packed, ./pack.ts) in a data block, nothing fetched. Opens from a USB stick (file://) with no
 * network.
 *
 * Safety of the embedded data: the JSON sits in `<script type="application/json">`, which
 * the browser does not run; every `<` in it is written `\u003c` (JSON.parse reads it back
 * as `<`), so a label containing `</script>` or `<!--` cannot end the block. U+2028/2029
 * are escaped too. The title is HTML-escaped. The Content-Security-Policy allows only the
 * viewer script (by hash) and inline styles, and no connection, image, font or frame, so
 * even a mistake in the viewer could not reach the network.
 */
import { packDeck } from './pack.ts';
import type { Deck } from './types.ts';
import { DECK_CSS } from './viewer/style.ts';

export interface ViewerScript {
  /** The viewer IIFE (no `</script` inside). */
  script: string;
  /** CSP source for it, `'sha256-…'`. */
  scriptHash: string;
}

/** JSON that is safe as the text of a <script> element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export function deckHtml(deck: Deck, viewer: ViewerScript): string {
  if (/<\/script/i.test(viewer.script))
    throw new Error(
      'deckHtml: the viewer script contains "</script"; rebuild it with bundleDeckViewer()',
    );
  const language = deck.language === 'ja' ? 'ja' : 'en';
  const csp = [
    "default-src 'none'",
    `script-src ${viewer.scriptHash}`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Cluster Network Workbench deck">`,
    `<title>${escapeHtml(deck.title)}</title>`,
    `<style>${DECK_CSS}</style>`,
    '</head>',
    '<body>',
    '<div id="deck-root"></div>',
    `<script type="application/json" id="deck-data">${scriptSafeJson(packDeck(deck))}</script>`,
    `<script>${viewer.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
