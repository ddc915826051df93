/**
 * A reader for the subset of Cytoscape stylesheets the workbench writes, so the graph
 * layer (./GraphLayer.ts) can paint ties and nodes exactly as Cytoscape would from the
 * same stylesheet: the workbench's (src/view/stylesheet.ts) with the present theme
 * (src/view/presentStyle.ts) appended. One source of the look, two painters.
 *
 * Cytoscape semantics kept (Cytoscape.js docs, style.md):
 * - rules apply in order and a later rule's property wins;
 * - selectors: `node` or `edge`, then any of `[field]` (the data field is defined),
 *   `[field = "text"]` / `[field = 3]` (equal), `.class`, `:selected`, without spaces;
 * - values: numbers (`3`, `"3px"`), colours, text (`round-rectangle`, a font stack),
 *   `data(field)` (when the field has the value's type) and
 *   `mapData(field, low, high, from, to)` = from + (to − from)·clamp((v − low)/(high − low)),
 *   not applied when the field is not a number.
 * A selector, property or value outside this subset is listed in `unsupported`; unit
 * tests keep both stylesheets free of them, so a new rule cannot be silently dropped.
 */
import type { StylesheetJson } from 'cytoscape';

export type ElementData = Readonly<Record<string, unknown>>;
export type ValueKind = 'number' | 'colour' | 'text';
type Typed = { number: number; colour: string; text: string };
export type Value<T> = (data: ElementData) => T | undefined;

/** Property name → [the paint field it sets, the kind of value]. */
export type PropertyTable<P> = Readonly<Record<string, readonly [keyof P, ValueKind]>>;

export interface Rule<P> {
  /** Data fields that must be defined. */
  fields: string[];
  /** Data fields that must equal a value. */
  equals: [string, string | number][];
  /** Class bits that must all be set. */
  classes: number;
  /** `:selected` in the selector. */
  selected: boolean;
  /** A class no element of the layer can carry: the rule never applies. */
  never: boolean;
  values: { [K in keyof P]?: Value<P[K]> };
}

export interface Rules<P> {
  rules: Rule<P>[];
  /** Class name → bit, for the classes the rules test. */
  classBits: ReadonlyMap<string, number>;
  /** Selectors, properties and values this reader does not understand. */
  unsupported: string[];
}

