/**
 * Present mode: the canvas alone in a high-contrast theme (App hides every panel and
 * passes the theme, usePresentStyle), with the scene's title and caption, the legend, a
 * slide counter and buttons. Keys (presentKeys.ts) step through the scenes with animated
 * transitions (applyScene with `animate`); Esc leaves and the workbench view comes back
 * as it was before presenting. With no scenes the current view is the one slide.
 * Hovering a node labels its neighbourhood; clicking one shows its name and sector.
 *
 * `data-slide` / `data-state` ("moving" until the slide is on the canvas, then "ready")
 * and `data-nodes` / `data-edges` (what is drawn) tell tests and tools what is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimpleGraph } from '../../model/index.ts';
import { slideCount, type SceneView } from '../../store/index.ts';
import { getCy } from '../../view/cyRegistry.ts';
import type { DrawnGraph } from '../../view/GraphCanvas.tsx';
import type { LookLegend } from '../appearance/look.ts';
import { applyScene, drawsNewGraph, morphsGraph, showViewport } from '../scenes/applyScene.ts';
import { captureView } from '../scenes/captureScene.ts';
import { nextDrawn } from '../scenes/drawnSignal.ts';
import { keepHistory } from '../scenes/quietHistory.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { PresentLegend } from './PresentLegend.tsx';
import { commandOf, slideAfter } from './presentKeys.ts';
import { usePresentCanvas } from './usePresentCanvas.ts';
import { useFullscreen } from './useFullscreen.ts';
import './present.css';
import { regionName } from '../regionName.ts';

const asScene = (view: SceneView) => ({ ...view, id: '', title: '', caption: '' });
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** The fade-out before another graph is drawn (present.css fades in over the glide). */
const FADE_MS = 180;
const DRAW_WAIT_MS = 60_000;
/** Keys of workbench commands (delete, undo, redo) that present mode swallows. */
const WORKBENCH_KEYS = /^(Delete|Backspace|z|Z|y|Y)$/;

export interface PresentViewProps {
  graph: SimpleGraph | null;
  drawn: DrawnGraph | null;
  legend: LookLegend | null;
}

