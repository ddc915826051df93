/**
 * Computes what the canvas emphasises for the selection's focus mode — the ego network
 * (1 or 2 steps) or the shortest path to the picked target — by breadth-first search on
 * the shown graph in an effect (never during render), and hands the node ids to the
 * selection slice. A selection that is not in the shown graph (another region or level)
 * is cleared; Escape leaves the focus.
 */
import { useEffect } from 'react';
import type { SimpleGraph } from '../../model/index.ts';
import { useWorkbench } from '../workbench.ts';
import { egoNetwork, shortestPath } from './shortestPath.ts';

export function useFocusHighlight(graph: SimpleGraph | null): void {
  const selected = useWorkbench((state) => state.selectedNode);
  const mode = useWorkbench((state) => state.focusMode);
  const depth = useWorkbench((state) => state.egoDepth);
  const target = useWorkbench((state) => state.pathTarget);
  const selectNode = useWorkbench((state) => state.selectNode);
  const setHighlight = useWorkbench((state) => state.setHighlight);
  const clearFocus = useWorkbench((state) => state.clearFocus);

  // Escape leaves an ego or path focus (unless typing in a field, where it means "close").
  useEffect(() => {
    if (mode === 'none') return undefined;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || target?.closest('input, textarea, select')) return;
      clearFocus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, clearFocus]);

  useEffect(() => {
    if (selected !== null && (graph === null || !graph.hasNode(selected))) selectNode(null);
  }, [graph, selected, selectNode]);

  useEffect(() => {
    if (graph === null || selected === null || !graph.hasNode(selected)) return;
    if (mode === 'ego') {
      setHighlight({ nodes: egoNetwork(graph, selected, depth), path: null });
    } else if (mode === 'path' && target !== null) {
      const path = shortestPath(graph, selected, target);
      setHighlight(
        path === null ? { nodes: [selected, target], path: null } : { nodes: path, path },
        path !== null,
      );
    }
  }, [graph, selected, mode, depth, target, setHighlight]);
}
