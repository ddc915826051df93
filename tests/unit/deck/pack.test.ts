/**
 * The packed deck: it unpacks to the deck it was made from (numbers to their stored
 * precision), lists each actor and colour once however many scenes show them, reads
 * plain decks of earlier files as they are, and is several times smaller than plain JSON.
 */
import { describe, expect, it } from 'vitest';
import { packDeck, unpackDeck } from '../../../src/deck/pack.ts';
import type { Deck, DeckScene } from '../../../src/deck/types.ts';
import { DECK_STRINGS } from './deckStrings.ts';

const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

/** A scene of `n` actors (a ring plus chords), shifted by `shift` so scenes differ. */
function scene(n: number, shift: number, title: string): DeckScene {
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `SAP-P${String(i).padStart(4, '0')}`,
    label: i % 3 === 0 ? `北海道大学 研究者 ${i}` : `Researcher ${i}`,
    x: Math.round(Math.cos(i + shift) * 400 * 100) / 100,
    y: Math.round(Math.sin(i * 1.3 + shift) * 300 * 100) / 100,
    size: Math.round((8 + ((i * 7) % 29)) * 100) / 100,
    colour: COLOURS[i % 4],
    shape: i % 5 === 0 ? ('round-rectangle' as const) : ('ellipse' as const),
    labelled: i < 10,
    dimmed: i % 11 === 0,
  }));
  const edges = [];
  for (let i = 0; i < n; i++)
    for (const step of [1, 7, 13])
      edges.push({
        source: i,
        target: (i + step) % n,
        width: Math.round((1 + (i % 5) * 0.75) * 100) / 100,
        colour: step === 1 ? '#9aa5b1' : COLOURS[step % 4],
        opacity: 0.55,
      });
  return {
    title,
    caption: `Caption of ${title}`,
    nodes,
    edges,
    legend: null,
    viewport: { x: -400, y: -300, width: 800, height: 600 },
  };
}

function deck(): Deck {
  return {
    title: 'Sapporo',
    language: 'ja',
    created: '2026-11-27T08:00:00.000Z',
    strings: DECK_STRINGS,
    scenes: [scene(300, 0, 'Whole'), scene(300, 0.5, 'Zoomed'), scene(120, 1, 'Part')],
  };
}

describe('packDeck / unpackDeck', () => {
  it('unpacks to the deck it packed', () => {
    expect(unpackDeck(JSON.parse(JSON.stringify(packDeck(deck()))))).toEqual(deck());
  });

  it('rounds coordinates, sizes and widths to hundredths and opacities to thousandths', () => {
    const raw = deck();
    raw.scenes[0].nodes[0].x = 12.3456789;
    raw.scenes[0].nodes[0].size = 9.999;
    raw.scenes[0].edges[0].opacity = 0.123456;
    const back = unpackDeck(packDeck(raw));
    expect(back.scenes[0].nodes[0].x).toBe(12.35);
    expect(back.scenes[0].nodes[0].size).toBe(10);
    expect(back.scenes[0].edges[0].opacity).toBe(0.123);
  });

  it('lists each actor and colour once for the whole deck', () => {
    const packed = packDeck(deck());
    expect(packed.keys).toHaveLength(300);
    expect(new Set(packed.keys).size).toBe(300);
    expect(packed.labels).toHaveLength(300);
    expect(packed.colours.sort()).toEqual([...COLOURS, '#9aa5b1'].sort());
  });

  it('keeps the same key under another label as its own actor', () => {
    const raw = deck();
    raw.scenes[1].nodes[0].label = 'Renamed';
    const back = unpackDeck(packDeck(raw));
    expect(back.scenes[0].nodes[0].label).toBe(raw.scenes[0].nodes[0].label);
    expect(back.scenes[1].nodes[0].label).toBe('Renamed');
  });

  it('reads a plain deck (files made before packing) as it is', () => {
    expect(unpackDeck(JSON.parse(JSON.stringify(deck())))).toEqual(deck());
  });

  it('is several times smaller than the plain JSON', () => {
    const plain = JSON.stringify(deck()).length;
    const packed = JSON.stringify(packDeck(deck())).length;
    expect(packed * 3).toBeLessThan(plain);
  });
});
