/**
 * Shows a scene: the store gets the scene's region, level, colour/size, filters and look
 * in one change (one undo step) and, once that is drawn, its selection; the scene's
 * positions go into the layout
 * position cache first (src/view/layouts/positionCache.ts) so the canvas draws them with
 * no layout run, and the viewport is set to the saved box once the canvas has drawn.
 * Resolves when the scene is on the canvas (viewport included).
 *
 * - When the scene has the shown graph (same region, level and filters), nothing is
 *   redrawn: the nodes are moved to the saved positions, and with `animate` they glide
 *   there together with the viewport (~600 ms, ease in-out).
 * - When the scene has another graph of the same region and level (another period, other
 *   tie types: "how it grew"), with `animate` the new graph is drawn and at once put where
 *   the old one was (shared nodes at their old places, the old viewport); then shared
 *   nodes glide to their saved places, new ones fade in, the viewport glides to the box.
 * - Otherwise the new graph is drawn at its saved positions and, with `animate`, the
 *   viewport glides from the fitted drawing to the saved box.
 * - The selection's own centring/fitting animation (src/view/useCanvasSelection.ts) is
 *   stopped before the saved viewport is set: the scene decides what is shown. The
 *   selection is set after the drawing (a synchronous store update, so that animation
 *   has started by the next frame) rather than with the graph, whose drawing React
 *   commits at its own pace.
 * - A later call supersedes an earlier one still waiting (stepping quickly through
 *   slides): the earlier resolves without touching the viewport.
 */
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import type { FilterSettings } from '../../store/filterSlice.ts';
import type { Scene } from '../../store/index.ts';
import { getCy } from '../../view/cyRegistry.ts';
import { graphLayerOf } from '../../view/layer/GraphLayer.ts';
import { nodeElementId } from '../../view/elements.ts';
import { rememberPositions, viewKey } from '../../view/layouts/positionCache.ts';
import { workbench } from '../workbench.ts';
import { nextDrawn } from './drawnSignal.ts';
import { viewportFor } from './viewportFit.ts';

export interface ApplyOptions {
  /** Glide nodes and viewport instead of jumping (present mode). */
  animate?: boolean;
  /** Animation length in ms (default 600). */
  duration?: number;
}

export const SCENE_TRANSITION_MS = 600;
const EASING = 'ease-in-out-cubic';
/** How long to wait for the canvas to draw a scene's graph (layouts of large graphs). */
const DRAW_TIMEOUT_MS = 60_000;

let generation = 0;

/** True when two filter settings keep the same graph (compared as data). */
export function sameFilters(a: FilterSettings, b: FilterSettings): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Runs an animation and resolves when it completes, or a little after its duration when
 * it was stopped (a stopped Cytoscape animation never calls `complete`).
 */
function animated(start: (complete: () => void) => void, duration: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, duration + 250);
    start(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

const NO_SELECTION = {
  selectedNode: null,
  focusMode: 'none' as const,
  pathTarget: null,
  highlight: null,
  pathFound: null,
};

/**
 * Until the canvas's drawing is committed by React (`data-state` ready), so the effects
 * that follow a drawing (selection marks, look) have their turn before the viewport is set.
 */
async function committed(): Promise<void> {
  for (let i = 0; i < 120 && getCy()?.container()?.dataset.state !== 'ready'; i++) await frame();
}

/** Two frames: React commits the store change and runs its effects in between. */
async function settle(): Promise<void> {
  await frame();
  await frame();
}

function movePositions(cy: Core, scene: Scene, animate: boolean, duration: number): Promise<void> {
  const moves: Promise<void>[] = [];
  cy.batch(() => {
    for (const [key, [x, y]] of Object.entries(scene.positions)) {
      const node = cy.getElementById(nodeElementId(key));
      if (node.empty()) continue;
      const at = node.position();
      if (at.x === x && at.y === y) continue;
      node.stop(true, false);
      if (animate)
        moves.push(
          animated(
            (complete) =>
              node.animate({ position: { x, y } }, { duration, easing: EASING, complete }),
            duration,
          ),
        );
      else node.position({ x, y });
    }
  });
  return Promise.all(moves).then(() => undefined);
}

/** Sets (or glides to) the scene's box; without a saved box the drawing is fitted. */
export function showViewport(
  cy: Core,
  scene: Pick<Scene, 'viewport'>,
  animate: boolean,
  duration: number = SCENE_TRANSITION_MS,
): Promise<void> {
  cy.resize();
  cy.stop(true, false);
  if (scene.viewport === null) {
    if (!animate) {
      cy.fit(undefined, 40);
      return Promise.resolve();
    }
    return animated(
      (complete) =>
        cy.animate({
          fit: { eles: cy.elements(), padding: 40 },
          duration,
          easing: EASING,
          complete,
        }),
      duration,
    );
  }
  const target = viewportFor(scene.viewport, cy.width(), cy.height(), cy.minZoom(), cy.maxZoom());
  if (!animate) {
    cy.viewport(target);
    return Promise.resolve();
  }
  return animated(
    (complete) =>
      cy.animate({ zoom: target.zoom, pan: target.pan, duration, easing: EASING, complete }),
    duration,
  );
}

/** Where the shown drawing is: what a morph into the next graph starts from. */
interface Morph {
  positions: Map<string, Position>;
  /** The drawn ties, as `source target` keys (ids need not match across graphs). */
  ties: Set<string>;
  zoom: number;
  pan: Position;
}

/**
 * True when showing the scene draws another graph of the shown region and level, drawn by
 * Cytoscape (a large graph's layer paints from classes and holds the ties itself: it
 * would show no fade, at the cost of an animation per element).
 */
export function morphsGraph(scene: Scene): boolean {
  const now = workbench.store.getState();
  const cy = getCy();
  return (
    cy !== null &&
    graphLayerOf(cy) === undefined &&
    now.regionId === scene.regionId &&
    now.level === scene.level &&
    !sameFilters(now.filters, scene.filters) &&
    cy.container()?.dataset.state === 'ready'
  );
}

function tieKey(edge: EdgeSingular): string {
  return `${String(edge.source().data('key'))} ${String(edge.target().data('key'))}`;
}

function morphFrom(cy: Core): Morph {
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions.set(String(node.data('key')), { x, y });
  });
  const ties = new Set(cy.edges().map(tieKey));
  const { x, y } = cy.pan();
  return { positions, ties, zoom: cy.zoom(), pan: { x, y } };
}