export function PresentView({ graph, drawn, legend }: PresentViewProps) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation('common');
  const slide = useWorkbench((state) => state.presenting?.slide ?? 0);
  const count = useWorkbench((state) => slideCount(state.scenes));
  const scene = useWorkbench((state) => state.scenes[slide] ?? null);
  const region = useWorkbench((state) =>
    state.regionId === null ? undefined : state.datasets[state.regionId],
  );
  const goToSlide = useWorkbench((state) => state.goToSlide);
  const stopPresenting = useWorkbench((state) => state.stopPresenting);
  const [shown, setShown] = useState({ slide: -1, ready: false });
  const [info, setInfo] = usePresentCanvas(graph);
  const [fading, setFading] = useState(false);
  const [before] = useState<SceneView | null>(() => captureView(workbench.store.getState()));
  const [restoreHistory] = useState(keepHistory);
  const [missing, setMissing] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef(true);

  const leave = useCallback(() => stopPresenting(), [stopPresenting]);
  const fullscreen = useFullscreen(leave);

  // The workbench view comes back as it was when present mode ends.
  useEffect(() => {
    rootRef.current?.focus();
    return () => {
      if (before !== null)
        void applyScene(asScene(before))
          .catch(() => undefined)
          .then(restoreHistory);
    };
  }, [before, restoreHistory]);

  // Shows the slide: the scene (animated after the first), or the view as it was.
  const sceneId = scene?.id ?? null;
  useEffect(() => {
    let cancelled = false;
    setShown((now) => ({ slide: now.slide, ready: false }));
    setInfo(null);
    const animate = !firstRef.current;
    firstRef.current = false;
    const state = workbench.store.getState();
    const target = state.scenes.find((s) => s.id === sceneId);
    // A scene whose region is not loaded (a workspace file can hold one) says so; the
    // canvas keeps what it shows.
    if (target !== undefined && state.datasets[target.regionId] === undefined) {
      setMissing(target.regionId);
      setFading(false);
      setShown({ slide, ready: true });
      return undefined;
    }
    setMissing(null);
    // Another region or level: the canvas fades out, the new graph is drawn and fades in
    // as the viewport glides. Another graph of the same region and level morphs instead.
    const fade = animate && target !== undefined && drawsNewGraph(target) && !morphsGraph(target);
    setFading(fade);
    const work =
      target !== undefined
        ? (fade ? pause(FADE_MS) : Promise.resolve()).then(() => {
            if (cancelled) return undefined;
            const shownScene = applyScene(target, { animate });
            void nextDrawn(DRAW_WAIT_MS).then(
              () => setFading(false),
              () => setFading(false),
            );
            return shownScene;
          })
        : frame()
            .then(frame)
            .then(() => {
              const cy = getCy();
              if (cy !== null)
                return showViewport(cy, { viewport: before?.viewport ?? null }, false);
              return undefined;
            });
    const done = () => {
      if (cancelled) return;
      setFading(false);
      setShown({ slide, ready: true });
    };
    work.then(done, done);
    return () => {
      cancelled = true;
    };
  }, [slide, sceneId, before, setInfo]);

  // A new window size (full screen granted or left) shows the same box again.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const cy = getCy();
        const box = scene?.viewport ?? before?.viewport ?? null;
        if (cy !== null) void showViewport(cy, { viewport: box }, false);
      }, 200);
    };
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [scene, before]);

  useEffect(() => {
    // Caught before the workbench's own shortcuts (capture phase): a presentation is not
    // edited, so Delete/Backspace and undo/redo do nothing while presenting.
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if (WORKBENCH_KEYS.test(event.key)) {
        event.stopPropagation();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const command = commandOf(event.key, event.shiftKey);
      if (command === null) return;
      event.preventDefault();
      event.stopPropagation();
      const state = workbench.store.getState();
      const next = slideAfter(command, state.presenting?.slide ?? 0, slideCount(state.scenes));
      if (next === null) stopPresenting();
      else goToSlide(next);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [goToSlide, stopPresenting]);

  const title = scene?.title ?? t('currentView');
  const caption = scene?.caption ?? regionName(region, '');
  const keep = (event: { preventDefault: () => void }) => event.preventDefault();
  return (
    <div
      ref={rootRef}
      className="present-view"
      data-testid="present-view"
      data-slide={shown.slide}
      data-state={shown.ready ? 'ready' : 'moving'}
      data-fading={fading}
      data-count={count}
      data-nodes={drawn?.nodes ?? 0}
      data-edges={drawn?.edges ?? 0}
      role="region"
      aria-label={t('label')}
      aria-roledescription={t('label')}
      tabIndex={-1}
    >
      <header className="present-head">
        <h1 data-testid="present-title">{title}</h1>
        {missing !== null ? (
          // In place of the caption: the canvas area covers the middle of the screen.
          <p className="present-missing" data-testid="present-missing" role="alert">
            {t('regionMissing', { region: missing })}
          </p>
        ) : (
          caption !== '' && <p data-testid="present-caption">{caption}</p>
        )}
      </header>
      <div className="present-corner">
        {!fullscreen.full && document.fullscreenEnabled && (
          <button
            type="button"
            data-testid="present-fullscreen"
            onMouseDown={keep}
            onClick={fullscreen.request}
          >
            {t('fullscreen')}
          </button>
        )}
        <button
          type="button"
          className="present-exit"
          data-testid="present-exit"
          onMouseDown={keep}
          onClick={leave}
        >
          {t('exit')} <kbd>{t('exitHint')}</kbd>
        </button>
      </div>
      <PresentLegend legend={legend} />
      <footer className="present-controls">
        <button
          type="button"
          data-testid="present-prev"
          onMouseDown={keep}
          disabled={slide === 0}
          onClick={() => goToSlide(slide - 1)}
        >
          ◀ {t('previous')}
        </button>
        <span className="present-counter" data-testid="present-counter" aria-live="polite">
          {t('counter', { n: slide + 1, total: count })}
        </span>
        <button
          type="button"
          data-testid="present-next"
          onMouseDown={keep}
          disabled={slide >= count - 1}
          onClick={() => goToSlide(slide + 1)}
        >
          {t('next')} ▶
        </button>
        {/* The clicked node in the controls band, in the help's place: over the graph, the
            canvas area (stacked above this view) would cover it. */}
        {info !== null ? (
          <div className="present-node" data-testid="present-node" role="status">
            <strong>{info.label}</strong>
            <span>{t('sector', { sector: tc(`sector.${info.sector}.name`) })}</span>
            <button type="button" onMouseDown={keep} onClick={() => setInfo(null)}>
              {t('closeNode')}
            </button>
          </div>
        ) : (
          <span className="present-help">{t('help')}</span>
        )}
      </footer>
    </div>
  );
}
