/** "N nodes · M edges" of what the canvas has drawn (common:nodesEdges, counts per locale). */
import { useTranslation } from 'react-i18next';
import { formatCount } from '../i18n/format.ts';
import type { DrawnGraph } from '../view/GraphCanvas.tsx';

export function GraphStats({ drawn }: { drawn: DrawnGraph | null }) {
  const { t } = useTranslation('workbench');
  return (
    <p className="graph-stats" data-testid="graph-stats">
      {drawn === null
        ? t('nothingDrawn')
        : t('common:nodesEdges', {
            nodes: formatCount(drawn.nodes),
            edges: formatCount(drawn.edges),
          })}
    </p>
  );
}
