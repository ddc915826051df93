/**
 * The deck as it is stored in the HTML file: packed, because a deck repeats its actors in
 * every scene and a JSON object per node and tie spends most of its bytes on key names.
 *
 * - Actors (key and label) are listed once for the whole deck; a scene's node refers to
 *   its actor by index.
 * - Colours are listed once; nodes and ties refer to them by index.
 * - A scene's nodes are one flat number array, NODE_FIELDS numbers per node:
 *   actor, x, y, size, colour, flags (bit 0 round-rectangle, bit 1 labelled, bit 2 dimmed);
 *   its ties one flat array, TIE_FIELDS per tie: source, target, width, colour, opacity.
 * - Coordinates, sizes and widths keep two decimals (a hundredth of a model unit, far
 *   below a pixel at any zoom the viewer allows), opacities three.
 *
 * `unpackDeck(packDeck(deck))` equals the deck with its numbers so rounded; the viewer
 * unpacks on load. Pure: runs in Node for tests.
 */
import type { Deck, DeckEdge, DeckNode, DeckScene } from './types.ts';

export const PACKED_VERSION = 2;
const NODE_FIELDS = 6;
const TIE_FIELDS = 5;

export interface PackedScene extends Omit<DeckScene, 'nodes' | 'edges'> {
  nodes: number[];
  edges: number[];
}

export interface PackedDeck extends Omit<Deck, 'scenes'> {
  packed: typeof PACKED_VERSION;
  /** Actor keys and labels, by actor index. */
  keys: string[];
  labels: string[];
  colours: string[];
  scenes: PackedScene[];
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Interns strings: the index of each distinct one, in order of first use. */
class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

export function packDeck(deck: Deck): PackedDeck {
  const actors = new Interner();
  const labels: string[] = [];
  const colours = new Interner();
  const scenes = deck.scenes.map((scene): PackedScene => {
    const nodes: number[] = [];
    for (const node of scene.nodes) {
      // One actor per key and label: the same key under another label is another actor.
      const actor = actors.of(`${node.key}\u0000${node.label}`);
      labels[actor] = node.label;
      const flags =
        (node.shape === 'round-rectangle' ? 1 : 0) |
        (node.labelled ? 2 : 0) |
        (node.dimmed ? 4 : 0);
      nodes.push(
        actor,
        round(node.x, 2),
        round(node.y, 2),
        round(node.size, 2),
        colours.of(node.colour),
        flags,
      );
    }
    const edges: number[] = [];
    for (const edge of scene.edges)
      edges.push(
        edge.source,
        edge.target,
        round(edge.width, 2),
        colours.of(edge.colour),
        round(edge.opacity, 3),
      );
    const { nodes: _n, edges: _e, ...rest } = scene;
    return { ...rest, nodes, edges };
  });
  const { scenes: _s, ...rest } = deck;
  return {
    ...rest,
    packed: PACKED_VERSION,
    keys: actors.values.map((value) => value.slice(0, value.indexOf('\u0000'))),
    labels,
    colours: colours.values,
    scenes,
  };
}

function isPacked(value: unknown): value is PackedDeck {
  return (
    typeof value === 'object' && value !== null && (value as PackedDeck).packed === PACKED_VERSION
  );
}

/** The deck a file holds: packed (this version) or, from earlier files, plain. */
export function unpackDeck(stored: unknown): Deck {
  if (!isPacked(stored)) return stored as Deck;
  const { packed: _p, keys, labels, colours, scenes, ...rest } = stored;
  return {
    ...rest,
    scenes: scenes.map((scene): DeckScene => {
      const nodes: DeckNode[] = [];
      for (let i = 0; i + NODE_FIELDS <= scene.nodes.length; i += NODE_FIELDS) {
        const [actor, x, y, size, colour, flags] = scene.nodes.slice(i, i + NODE_FIELDS);
        nodes.push({
          key: keys[actor],
          label: labels[actor],
          x,
          y,
          size,
          colour: colours[colour],
          shape: flags & 1 ? 'round-rectangle' : 'ellipse',
          labelled: (flags & 2) !== 0,
          dimmed: (flags & 4) !== 0,
        });
      }
      const edges: DeckEdge[] = [];
      for (let i = 0; i + TIE_FIELDS <= scene.edges.length; i += TIE_FIELDS) {
        const [source, target, width, colour, opacity] = scene.edges.slice(i, i + TIE_FIELDS);
        edges.push({ source, target, width, colour: colours[colour], opacity });
      }
      return { ...scene, nodes, edges };
    }),
  };
}
