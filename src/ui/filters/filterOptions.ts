/**
 * What the filter panel offers for the shown region and level: the fiscal years and
 * collaboration types of its ties, the sectors and node types of the level's nodes, and
 * the communities of the latest metrics. Pure (tested in Node); read from the dataset,
 * not the filtered graph, so an unticked option stays on the list.
 */
import { nodeTypeOf } from '../../graph/viewFilters.ts';
import { ALL_SECTORS, type Dataset, type Level, type Sector } from '../../model/index.ts';

export interface FilterOptions {
  years: number[];
  tieTypes: string[];
  sectors: Sector[];
  nodeTypes: string[];
}

function onLevel(kind: string, format: Dataset['format'], level: Level): boolean {
  if (format !== 'cluster' || level === 'all') return true;
  return level === 'people' ? kind === 'person' : kind === 'organization';
}

export function filterOptionsOf(dataset: Dataset, level: Level): FilterOptions {
  const years = new Set<number>();
  const tieTypes = new Set<string>();
  dataset.graph.forEachEdge((_key, tie) => {
    if (tie.kind !== 'collaboration') return;
    if (tie.year !== null) years.add(tie.year);
    if (tie.type !== '') tieTypes.add(tie.type);
  });
  const sectors = new Set<string>();
  const nodeTypes = new Set<string>();
  dataset.graph.forEachNode((_key, node) => {
    if (!onLevel(node.kind, dataset.format, level)) return;
    sectors.add(node.sector);
    nodeTypes.add(nodeTypeOf({ ...node }));
  });
  const sortedYears = [...years].sort((a, b) => a - b);
  // Every year between the first and the last, so the range pickers have no holes.
  const span: number[] = [];
  if (sortedYears.length > 0)
    for (let y = sortedYears[0]; y <= sortedYears[sortedYears.length - 1]; y++) span.push(y);
  return {
    years: span,
    tieTypes: [...tieTypes].sort((a, b) => a.localeCompare(b)),
    sectors: ALL_SECTORS.filter((s) => sectors.has(s)),
    nodeTypes: [...nodeTypes].sort((a, b) => a.localeCompare(b)),
  };
}

/** Community numbers of a metrics result (column counts from 0), ascending, and the map. */
export function communitiesOf(result: {
  ids: readonly string[];
  nodes: { community: Float64Array };
}): { numbers: number[]; map: Record<string, number> } {
  const map = Object.create(null) as Record<string, number>;
  const numbers = new Set<number>();
  result.ids.forEach((id, i) => {
    const c = result.nodes.community[i];
    if (!Number.isFinite(c)) return;
    map[id] = c;
    numbers.add(c);
  });
  return { numbers: [...numbers].sort((a, b) => a - b), map };
}
