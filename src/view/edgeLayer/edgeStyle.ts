/**
 * The edge rules of a Cytoscape stylesheet, read for the edge layer (./EdgeLayer.ts),
 * so ties drawn outside Cytoscape look exactly as Cytoscape would draw them from the
 * same stylesheet: the workbench's (src/view/stylesheet.ts) with the present theme
 * (src/view/presentStyle.ts) appended. One source of the look, two painters.
 *
 * Cytoscape semantics kept (Cytoscape.js docs, style.md):
 * - rules apply in order and a later rule's property wins;
 * - selectors used by the stylesheets: `edge`, `edge[field]` (the data field is
 *   defined), `edge.class`, `edge:selected` (never true here: layer ties cannot be
 *   selected), combined without spaces;
 * - values: numbers, colour strings, `data(field)` and
 *   `mapData(field, low, high, from, to)` = from + (to − from)·clamp((v − low)/(high − low)),
 *   not applied when the field is not a number;
 * - drawn alpha = `opacity` (`line-opacity` is not used by the stylesheets).
 * A selector or value outside this subset is listed in `unsupported`; a unit test keeps
 * both stylesheets free of them, so a new edge rule cannot be silently dropped.
 */
import type { StylesheetJson } from 'cytoscape';

/** The classes the canvas puts on ties, as bits. */
export const EDGE_CLASS_BITS = { faded: 1, dimmed: 2, 'on-path': 4 } as const;
export type EdgeClass = keyof typeof EDGE_CLASS_BITS;

export type EdgeData = Readonly<Record<string, unknown>>;

export interface EdgePaint {
  colour: string;
  opacity: number;
  width: number;
}

type Value<T> = (data: EdgeData) => T | undefined;

interface EdgeRule {
  /** Data fields that must be defined. */
  fields: string[];
  /** Class bits that must all be set. */
  classes: number;
  /** `:selected`: never matches a layer tie. */
  never: boolean;
  colour?: Value<string>;
  opacity?: Value<number>;
  width?: Value<number>;
}

export interface EdgeRules {
  rules: EdgeRule[];
  /** Edge selectors and property values this reader does not understand. */
  unsupported: string[];
}

const SELECTOR = /^edge((?:\[[A-Za-z_]\w*\]|\.[A-Za-z_][\w-]*|:selected)*)$/;
const PART = /\[([A-Za-z_]\w*)\]|\.([A-Za-z_][\w-]*)|(:selected)/g;
const DATA = /^data\((\w+)\)$/;
const MAP_DATA = /^mapData\((\w+),\s*(-?[\d.e]+),\s*(-?[\d.e]+),\s*(-?[\d.e]+),\s*(-?[\d.e]+)\)$/;

function numberValue(raw: unknown): Value<number> | null {
  if (typeof raw === 'number') return () => raw;
  if (typeof raw !== 'string') return null;
  if (/^-?[\d.]+(px)?$/.test(raw)) {
    const n = parseFloat(raw);
    return () => n;
  }
  const data = DATA.exec(raw);
  if (data !== null) {
    const field = data[1];
    return (d) => (typeof d[field] === 'number' ? d[field] : undefined);
  }
  const map = MAP_DATA.exec(raw);
  if (map !== null) {
    const field = map[1];
    const [low, high, from, to] = map.slice(2).map(Number);
    return (d) => {
      const v = d[field];
      if (typeof v !== 'number' || Number.isNaN(v)) return undefined;
      const t = high > low ? Math.min(1, Math.max(0, (v - low) / (high - low))) : 0;
      return from + (to - from) * t;
    };
  }
  return null;
}

function colourValue(raw: unknown): Value<string> | null {
  if (typeof raw !== 'string') return null;
  const data = DATA.exec(raw);
  if (data !== null) {
    const field = data[1];
    return (d) => (typeof d[field] === 'string' ? d[field] : undefined);
  }
  return /^(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|[a-z]+)$/.test(raw) ? () => raw : null;
}

const PROPERTIES = {
  'line-color': 'colour',
  opacity: 'opacity',
  width: 'width',
} as const;

/** Reads the edge rules of `sheet` (node rules are skipped). */
export function readEdgeRules(sheet: StylesheetJson): EdgeRules {
  const rules: EdgeRule[] = [];
  const unsupported: string[] = [];
  for (const entry of sheet as { selector: string; style: Record<string, unknown> }[]) {
    const selector = entry.selector.trim();
    if (!selector.startsWith('edge')) continue;
    const parsed = SELECTOR.exec(selector);
    if (parsed === null) {
      unsupported.push(selector);
      continue;
    }
    const rule: EdgeRule = { fields: [], classes: 0, never: false };
    for (const part of parsed[1].matchAll(PART)) {
      if (part[1] !== undefined) rule.fields.push(part[1]);
      else if (part[2] !== undefined) {
        const bit = EDGE_CLASS_BITS[part[2] as EdgeClass] as number | undefined;
        if (bit === undefined)
          rule.never = true; // a class the layer never sets
        else rule.classes |= bit;
      } else rule.never = true;
    }
    for (const [property, raw] of Object.entries(entry.style)) {
      const key = PROPERTIES[property as keyof typeof PROPERTIES] as
        (typeof PROPERTIES)[keyof typeof PROPERTIES] | undefined;
      if (key === undefined) continue; // curve-style and the like: straight lines anyway
      const value = key === 'colour' ? colourValue(raw) : numberValue(raw);
      if (value === null) unsupported.push(`${selector} { ${property}: ${String(raw)} }`);
      else if (key === 'colour') rule.colour = value as Value<string>;
      else rule[key] = value as Value<number>;
    }
    rules.push(rule);
  }
  return { rules, unsupported };
}

/** Cytoscape's defaults for what no rule sets. */
const DEFAULT_PAINT: EdgePaint = { colour: '#999999', opacity: 1, width: 1 };

/** The paint of one tie with `data` and class bits `classes`. */
export function paintEdge({ rules }: EdgeRules, data: EdgeData, classes: number): EdgePaint {
  let { colour, opacity, width } = DEFAULT_PAINT;
  for (const rule of rules) {
    if (rule.never || (rule.classes & classes) !== rule.classes) continue;
    if (!rule.fields.every((field) => data[field] !== undefined)) continue;
    colour = rule.colour?.(data) ?? colour;
    opacity = rule.opacity?.(data) ?? opacity;
    width = rule.width?.(data) ?? width;
  }
  return { colour, opacity, width };
}
