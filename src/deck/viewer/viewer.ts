/**
 * The read-only deck viewer: shows one scene at a time, steps with keys and buttons,
 * pans (drag), zooms (wheel, pinch, buttons) and fits. A step glides: the view moves from
 * the current transform to the next scene's saved viewport, nodes present in both scenes
 * (same key) move from where they were, the rest appear in place (TRANSITION_MS, none
 * when the reader asks for reduced motion).
 */
import type { Deck } from '../types.ts';
import { buildChrome, fillLegend, type Chrome } from './chrome.ts';
import {
  easeInOut,
  fitTransform,
  interpolateView,
  panBy,
  zoomAt,
  type ViewTransform,
} from './geometry.ts';
import { SceneView } from './sceneView.ts';
import { applyStep, counterText, stepForKey, type Step } from './steps.ts';

export const TRANSITION_MS = 700;
const BUTTON_ZOOM = 1.3;

export class DeckViewer {
  private readonly chrome: Chrome;
  private index = 0;
  private current: SceneView | null = null;
  private view: ViewTransform = { k: 1, tx: 0, ty: 0 };
  private animation = 0;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  /** Where each pointer went down (client px), to tell a tap from a drag. */
  private readonly pressed = new Map<number, { x: number; y: number }>();

  constructor(
    private readonly deck: Deck,
    host: HTMLElement,
  ) {
    this.chrome = buildChrome(deck.strings);
    host.replaceChildren(this.chrome.root);
    document.documentElement.lang = deck.language;
    document.title = deck.title;
    this.bindControls();
    this.bindPointer();
    if (deck.scenes.length === 0) {
      this.chrome.title.textContent = deck.strings.empty;
      this.chrome.counter.textContent = counterText(deck.strings.counter, -1, 0);
      return;
    }
    this.show(0, false);
  }

  /** The stage size in px (the svg fills it). */
  private size(): [number, number] {
    const box = this.chrome.stage.getBoundingClientRect();
    return [Math.max(1, box.width), Math.max(1, box.height)];
  }

  step(step: Step): void {
    const next = applyStep(this.index, step, this.deck.scenes.length);
    if (next !== this.index) this.show(next, true);
  }

  show(index: number, animate: boolean): void {
    const scene = this.deck.scenes[index];
    const previous = this.current;
    this.index = index;
    cancelAnimationFrame(this.animation);
    const [width, height] = this.size();
    const target = fitTransform(scene.viewport, width, height);
    const view = new SceneView(scene, this.chrome.svg, this.chrome.view, this.chrome.labels);
    this.current = view;
    this.chrome.svg.dataset.scene = String(index);
    this.chrome.svg.setAttribute('aria-label', scene.title);
    this.chrome.title.textContent = scene.title;
    this.chrome.caption.textContent = scene.caption;
    this.chrome.caption.hidden = scene.caption.trim() === '';
    this.chrome.counter.textContent = counterText(
      this.deck.strings.counter,
      index,
      this.deck.scenes.length,
    );
    this.chrome.previous.disabled = index === 0;
    this.chrome.next.disabled = index === this.deck.scenes.length - 1;
    fillLegend(this.chrome.legend, scene.legend, target.k);
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (!animate || reduced || previous === null) {
      this.view = target;
      view.place(this.view, true);
      return;
    }
    const start = Float64Array.from(view.targets);
    const before = new Map<string, number>();
    previous.scene.nodes.forEach((node, i) => before.set(node.key, i));
    view.scene.nodes.forEach((node, i) => {
      const j = before.get(node.key);
      if (j === undefined) {
        view.markAppearing(i); // new in this scene: fades in where it belongs
        return;
      }
      start[2 * i] = previous.positions[2 * j];
      start[2 * i + 1] = previous.positions[2 * j + 1];
    });
    const from = this.view;
    const began = performance.now();
    this.chrome.svg.classList.add('entering');
    const frame = (now: number): void => {
      const t = Math.min(1, (now - began) / TRANSITION_MS);
      const e = easeInOut(t);
      for (let i = 0; i < start.length; i++)
        view.positions[i] = start[i] + (view.targets[i] - start[i]) * e;
      this.view = interpolateView(from, target, e, width, height);
      view.place(this.view, true);
      if (t < 1) this.animation = requestAnimationFrame(frame);
      else this.chrome.svg.classList.remove('entering');
    };
    frame(began);
  }

