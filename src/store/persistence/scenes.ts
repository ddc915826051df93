/**
 * Reading the presenter's scenes (src/store/scenesSlice.ts) back from a saved workspace.
 * Absent (a workspace saved before scenes existed, format 1) gives no scenes; a present
 * list must hold scenes of the right shape, field by field, or the workspace is refused
 * with a message naming the scene and field (thrown as an Error; parseWorkspace turns it
 * into `{ ok: false }`). Filters and look go through the same readers as the workspace's
 * own settings (viewSettings.ts). Positions are null-prototype records, so node keys such
 * as `__proto__` stay data.
 */
import { LEVELS, type Level } from '../../model/index.ts';
import {
  NO_SCENE_SELECTION,
  type Scene,
  type SceneSelection,
  type SceneViewport,
} from '../scenesSlice.ts';
import { SIZE_BY, type SizeBy } from '../viewSlice.ts';
import { colourBy, object, oneOf, text } from './fields.ts';
import { parseFilters, parseLook } from './viewSettings.ts';

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function count(value: unknown): number {
  return finite(value) && value >= 0 ? Math.round(value) : 0;
}

function positions(value: unknown, where: string): Scene['positions'] {
  const out = Object.create(null) as Record<string, readonly [number, number]>;
  for (const [node, point] of Object.entries(object(value, where))) {
    if (!Array.isArray(point) || point.length !== 2 || !point.every(finite))
      throw new Error(`${where}: node "${node}" has no [x, y] position`);
    out[node] = [point[0] as number, point[1] as number];
  }
  return out;
}

function viewport(value: unknown, where: string): SceneViewport | null {
  if (value === null || value === undefined) return null;
  const v = object(value, where);
  if (![v.x, v.y, v.w, v.h].every(finite) || (v.w as number) <= 0 || (v.h as number) <= 0)
    throw new Error(`${where} must have finite x, y and positive w, h`);
  return { x: v.x as number, y: v.y as number, w: v.w as number, h: v.h as number };
}

function selection(value: unknown, where: string): SceneSelection {
  if (value === undefined || value === null) return NO_SCENE_SELECTION;
  const s = object(value, where);
  const node = (v: unknown, at: string) => (v === null || v === undefined ? null : text(v, at));
  return {
    selectedNode: node(s.selectedNode, `${where}.selectedNode`),
    focusMode: oneOf(s.focusMode ?? 'none', ['none', 'ego', 'path'] as const, `${where}.focusMode`),
    egoDepth: s.egoDepth === 2 ? 2 : 1,
    pathTarget: node(s.pathTarget, `${where}.pathTarget`),
  };
}

function scene(value: unknown, index: number): Scene {
  const where = `scenes[${index}]`;
  const s = object(value, where);
  return {
    id: text(s.id, `${where}.id`),
    title: text(s.title, `${where}.title`),
    caption: typeof s.caption === 'string' ? s.caption : '',
    regionId: text(s.regionId, `${where}.regionId`),
    level: oneOf(s.level, LEVELS, `${where}.level`) as Level,
    colourBy: colourBy(s.colourBy, where),
    sizeBy: oneOf(s.sizeBy, SIZE_BY, `${where}.sizeBy`) as SizeBy,
    filters: parseFilters(s.filters),
    look: parseLook(s.look),
    positions: positions(s.positions ?? {}, `${where}.positions`),
    viewport: viewport(s.viewport, `${where}.viewport`),
    selection: selection(s.selection, `${where}.selection`),
    nodes: count(s.nodes),
    edges: count(s.edges),
  };
}

export function parseScenes(value: unknown): Scene[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error('"scenes" must be a list');
  const scenes = value.map(scene);
  const ids = new Set<string>();
  for (const s of scenes) {
    if (ids.has(s.id)) throw new Error(`scene "${s.id}" appears twice`);
    ids.add(s.id);
  }
  return scenes;
}
