/** The selection slice's state and action as GraphCanvas props (selection + onSelectNode). */
import { useMemo } from 'react';
import type { CanvasSelection } from '../../view/useCanvasSelection.ts';
import { useWorkbench } from '../workbench.ts';

export function useSelectionForCanvas(): {
  selection: CanvasSelection;
  onSelectNode: (key: string | null) => void;
} {
  const selected = useWorkbench((state) => state.selectedNode);
  const highlight = useWorkbench((state) => state.highlight);
  const onSelectNode = useWorkbench((state) => state.selectNode);
  const selection = useMemo(() => ({ selected, highlight }), [selected, highlight]);
  return { selection, onSelectNode };
}
