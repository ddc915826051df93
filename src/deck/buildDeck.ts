/**
 * The app's entry to the offline deck: the deck HTML with the viewer the build made
 * (virtual:deck-viewer, served by src/deck/viewerBundle.ts's Vite plugin).
 */
import { script, scriptHash } from 'virtual:deck-viewer';
import { deckHtml } from './deckHtml.ts';
import type { Deck } from './types.ts';

/** One self-contained HTML file: the scenes, their data and the read-only viewer. */
export function buildDeckHtml(deck: Deck): string {
  return deckHtml(deck, { script, scriptHash });
}
