/**
 * The offline deck's data: what the read-only viewer needs to draw a scene with no
 * Cytoscape and no workbench — positions, colours and sizes as drawn (read from the
 * canvas when the deck is exported), the legend as text, and the texts of the viewer in
 * the language the deck was made in. Plain JSON, embedded in the deck's HTML file.
 */

export type DeckLanguage = 'en' | 'ja';

export interface DeckNode {
  /** Graph key (unique in the scene). */
  key: string;
  label: string;
  /** Model coordinates, as drawn on the workbench canvas. */
  x: number;
  y: number;
  /** Diameter in model units. */
  size: number;
  /** CSS colour. */
  colour: string;
  shape: 'ellipse' | 'round-rectangle';
  /** Label drawn without hovering (top-N, selected or highlighted). */
  labelled: boolean;
  /** Drawn dimmed (outside an ego network or path highlight). */
  dimmed: boolean;
}

export interface DeckEdge {
  /** Indices into the scene's `nodes`. */
  source: number;
  target: number;
  width: number;
  colour: string;
  opacity: number;
}

export interface DeckLegendEntry {
  label: string;
  colour: string;
}

export interface DeckLegend {
  /** e.g. "Colour: sector". */
  colourTitle: string;
  colours: DeckLegendEntry[];
  /** e.g. "Size: betweenness". */
  sizeTitle: string;
  /** Example diameters (model units) with their value labels. */
  sizes: { label: string; size: number }[];
  /** e.g. "Line colour: collaboration type"; absent when lines are all grey. */
  linesTitle?: string;
  lines?: DeckLegendEntry[];
}

export interface DeckScene {
  title: string;
  caption: string;
  nodes: DeckNode[];
  edges: DeckEdge[];
  legend: DeckLegend | null;
  /** The model-space box the scene shows (the saved viewport). */
  viewport: { x: number; y: number; width: number; height: number };
}

/** The viewer's own texts (buttons, help, counter), in the deck's language. */
export interface DeckStrings {
  previous: string;
  next: string;
  /** With {{n}} and {{total}}. */
  counter: string;
  help: string;
  fit: string;
  zoomIn: string;
  zoomOut: string;
  /** Shown when a deck has no scenes. */
  empty: string;
  /** When and with what the deck was made, the date written for the deck's language. */
  made: string;
}

export interface Deck {
  /** Deck (workspace) title, shown in the browser tab. */
  title: string;
  language: DeckLanguage;
  /** ISO date-time the deck was made. */
  created: string;
  strings: DeckStrings;
  scenes: DeckScene[];
}
