/**
 * The export menu: the drawing as PNG (1×/2×/4×, transparent or white, legend on
 * request) or SVG, and the shown network as nodes CSV (with metrics when computed), edges
 * CSV, GEXF, GraphML or Cytoscape JSON. Every item is a download named after the region,
 * the level and the date.
 */
import { useEffect, useRef, useState } from 'react';
import type { SimpleGraph } from '../../model/index.ts';
import type { LookLegend } from '../appearance/look.ts';
import { IMAGE_SCALES, type ImageBackground, type ImageScale } from '../../view/exportImage.ts';
import { runExport, type ExportKind } from './exportActions.ts';

const TEXT = {
  button: 'Export',
  image: 'Image',
  scale: 'Size',
  background: 'Background',
  transparent: 'Transparent',
  white: 'White',
  legend: 'Include the legend',
  png: 'Download PNG',
  svg: 'Download SVG',
  data: 'Network data',
  nodes: 'Nodes with metrics (CSV)',
  edges: 'Ties (CSV)',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML',
  cytoscape: 'Cytoscape JSON',
  nothing: 'Load or pick a region first.',
  working: 'Preparing…',
};

const DATA_ITEMS: { kind: ExportKind; label: string }[] = [
  { kind: 'nodes', label: TEXT.nodes },
  { kind: 'edges', label: TEXT.edges },
  { kind: 'gexf', label: TEXT.gexf },
  { kind: 'graphml', label: TEXT.graphml },
  { kind: 'cytoscape', label: TEXT.cytoscape },
];

export function ExportMenu({
  graph,
  legend,
}: {
  graph: SimpleGraph | null;
  legend: LookLegend | null;
}) {
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
        {TEXT.button} ▾
      </button>
      {open && (
        <div className="menu-panel" data-testid="export-menu" role="group" aria-label={TEXT.button}>
          {graph === null && <p className="menu-note">{TEXT.nothing}</p>}
          <h3>{TEXT.image}</h3>
          <div className="menu-row">
            <span>{TEXT.scale}</span>
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
            <span>{TEXT.background}</span>
            {(['transparent', 'white'] as const).map((b) => (
              <label key={b} className="chip">
                <input
                  type="radio"
                  name="png-bg"
                  checked={background === b}
                  onChange={() => setBackground(b)}
                />
                {TEXT[b]}
              </label>
            ))}
          </div>
          <label className="menu-row">
            <input
              type="checkbox"
              checked={withLegend}
              onChange={(e) => setWithLegend(e.target.checked)}
            />
            {TEXT.legend}
          </label>
          <div className="menu-row">
            <button
              type="button"
              disabled={graph === null || busy}
              data-testid="export-png"
              onClick={() => run('png')}
            >
              {TEXT.png}
            </button>
            <button
              type="button"
              disabled={graph === null || busy}
              data-testid="export-svg"
              onClick={() => run('svg')}
            >
              {TEXT.svg}
            </button>
          </div>
          <h3>{TEXT.data}</h3>
          <ul className="menu-list">
            {DATA_ITEMS.map((item) => (
              <li key={item.kind}>
                <button
                  type="button"
                  disabled={graph === null || busy}
                  data-testid={`export-${item.kind}`}
                  onClick={() => run(item.kind)}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
          {busy && <p className="menu-note">{TEXT.working}</p>}
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