/**
 * Puts the new drawing where the old one was and makes what is new in it transparent;
 * returns the new elements. Called in the microtask after the drawing, so no frame shows
 * the new graph in its new places.
 */
function startMorph(cy: Core, morph: Morph): Appearing {
  const appearing: Appearing = [];
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const at = morph.positions.get(String(node.data('key')));
      if (at === undefined) appearing.push(node);
      else node.position(at);
    });
    cy.edges().forEach((edge) => {
      if (!morph.ties.has(tieKey(edge))) appearing.push(edge);
    });
    for (const element of appearing) element.style('opacity', 0);
    cy.viewport({ zoom: morph.zoom, pan: morph.pan });
  });
  return appearing;
}

/** The elements a morph brings in (transparent until they fade in). */
type Appearing = (NodeSingular | EdgeSingular)[];

/**
 * Fades the new elements in to the opacity their style gives them now (the scene's
 * selection, set after the drawing, may dim them), then hands them back to the style.
 */
function fadeIn(appearing: Appearing, duration: number): Promise<void> {
  const fades = appearing.map((element) => {
    element.removeStyle('opacity');
    const opacity = element.numericStyle('opacity');
    element.style('opacity', 0);
    return animated(
      (complete) => element.animate({ style: { opacity } }, { duration, easing: EASING, complete }),
      duration,
    );
  });
  return Promise.all(fades).then(() => {
    for (const element of appearing) element.removeStyle('opacity');
  });
}

/** Whether showing the scene draws another graph (region, level or filters differ). */
export function drawsNewGraph(scene: Scene): boolean {
  const now = workbench.store.getState();
  return (
    now.regionId !== scene.regionId ||
    now.level !== scene.level ||
    !sameFilters(now.filters, scene.filters) ||
    getCy()?.container()?.dataset.state !== 'ready'
  );
}

export async function applyScene(scene: Scene, options: ApplyOptions = {}): Promise<void> {
  const animate = options.animate === true;
  const duration = options.duration ?? SCENE_TRANSITION_MS;
  const mine = ++generation;
  const { store } = workbench;
  const before = store.getState();
  if (before.datasets[scene.regionId] === undefined)
    throw new Error(`applyScene: the region "${scene.regionId}" of this scene is not loaded`);
  rememberPositions(
    viewKey(scene.regionId, scene.level),
    new Map(Object.entries(scene.positions).map(([key, [x, y]]) => [key, { x, y }])),
  );
  const filters = sameFilters(before.filters, scene.filters) ? before.filters : scene.filters;
  const redraw = drawsNewGraph(scene);
  const shownCy = getCy();
  const morph = animate && morphsGraph(scene) && shownCy !== null ? morphFrom(shownCy) : null;
  const drawn = redraw ? nextDrawn(DRAW_TIMEOUT_MS) : null;
  const selection = scene.selection;
  const sameSelection =
    before.selectedNode === selection.selectedNode &&
    before.focusMode === selection.focusMode &&
    before.egoDepth === selection.egoDepth &&
    before.pathTarget === selection.pathTarget;
  store.setState({
    regionId: scene.regionId,
    level: scene.level,
    colourBy: scene.colourBy,
    sizeBy: scene.sizeBy,
    filters,
    look: scene.look,
    ...(sameSelection ? {} : NO_SELECTION),
  });
  let appearing: Appearing | null = null;
  if (drawn !== null) {
    await drawn;
    const cy = getCy();
    if (morph !== null && cy !== null && mine === generation) appearing = startMorph(cy, morph);
    await committed();
  }
  // Superseded by a later scene that may keep this graph: nothing new stays transparent.
  const superseded = () => {
    if (mine === generation) return false;
    for (const element of appearing ?? []) element.removeStyle('opacity');
    return true;
  };
  await settle();
  if (superseded()) return;
  // The selection comes once the graph is drawn: its centring/fitting animation starts
  // now (a synchronous store update) and is stopped below, so the scene's box wins.
  if (!sameSelection) {
    store.setState({ ...selection, highlight: null, pathFound: null });
    await settle();
    if (superseded()) return;
  }
  const cy = getCy();
  if (cy === null) return;
  // Drawn from the cache already after a redraw; moved (or glided) when the graph stayed
  // or is morphing from the one before.
  const glide = animate && (!redraw || appearing !== null);
  const moving = movePositions(cy, scene, glide, duration);
  const fading = appearing === null ? Promise.resolve() : fadeIn(appearing, duration);
  await Promise.all([moving, fading, showViewport(cy, scene, animate, duration)]);
}
