/** "N nodes · M edges" of what the canvas has drawn. */
import type { DrawnGraph } from '../view/GraphCanvas.tsx';

export function GraphStats({ drawn }: { drawn: DrawnGraph | null }) {
  return (
    <p className="graph-stats" data-testid="graph-stats">
      {drawn === null
        ? 'Nothing drawn yet'
        : `${drawn.nodes.toLocaleString('en')} nodes · ${drawn.edges.toLocaleString('en')} edges`}
    </p>
  );
}
