/**
 * The viewer's texts in the interface language, from the `deck` catalogue
 * (src/i18n/locales/<lng>/deck.json). The counter keeps its {{n}} and {{total}}
 * placeholders: the viewer fills them as it steps (src/deck/viewer/steps.ts).
 */
import { formatDate } from '../i18n/format.ts';
import { currentLanguage, i18n } from '../i18n/index.ts';
import type { DeckLanguage, DeckStrings } from './types.ts';

/** The deck's language: the interface language when the deck is made. */
export function deckLanguage(): DeckLanguage {
  return currentLanguage();
}

export function deckStrings(created: Date): DeckStrings {
  const t = (key: string): string => i18n.t(`deck:viewer.${key}`);
  return {
    previous: t('previous'),
    next: t('next'),
    // Placeholders passed through as themselves, for the viewer to fill.
    counter: i18n.t('deck:viewer.counter', { n: '{{n}}', total: '{{total}}' }),
    help: t('help'),
    fit: t('fit'),
    zoomIn: t('zoomIn'),
    zoomOut: t('zoomOut'),
    empty: t('empty'),
    made: i18n.t('deck:viewer.made', { date: formatDate(created) }),
  };
}

/** The title of a deck with no name of its own. */
export function untitledDeck(): string {
  return i18n.t('deck:untitled');
}