  /** Sets the view (pan/zoom) and redraws. */
  private setView(view: ViewTransform): void {
    cancelAnimationFrame(this.animation);
    if (this.current !== null) {
      // A pan or zoom during a glide ends it with the nodes where they belong.
      this.current.positions.set(this.current.targets);
      this.view = view;
      this.current.place(view, true);
    }
    this.chrome.svg.classList.remove('entering');
  }

  fit(): void {
    if (this.current === null) return;
    const [width, height] = this.size();
    this.setView(fitTransform(this.current.scene.viewport, width, height));
  }

  private zoomCentre(factor: number): void {
    const [width, height] = this.size();
    this.setView(zoomAt(this.view, factor, width / 2, height / 2));
  }

  private bindControls(): void {
    const c = this.chrome;
    c.previous.addEventListener('click', () => this.step('previous'));
    c.next.addEventListener('click', () => this.step('next'));
    c.zoomIn.addEventListener('click', () => this.zoomCentre(BUTTON_ZOOM));
    c.zoomOut.addEventListener('click', () => this.zoomCentre(1 / BUTTON_ZOOM));
    c.fit.addEventListener('click', () => this.fit());
    window.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // Space or Enter on a focused button presses it; the key must not also step.
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter'))
        return;
      const step = stepForKey(event.key, event.shiftKey);
      if (step !== null) {
        event.preventDefault();
        this.step(step);
      } else if (event.key === '+' || event.key === '=') this.zoomCentre(BUTTON_ZOOM);
      else if (event.key === '-') this.zoomCentre(1 / BUTTON_ZOOM);
      else if (event.key === '0') this.fit();
    });
    // The stage changes size with the window and when fonts arrive (title and caption
    // reflow): the scene is fitted again, as it was saved.
    new ResizeObserver(() => this.fit()).observe(this.chrome.stage);
  }

  private bindPointer(): void {
    const svg = this.chrome.svg;
    const local = (event: PointerEvent | WheelEvent): [number, number] => {
      const box = svg.getBoundingClientRect();
      return [event.clientX - box.left, event.clientY - box.top];
    };
    svg.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
        const [x, y] = local(event);
        this.setView(zoomAt(this.view, Math.exp(-event.deltaY * lines * 0.0015), x, y));
      },
      { passive: false },
    );
    svg.addEventListener('pointerdown', (event) => {
      svg.setPointerCapture(event.pointerId);
      const [x, y] = local(event);
      this.pointers.set(event.pointerId, { x, y });
      this.pressed.set(event.pointerId, { x: event.clientX, y: event.clientY });
      svg.classList.add('panning');
    });
    svg.addEventListener('pointermove', (event) => {
      const last = this.pointers.get(event.pointerId);
      const [x, y] = local(event);
      if (last === undefined) {
        this.current?.hover(this.current.nodeAt(event.target), this.view);
        return;
      }
      if (this.pointers.size === 2) {
        // Pinch: scale by the change of the two pointers' distance about their midpoint.
        const other = [...this.pointers].find(([id]) => id !== event.pointerId)![1];
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(x - other.x, y - other.y);
        if (before > 0) {
          const mx = (x + other.x) / 2;
          const my = (y + other.y) / 2;
          this.setView(
            panBy(zoomAt(this.view, after / before, mx, my), (x - last.x) / 2, (y - last.y) / 2),
          );
        }
      } else this.setView(panBy(this.view, x - last.x, y - last.y));
      this.pointers.set(event.pointerId, { x, y });
    });
    const release = (event: PointerEvent): void => {
      const start = this.pressed.get(event.pointerId);
      this.pressed.delete(event.pointerId);
      // A tap (no drag) on a node shows its neighbourhood: touch screens have no hover.
      if (start !== undefined && Math.hypot(event.clientX - start.x, event.clientY - start.y) < 5)
        this.current?.hover(
          this.current.nodeAt(document.elementFromPoint(event.clientX, event.clientY)),
          this.view,
        );
      this.pointers.delete(event.pointerId);
      if (this.pointers.size === 0) svg.classList.remove('panning');
    };
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);
    // A touch pointer leaves after every tap; only a mouse or pen leaving clears hover.
    svg.addEventListener('pointerleave', (event) => {
      if (event.pointerType !== 'touch') this.current?.hover(null, this.view);
    });
  }
}
