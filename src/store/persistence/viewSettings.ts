/**
 * Reading the saved filters, look and layout choice back (settings of filterSlice.ts and
 * appearanceSlice.ts). Absent settings (a workspace saved before they existed) give the
 * defaults; present ones must have the right shape, field by field, or the workspace is
 * refused with a message naming the field (thrown as an Error; parseWorkspace turns it
 * into `{ ok: false }`). Unknown fields are ignored; numbers go through the slices' own
 * clamping (`nextLook`).
 */
import { isSector, type Sector } from '../../model/index.ts';
import {
  DEFAULT_LAYOUT,
  DEFAULT_LOOK,
  LAYOUT_NAMES,
  nextLook,
  type LayoutChoice,
  type LookSettings,
} from '../appearanceSlice.ts';
import { NO_FILTERS, type FilterSettings } from '../filterSlice.ts';
import { object, type Json } from './fields.ts';

function listOf<T>(value: unknown, where: string, item: (v: unknown) => v is T): T[] {
  if (!Array.isArray(value) || !value.every(item)) throw new Error(`${where} is not a valid list`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isInteger = (v: unknown): v is number => Number.isInteger(v);
const isSectorValue = (v: unknown): v is Sector => typeof v === 'string' && isSector(v);

function optionalNumber(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new Error(`${where} must be a number ≥ 0`);
  return value;
}

function optionalFlag(value: unknown, where: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new Error(`${where} must be true or false`);
  return value;
}

export function parseFilters(value: unknown): FilterSettings {
  if (value === undefined) return NO_FILTERS;
  const f = object(value, 'settings.filters');
  let years: FilterSettings['years'] = null;
  if (f.years !== null && f.years !== undefined) {
    const y = object(f.years, 'settings.filters.years');
    if (!isInteger(y.from) || !isInteger(y.to) || y.from > y.to)
      throw new Error('settings.filters.years must be whole years with from ≤ to');
    years = { from: y.from, to: y.to };
  }
  const tieTypes =
    f.tieTypes === null || f.tieTypes === undefined
      ? null
      : listOf(f.tieTypes, 'settings.filters.tieTypes', isString);
  const v = f.view === undefined ? {} : object(f.view, 'settings.filters.view');
  const view: FilterSettings['view'] = {};
  if (v.sectors !== undefined)
    view.sectors = listOf(v.sectors, 'settings.filters.view.sectors', isSectorValue);
  if (v.nodeTypes !== undefined)
    view.nodeTypes = listOf(v.nodeTypes, 'settings.filters.view.nodeTypes', isString);
  if (v.communities !== undefined)
    view.communities = listOf(v.communities, 'settings.filters.view.communities', isInteger);
  const numbers = ['minWeight', 'minDegree', 'kCore'] as const;
  for (const key of numbers) {
    const n = optionalNumber(v[key], `settings.filters.view.${key}`);
    if (n !== undefined) view[key] = n;
  }
  for (const key of ['largestComponentOnly', 'hideIsolates'] as const) {
    const flag = optionalFlag(v[key], `settings.filters.view.${key}`);
    if (flag !== undefined) view[key] = flag;
  }
  let communityMap: FilterSettings['communityMap'] = null;
  if (f.communityMap !== null && f.communityMap !== undefined) {
    const map = Object.create(null) as Record<string, number>;
    for (const [node, c] of Object.entries(
      object(f.communityMap, 'settings.filters.communityMap'),
    )) {
      if (!isInteger(c))
        throw new Error('settings.filters.communityMap must map nodes to community numbers');
      map[node] = c;
    }
    communityMap = map;
  }
  return { years, tieTypes, view, communityMap };
}

/** Fields whose saved value has the default's type are kept; the rest stay default. */
function sameTypes<T extends object>(defaults: T, saved: Json): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(defaults) as (keyof T & string)[])
    if (typeof saved[key] === typeof defaults[key]) out[key] = saved[key] as T[typeof key];
  return out;
}

export function parseLook(value: unknown): LookSettings {
  if (value === undefined) return DEFAULT_LOOK;
  return nextLook(DEFAULT_LOOK, sameTypes(DEFAULT_LOOK, object(value, 'settings.look')));
}

export function parseLayout(value: unknown): LayoutChoice {
  if (value === undefined) return DEFAULT_LAYOUT;
  const layout = {
    ...DEFAULT_LAYOUT,
    ...sameTypes(DEFAULT_LAYOUT, object(value, 'settings.layout')),
  };
  if (!(LAYOUT_NAMES as readonly string[]).includes(layout.name))
    throw new Error(`settings.layout.name must be one of ${LAYOUT_NAMES.join(', ')}`);
  if (layout.groupBy !== 'community' && layout.groupBy !== 'sector')
    throw new Error('settings.layout.groupBy must be community or sector');
  return layout;
}
