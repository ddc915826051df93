/**
 * Scenes slice: the presenter's saved views, in presentation order, and the present
 * mode's state (whether presenting, which slide).
 *
 * A scene is plain data — everything needed to draw the view again without running a
 * layout: region, level, colour/size, filters (tie filter and year range included), look,
 * the drawn positions of the shown nodes, the model-space box the viewport showed (so a
 * different window size shows the same part of the network), the selected actor and its
 * ego/path focus, and a title and caption. Scenes are immutable objects in an immutable
 * list replaced on every change, so the history slice records the list by reference
 * (every scene edit, deletion included, is undoable) and autosave sees a change by
 * identity. The UI captures and applies scenes (src/ui/scenes); nothing here reads the
 * canvas.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Level } from '../model/index.ts';
import type { LookSettings } from './appearanceSlice.ts';
import type { FilterSettings } from './filterSlice.ts';
import type { ColourBy, SizeBy } from './viewSlice.ts';
import type { WorkbenchState } from './workbenchStore.ts';

/** The model-space box shown (Cytoscape's `cy.extent()`: left, top, width, height). */
export interface SceneViewport {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneSelection {
  selectedNode: string | null;
  /** A path being picked is saved as no focus: only finished focuses are views. */
  focusMode: 'none' | 'ego' | 'path';
  egoDepth: 1 | 2;
  pathTarget: string | null;
}

/** What a scene shows (everything but its id, title and caption). */
export interface SceneView {
  regionId: string;
  level: Level;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  filters: FilterSettings;
  look: LookSettings;
  /** Drawn positions of the shown nodes by graph key (model coordinates). */
  positions: Readonly<Record<string, readonly [number, number]>>;
  viewport: SceneViewport | null;
  selection: SceneSelection;
  /** Nodes and edges drawn when the scene was captured. */
  nodes: number;
  edges: number;
}

export interface Scene extends SceneView {
  id: string;
  title: string;
  caption: string;
}

export const NO_SCENE_SELECTION: SceneSelection = {
  selectedNode: null,
  focusMode: 'none',
  egoDepth: 1,
  pathTarget: null,
};

export interface ScenesSlice {
  scenes: readonly Scene[];
  /** Present mode: null when not presenting, else the slide shown (index into scenes). */
  presenting: { slide: number } | null;
  /** Appends a scene (or inserts it at `at`); returns its id. */
  addScene: (view: SceneView, title: string, caption?: string, at?: number) => string;
  /** Replaces what a scene shows with a new view, keeping its title and caption. */
  updateScene: (id: string, view: SceneView) => void;
  renameScene: (id: string, title: string, caption: string) => void;
  /** Moves a scene to position `to` (clamped to the list). */
  moveScene: (id: string, to: number) => void;
  /** A copy right after the original, titled `title`; returns the copy's id. */
  duplicateScene: (id: string, title: string) => string | null;
  deleteScene: (id: string) => void;
  startPresenting: (slide?: number) => void;
  /** Shows slide `slide`, clamped to the slides there are. */
  goToSlide: (slide: number) => void;
  stopPresenting: () => void;
}

/** A fresh id: `scene-<n>` with n above every id of that form in the list. */
export function nextSceneId(scenes: readonly Scene[]): string {
  let highest = 0;
  for (const scene of scenes) {
    const match = /^scene-(\d+)$/.exec(scene.id);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `scene-${highest + 1}`;
}

/** The list with the item at `from` moved to `to` (both clamped); same list if unmoved. */
export function moveItem<T>(list: readonly T[], from: number, to: number): readonly T[] {
  if (from < 0 || from >= list.length) return list;
  const target = Math.max(0, Math.min(list.length - 1, Math.round(to)));
  if (target === from) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return next;
}

/** How many slides present mode steps through: the scenes, or the current view alone. */
export function slideCount(scenes: readonly Scene[]): number {
  return Math.max(1, scenes.length);
}

function clampSlide(slide: number, scenes: readonly Scene[]): number {
  return Math.max(0, Math.min(slideCount(scenes) - 1, Math.round(slide)));
}

export const createScenesSlice: StateCreator<WorkbenchState, [], [], ScenesSlice> = (set, get) => ({
  scenes: [],
  presenting: null,
  addScene: (view, title, caption = '', at) => {
    const scenes = get().scenes;
    const id = nextSceneId(scenes);
    const scene: Scene = { ...view, id, title, caption };
    const index = at === undefined ? scenes.length : Math.max(0, Math.min(scenes.length, at));
    set({ scenes: [...scenes.slice(0, index), scene, ...scenes.slice(index)] });
    return id;
  },
  updateScene: (id, view) => {
    set({
      scenes: get().scenes.map((scene) =>
        scene.id === id ? { ...view, id, title: scene.title, caption: scene.caption } : scene,
      ),
    });
  },
  renameScene: (id, title, caption) => {
    const scene = get().scenes.find((s) => s.id === id);
    if (scene === undefined || (scene.title === title && scene.caption === caption)) return;
    set({ scenes: get().scenes.map((s) => (s.id === id ? { ...s, title, caption } : s)) });
  },
  moveScene: (id, to) => {
    const scenes = get().scenes;
    const moved = moveItem(
      scenes,
      scenes.findIndex((s) => s.id === id),
      to,
    );
    if (moved !== scenes) set({ scenes: moved });
  },
  duplicateScene: (id, title) => {
    const scenes = get().scenes;
    const index = scenes.findIndex((s) => s.id === id);
    if (index < 0) return null;
    return get().addScene(scenes[index], title, scenes[index].caption, index + 1);
  },
  deleteScene: (id) => {
    const scenes = get().scenes;
    if (scenes.some((s) => s.id === id)) set({ scenes: scenes.filter((s) => s.id !== id) });
  },
  startPresenting: (slide = 0) => set({ presenting: { slide: clampSlide(slide, get().scenes) } }),
  goToSlide: (slide) => {
    const presenting = get().presenting;
    if (presenting === null) return;
    const next = clampSlide(slide, get().scenes);
    if (next !== presenting.slide) set({ presenting: { slide: next } });
  },
  stopPresenting: () => {
    if (get().presenting !== null) set({ presenting: null });
  },
});
