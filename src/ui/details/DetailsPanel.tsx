/**
 * The selected actor: name, kind and sector (with its palette colour), ego/path focus
 * controls, attributes, every metric with rank and percentile, brokerage roles,
 * community and partners. Metrics show once they are computed for the shown graph.
 */
import type { SimpleGraph } from '../../model/index.ts';
import { SECTOR_COLOURS, SECTOR_LABELS } from '../../view/palette.ts';
import { FocusControls } from '../paths/FocusControls.tsx';
import { currentMetrics } from '../../store/metricsSlice.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { NodeAttributes } from './NodeAttributes.tsx';
import { NodeMetrics } from './NodeMetrics.tsx';
import { Neighbours } from './Neighbours.tsx';
import './details.css';

const TEXT = {
  title: 'Selected actor',
  close: 'Clear selection',
  kinds: { person: 'Person', organization: 'Organization', node: 'Actor' },
  waiting: 'Metrics are being computed…',
  stale: 'Metrics shown are not for this graph; recompute them in the scorecard.',
  noMetrics: 'No metrics for this graph yet.',
};

export function DetailsPanel({ graph }: { graph: SimpleGraph | null }) {
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
        <h2 id="details-title">{TEXT.title}</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => selectNode(null)}
          data-testid="details-close"
        >
          {TEXT.close}
        </button>
      </div>
      <p className="details-label" data-testid="details-label">
        {attributes.label || selected}
      </p>
      <p className="details-kind">
        {TEXT.kinds[attributes.kind]} ·{' '}
        <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[attributes.sector] }} />
        <span data-testid="details-sector">{SECTOR_LABELS[attributes.sector]}</span>
        {attributes.label !== selected && <span className="details-id"> · id {selected}</span>}
      </p>
      <FocusControls graph={graph} />
      <NodeAttributes attributes={attributes} organizationLabel={organizationLabel} />
      {index >= 0 && result !== null ? (
        <NodeMetrics result={result} index={index} />
      ) : (
        <p className="panel-caption">
          {status === 'running' ? TEXT.waiting : status === 'stale' ? TEXT.stale : TEXT.noMetrics}
        </p>
      )}
      <Neighbours graph={graph} node={selected} />
    </section>
  );
}
