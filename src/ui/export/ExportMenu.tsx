/**
 * The export menu: the drawing as PNG (1×/2×/4×, transparent or white, legend on
 * request) or SVG, and the shown network as nodes CSV (with metrics when computed), edges
 * CSV, GEXF, GraphML or Cytoscape JSON. Every item is a download named after the region,
 * the level and the date.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimpleGraph } from '../../model/index.ts';
import type { LookLegend } from '../appearance/look.ts';
import { IMAGE_SCALES, type ImageBackground, type ImageScale } from '../../view/exportImage.ts';
import { runExport, type ExportKind } from './exportActions.ts';

const DATA_ITEMS: readonly ExportKind[] = ['nodes', 'edges', 'gexf', 'graphml', 'cytoscape'];

export function ExportMenu({
  graph,
  legend,
}: {
  graph: SimpleGraph | null;
  legend: LookLegend | null;
}) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<ImageScale>(2);
  const [background, setBackground] = useState<ImageBackground>('white');
  const [withLegend, setWithLegend] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !rootRef.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);

  const run = (kind: ExportKind) => {
    if (graph === null) return;
    setBusy(true);
    setMessage(null);
    void runExport({ kind, graph, png: { scale, background, legend: withLegend }, legend }).then(
      (error) => {
        setBusy(false);
        setMessage(error);
      },
    );
  };

  return (
    <div className="menu" ref={rootRef}>
      <button
        type="button"
        className="tool-button"
        data-testid="export-button"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen(!open)}
      >
        {t('button')} ▾
      </button>
      {open && (
        <div className="menu-panel" data-testid="export-menu" role="group" aria-label={t('button')}>
          {graph === null && <p className="menu-note">{t('nothing')}</p>}
          <h3>{t('image')}</h3>
          <div className="menu-row">
            <span>{t('scale')}</span>
            {IMAGE_SCALES.map((s) => (
              <label key={s} className="chip">
                <input
                  type="radio"
                  name="png-scale"
                  checked={scale === s}
                  onChange={() => setScale(s)}
                />
                {s}×
              </label>
            ))}
          </div>
          <div className="menu-row">
            <span>{t('background')}</span>
            {(['transparent', 'white'] as const).map((b) => (
              <label key={b} className="chip">
                <input
                  type="radio"
                  name="png-bg"
                  checked={background === b}
                  onChange={() => setBackground(b)}
                />
                {t(`backgrounds.${b}`)}
              </label>
            ))}
          </div>
          <label className="menu-row">
            <input
              type="checkbox"
              checked={withLegend}
              onChange={(e) => setWithLegend(e.target.checked)}
            />
            {t('legend')}
          </label>
          <div className="menu-row">
            <button
              type="button"
              disabled={graph === null || busy}
              data-testid="export-png"
              onClick={() => run('png')}
            >
              {t('png')}
            </button>
            <button
              type="button"
              disabled={graph === null || busy}
              data-testid="export-svg"
              onClick={() => run('svg')}
            >
              {t('svg')}
            </button>
          </div>
          <h3>{t('data')}</h3>
          <ul className="menu-list">
            {DATA_ITEMS.map((kind) => (
              <li key={kind}>
                <button
                  type="button"
                  disabled={graph === null || busy}
                  data-testid={`export-${kind}`}
                  onClick={() => run(kind)}
                >
                  {t(`items.${kind}`)}
                </button>
              </li>
            ))}
          </ul>
          {busy && <p className="menu-note">{t('working')}</p>}
          {message && (
            <p className="menu-note menu-error" role="alert">
              {message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
