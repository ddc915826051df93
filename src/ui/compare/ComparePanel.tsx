/**
 * One region of the comparison drawn as a static SVG: ties as light lines, nodes as
 * circles in the sector colours (src/view/palette.ts) with diameters from the size
 * scale shared by every panel (src/metrics/compare/sharedScale.ts). Coordinates are
 * pixels (no viewBox scaling), so equal values are drawn at equal sizes in all panels.
 * Names are text content (an SVG <title>), never markup.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedSizeScale } from '../../metrics/compare/sharedScale.ts';
import type { CompareSizeMetric } from '../../store/compareSlice.ts';
import { SECTOR_COLOURS } from '../../view/palette.ts';
import { layoutPanel, type PanelBox } from './panelLayout.ts';
import type { ComparedRegion } from './useCompareMetrics.ts';
import { formatValue } from './tableSort.ts';

export const PANEL_BOX: PanelBox = { width: 320, height: 280, margin: 20 };

interface Props {
  region: ComparedRegion;
  scale: SharedSizeScale | null;
  sizeMetric: CompareSizeMetric;
}

export function ComparePanel({ region, scale, sizeMetric }: Props) {
  const { t } = useTranslation('compare');
  const { graph, result } = region;
  const positions = useMemo(() => layoutPanel(region.layoutGraph, PANEL_BOX), [region.layoutGraph]);
  const values = useMemo(() => {
    const map = new Map<string, number>();
    if (result) result.ids.forEach((id, i) => map.set(id, result.nodes[sizeMetric][i]));
    return map;
  }, [result, sizeMetric]);
  const status = region.error ? 'error' : result ? 'done' : 'computing';

  return (
    <figure
      className="compare-panel"
      data-testid="compare-panel"
      data-region={region.id}
      data-status={status}
    >
      <figcaption>
        <strong>{region.name}</strong>
        <span className="compare-panel-counts">
          {t('counts', { nodes: formatValue(graph.order), ties: formatValue(graph.size) })}
        </span>
      </figcaption>
      <svg width={PANEL_BOX.width} height={PANEL_BOX.height} role="img" aria-label={region.name}>
        <g className="compare-edges">
          {graph.mapEdges((edge, _attributes, source, target) => {
            const a = positions.get(source)!;
            const b = positions.get(target)!;
            return <line key={edge} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
          })}
        </g>
        <g>
          {graph.mapNodes((id, attributes) => {
            const p = positions.get(id)!;
            const value = values.get(id) ?? NaN;
            const size = scale ? scale.size(value) : 6;
            return (
              <circle
                key={id}
                data-testid="compare-node"
                data-id={id}
                data-value={Number.isFinite(value) ? value : ''}
                cx={p.x}
                cy={p.y}
                r={size / 2}
                fill={SECTOR_COLOURS[attributes.sector] ?? SECTOR_COLOURS.unknown}
              >
                <title>{`${attributes.label}${Number.isFinite(value) ? ` — ${formatValue(value)}` : ''}`}</title>
              </circle>
            );
          })}
        </g>
      </svg>
      {status === 'computing' && <p className="panel-caption">{t('computing')}</p>}
      {region.error && (
        <p className="panel-caption compare-error">{t('failed', { error: region.error })}</p>
      )}
    </figure>
  );
}
