/**
 * Field readers for saved workspaces (workspaceFile.ts, scenes.ts, viewSettings.ts): each
 * returns the value with its type or throws an Error naming the field (`where`), which
 * parseWorkspace turns into `{ ok: false, error }`.
 */
import { COLOUR_BY, type ColourBy } from '../viewSlice.ts';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function object(value: unknown, where: string): Json {
  if (!isRecord(value)) throw new Error(`${where} is not an object`);
  return value;
}

export function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where} is not text`);
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new Error(`${where} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** `<owner>.colourBy`: a named colouring or `attr:<column>`. */
export function colourBy(value: unknown, owner: string): ColourBy {
  if (
    typeof value === 'string' &&
    ((COLOUR_BY as readonly string[]).includes(value) || value.startsWith('attr:'))
  )
    return value as ColourBy;
  throw new Error(`${owner}.colourBy must be one of ${COLOUR_BY.join(', ')} or attr:<column>`);
}
