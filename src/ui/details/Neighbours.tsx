/** The selected actor's partners, sorted by name; clicking one selects it. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import type { SimpleGraph } from '../../model/index.ts';
import { SECTOR_COLOURS } from '../../view/palette.ts';
import { useWorkbench } from '../workbench.ts';

export function Neighbours({ graph, node }: { graph: SimpleGraph; node: string }) {
  const { t } = useTranslation('details');
  const selectNode = useWorkbench((state) => state.selectNode);
  const neighbours = graph
    .mapNeighbors(node, (id, attributes) => ({
      id,
      label: attributes.label || id,
      sector: attributes.sector,
      weight: graph.getEdgeAttribute(graph.edge(node, id) as string, 'weight'),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'ja'));
  return (
    <>
      <h3>{t('partners', { count: neighbours.length })}</h3>
      {neighbours.length === 0 ? (
        <p className="panel-caption">{t('noPartners')}</p>
      ) : (
        <ul className="details-neighbours" data-testid="details-neighbours">
          {neighbours.map((partner) => (
            <li key={partner.id}>
              <span
                className="swatch"
                style={{ backgroundColor: SECTOR_COLOURS[partner.sector] }}
              />
              <button
                type="button"
                className="link-button"
                data-testid="details-neighbour"
                data-node={partner.id}
                onClick={() => selectNode(partner.id)}
              >
                {partner.label}
              </button>
              <span className="neighbour-weight" title={t('tieWeight')}>
                {formatNumber(partner.weight)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
