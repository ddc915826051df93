/**
 * Buttons of the details panel that focus the canvas on the selected actor: its 1- or
 * 2-step ego network, or the shortest path to a second actor picked on the canvas, in
 * the table or by search; the path's length is shown, and "Show all" leaves either mode.
 */
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format.ts';
import type { SimpleGraph } from '../../model/index.ts';
import { useWorkbench } from '../workbench.ts';
import './paths.css';

export function FocusControls({ graph }: { graph: SimpleGraph }) {
  const { t } = useTranslation('paths');
  const mode = useWorkbench((state) => state.focusMode);
  const depth = useWorkbench((state) => state.egoDepth);
  const target = useWorkbench((state) => state.pathTarget);
  const highlight = useWorkbench((state) => state.highlight);
  const pathFound = useWorkbench((state) => state.pathFound);
  const showEgo = useWorkbench((state) => state.showEgo);
  const showPathPick = useWorkbench((state) => state.showPathPick);
  const clearFocus = useWorkbench((state) => state.clearFocus);
  const selectNode = useWorkbench((state) => state.selectNode);
  const targetLabel =
    target !== null && graph.hasNode(target)
      ? graph.getNodeAttribute(target, 'label') || target
      : '';

  return (
    <div className="focus-controls" data-testid="focus-controls" data-mode={mode}>
      <div className="focus-buttons">
        <button
          type="button"
          aria-pressed={mode === 'ego' && depth === 1}
          onClick={() => showEgo(1)}
          data-testid="ego-1"
        >
          {t('ego1')}
        </button>
        <button
          type="button"
          aria-pressed={mode === 'ego' && depth === 2}
          onClick={() => showEgo(2)}
          data-testid="ego-2"
        >
          {t('ego2')}
        </button>
        <button
          type="button"
          aria-pressed={mode === 'pick-path' || mode === 'path'}
          onClick={showPathPick}
          data-testid="path-pick"
        >
          {t('path')}
        </button>
        {mode !== 'none' && (
          <button
            type="button"
            className="primary"
            onClick={clearFocus}
            data-testid="focus-clear"
            title={t('clearKey')}
          >
            {t('clear')}
          </button>
        )}
      </div>
      <p className="focus-note" data-testid="focus-note" aria-live="polite">
        {mode === 'pick-path' && t('picking')}
        {mode === 'ego' &&
          highlight !== null &&
          t('ego', { count: depth, actors: formatCount(highlight.nodes.length) })}
        {mode === 'path' && highlight === null && t('computing')}
        {mode === 'path' &&
          highlight !== null &&
          pathFound === false &&
          t('noPath', { to: targetLabel })}
        {mode === 'path' && highlight?.path && (
          <span data-testid="path-length" data-steps={highlight.path.length - 1}>
            {t('pathTo', { to: targetLabel, count: highlight.path.length - 1 })}
          </span>
        )}
      </p>
      {mode === 'path' && highlight?.path && (
        <ol className="path-steps" data-testid="path-steps">
          {highlight.path.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => selectNode(id)}>
                {graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') || id : id}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