const PART =
  /\[([A-Za-z_]\w*)(?:\s*=\s*(?:"([^"]*)"|(-?[\d.]+)))?\]|\.([A-Za-z_][\w-]*)|(:selected)/g;
const DATA = /^data\((\w+)\)$/;
const MAP_DATA = /^mapData\((\w+),\s*(-?[\d.e]+),\s*(-?[\d.e]+),\s*(-?[\d.e]+),\s*(-?[\d.e]+)\)$/;
const COLOUR = /^(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|[a-z]+)$/;

function dataValue<K extends ValueKind>(field: string, kind: K): Value<Typed[K]> {
  const type = kind === 'number' ? 'number' : 'string';
  return (d) => (typeof d[field] === type ? (d[field] as Typed[K]) : undefined);
}

function numberValue(raw: unknown): Value<number> | null {
  if (typeof raw === 'number') return () => raw;
  if (typeof raw !== 'string') return null;
  if (/^-?[\d.]+(px)?$/.test(raw)) {
    const n = parseFloat(raw);
    return () => n;
  }
  const data = DATA.exec(raw);
  if (data !== null) return dataValue(data[1], 'number');
  const map = MAP_DATA.exec(raw);
  if (map === null) return null;
  const field = map[1];
  const [low, high, from, to] = map.slice(2).map(Number);
  return (d) => {
    const v = d[field];
    if (typeof v !== 'number' || Number.isNaN(v)) return undefined;
    const t = high > low ? Math.min(1, Math.max(0, (v - low) / (high - low))) : 0;
    return from + (to - from) * t;
  };
}

function textValue(raw: unknown, colour: boolean): Value<string> | null {
  if (typeof raw !== 'string') return typeof raw === 'number' && !colour ? () => String(raw) : null;
  const data = DATA.exec(raw);
  if (data !== null) return dataValue(data[1], 'text');
  if (colour && !COLOUR.test(raw)) return null;
  return () => raw;
}

function valueOf(kind: ValueKind, raw: unknown): Value<number> | Value<string> | null {
  return kind === 'number' ? numberValue(raw) : textValue(raw, kind === 'colour');
}

/**
 * Reads the `group` rules of `sheet` with the properties of `table`; properties in
 * `ignored` (drawing details the layer does not need, like curve-style for straight
 * ties) are skipped, any other property is unsupported. `fixedClasses`, when given,
 * names every class the layer sets (others make a rule `never`); otherwise each class a
 * selector tests gets the next bit.
 */
export function readRules<P>(
  sheet: StylesheetJson,
  group: 'node' | 'edge',
  table: PropertyTable<P>,
  ignored: ReadonlySet<string>,
  fixedClasses?: Readonly<Record<string, number>>,
): Rules<P> {
  const rules: Rule<P>[] = [];
  const classBits = new Map<string, number>(Object.entries(fixedClasses ?? {}));
  const unsupported: string[] = [];
  const shape = new RegExp(`^${group}((?:${PART.source})*)$`);
  for (const entry of sheet as { selector: string; style: Record<string, unknown> }[]) {
    const selector = entry.selector.trim();
    if (!selector.startsWith(group)) continue;
    const parsed = shape.exec(selector);
    if (parsed === null) {
      unsupported.push(selector);
      continue;
    }
    const rule: Rule<P> = {
      fields: [],
      equals: [],
      classes: 0,
      selected: false,
      never: false,
      values: {},
    };
    for (const [, field, text, number, name, selected] of parsed[1].matchAll(PART)) {
      if (field !== undefined) {
        if (text !== undefined) rule.equals.push([field, text]);
        else if (number !== undefined) rule.equals.push([field, Number(number)]);
        else rule.fields.push(field);
      } else if (name !== undefined) {
        let bit = classBits.get(name);
        if (bit === undefined && fixedClasses === undefined && classBits.size < 30) {
          bit = 1 << classBits.size;
          classBits.set(name, bit);
        }
        if (bit === undefined) rule.never = true;
        else rule.classes |= bit;
      } else if (selected !== undefined) rule.selected = true;
    }
    for (const [property, raw] of Object.entries(entry.style)) {
      const entryOf = table[property] as (typeof table)[string] | undefined;
      if (entryOf === undefined) {
        if (!ignored.has(property)) unsupported.push(`${selector} { ${property} }`);
        continue;
      }
      const [key, kind] = entryOf;
      const value = valueOf(kind, raw);
      if (value === null) unsupported.push(`${selector} { ${property}: ${String(raw)} }`);
      else (rule.values as Record<keyof P, unknown>)[key] = value;
    }
    rules.push(rule);
  }
  return { rules, classBits, unsupported };
}

/** The class bits of `names` under `rules` (names no rule tests count for nothing). */
export function classBitsOf({ classBits }: Rules<unknown>, names: Iterable<string>): number {
  let bits = 0;
  for (const name of names) bits |= classBits.get(name) ?? 0;
  return bits;
}

/** Whether `rule` applies to an element with `data`, class bits and selection state. */
function matches<P>(rule: Rule<P>, data: ElementData, classes: number, selected: boolean) {
  if (rule.never || (rule.classes & classes) !== rule.classes) return false;
  if (rule.selected && !selected) return false;
  return (
    rule.fields.every((field) => data[field] !== undefined) &&
    rule.equals.every(([field, value]) => data[field] === value)
  );
}

/** The paint of one element: `defaults` with every matching rule applied in order. */
export function applyRules<P extends object>(
  { rules }: Rules<P>,
  defaults: P,
  data: ElementData,
  classes: number,
  selected = false,
): P {
  const paint = { ...defaults };
  for (const rule of rules) {
    if (!matches(rule, data, classes, selected)) continue;
    for (const key in rule.values) {
      const value = rule.values[key]?.(data);
      if (value !== undefined) paint[key] = value;
    }
  }
  return paint;
}
