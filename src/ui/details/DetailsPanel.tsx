/**
 * The selected actor: name, kind and sector (with its palette colour), ego/path focus
 * controls, attributes, every metric with rank and percentile, brokerage roles,
 * community and partners. Metrics show once they are computed for the shown graph.
 */
import { useTranslation } from 'react-i18next';
import type { SimpleGraph } from '../../model/index.ts';
import { SECTOR_COLOURS } from '../../view/palette.ts';
import { FocusControls } from '../paths/FocusControls.tsx';
import { currentMetrics } from '../../store/metricsSlice.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { NodeAttributes } from './NodeAttributes.tsx';
import { NodeMetrics } from './NodeMetrics.tsx';
import { Neighbours } from './Neighbours.tsx';
import './details.css';

export function DetailsPanel({ graph }: { graph: SimpleGraph | null }) {
  const { t } = useTranslation('details');
  const selected = useWorkbench((state) => state.selectedNode);
  const selectNode = useWorkbench((state) => state.selectNode);
  const regionId = useWorkbench((state) => state.regionId);
  const status = useWorkbench((state) => state.metrics.status);
  const result = useWorkbench(currentMetrics);
  if (graph === null || selected === null || !graph.hasNode(selected)) return null;
  const attributes = graph.getNodeAttributes(selected);
  const index = result === null ? -1 : result.ids.indexOf(selected);
  const organization = attributes.organization;
  // At the people level the organization is not drawn: its name comes from the dataset.
  const datasetGraph = regionId === null ? undefined : workbench.registry.get(regionId)?.graph;
  const organizationLabel =
    organization === undefined
      ? undefined
      : graph.hasNode(organization)
        ? graph.getNodeAttribute(organization, 'label')
        : datasetGraph?.hasNode(organization)
          ? datasetGraph.getNodeAttribute(organization, 'label')
          : undefined;

  return (
    <section
      className="panel details-panel"
      data-testid="details-panel"
      data-node={selected}
      aria-labelledby="details-title"
    >
      <div className="details-head">
        <h2 id="details-title">{t('title')}</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => selectNode(null)}
          data-testid="details-close"
        >
          {t('close')}
        </button>
      </div>
      <p className="details-label" data-testid="details-label">
        {attributes.label || selected}
      </p>
      <p className="details-kind">
        {t(`kinds.${attributes.kind}`)} ·{' '}
        <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[attributes.sector] }} />
        <span data-testid="details-sector">{t(`common:sector.${attributes.sector}.long`)}</span>
        {attributes.label !== selected && (
          <span className="details-id">{t('id', { id: selected })}</span>
        )}
      </p>
      <FocusControls graph={graph} />
      <NodeAttributes attributes={attributes} organizationLabel={organizationLabel} />
      {index >= 0 && result !== null ? (
        <NodeMetrics result={result} index={index} />
      ) : (
        <p className="panel-caption">
          {status === 'running' ? t('waiting') : status === 'stale' ? t('stale') : t('noMetrics')}
        </p>
      )}
      <Neighbours graph={graph} node={selected} />
    </section>
  );
}
