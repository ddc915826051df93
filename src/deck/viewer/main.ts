/**
 * Entry of the offline viewer (bundled to one minified IIFE by src/deck/viewerBundle.ts
 * and inlined into the deck's HTML): reads the deck JSON from its data block and starts
 * the viewer. No imports beyond src/deck, no network.
 */
import { unpackDeck } from '../pack.ts';
import { DeckViewer } from './viewer.ts';

const data = document.getElementById('deck-data');
const host = document.getElementById('deck-root');
if (data !== null && host !== null) {
  const deck = unpackDeck(JSON.parse(data.textContent ?? '{}'));
  const viewer = new DeckViewer(deck, host);
  (window as unknown as { deckViewer: DeckViewer }).deckViewer = viewer;
}
