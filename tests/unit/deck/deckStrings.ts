/** The viewer texts of a test deck (English). */
import type { Deck } from '../../../src/deck/types.ts';

export const DECK_STRINGS: Deck['strings'] = {
  previous: 'Previous',
  next: 'Next',
  counter: '{{n}} / {{total}}',
  help: 'help',
  fit: 'Fit',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  empty: 'Empty',
  made: 'Made on Nov 27, 2026',
};
