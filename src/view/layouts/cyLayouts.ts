/**
 * Options of the layouts Cytoscape runs itself (fcose, concentric, circle, grid), built
 * from plain lookups so they are testable without a canvas. ForceAtlas2 runs in a worker
 * instead (forceAtlas2Client.ts).
 *
 * - fcose (Balci & Dogrusoz 2022, fCoSE, IEEE TVCG 28(12), doi:10.1109/TVCG.2021.3095303):
 *   'draft' quality (spectral placement only) above FCOSE_DRAFT_ABOVE nodes, since the
 *   default quality takes about 41 s for 1,000 nodes on this hardware.
 * - concentric: rings by a node metric, highest in the centre; about 8 rings.
 * - circle: one circle, nodes grouped by community or sector (groups in size order,
 *   inside a group by degree, highest first), so groups read as arcs.
 * - grid: rows in order of degree, highest first.
 */
import cytoscape, { type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { LayoutName } from '../../store/appearanceSlice.ts';

let fcoseLoaded: Promise<void> | null = null;

/**
 * Registers the extension a layout needs before it runs: fcose (with cose-base, about a
 * tenth of the app's code) is fetched the first time it is picked, not at start-up.
 */
export function ensureLayout(name: LayoutName): Promise<void> {
  if (name !== 'fcose') return Promise.resolve();
  fcoseLoaded ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return fcoseLoaded;
}

export const FCOSE_DRAFT_ABOVE = 300;
export const CONCENTRIC_RINGS = 8;

export interface LayoutLookups {
  /** Node key → metric value for concentric (NaN/absent = lowest ring). */
  metric: ReadonlyMap<string, number>;
  /** Node key → group for the grouped circle. */
  group: ReadonlyMap<string, string>;
  degree: ReadonlyMap<string, number>;
  order: number;
}

const keyOf = (node: NodeSingular): string => node.data('key') as string;

/** Groups ordered by size (largest first), then by name. */
export function groupRank(group: ReadonlyMap<string, string>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const g of group.values()) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const ordered = [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Map(ordered.map(([g], i) => [g, i]));
}

/** Compare for the grouped circle: group rank, then degree (high first), then key. */
export function groupedOrder(lookups: LayoutLookups): (a: string, b: string) => number {
  const rank = groupRank(lookups.group);
  const r = (key: string) => rank.get(lookups.group.get(key) ?? '') ?? rank.size;
  const d = (key: string) => lookups.degree.get(key) ?? 0;
  return (a, b) => r(a) - r(b) || d(b) - d(a) || a.localeCompare(b);
}

export function cyLayoutOptions(
  name: Exclude<LayoutName, 'forceAtlas2'>,
  lookups: LayoutLookups,
): LayoutOptions {
  const common = { animate: false, fit: true, padding: 40 } as const;
  const degreeDesc = (a: NodeSingular, b: NodeSingular) =>
    (lookups.degree.get(keyOf(b)) ?? 0) - (lookups.degree.get(keyOf(a)) ?? 0) ||
    keyOf(a).localeCompare(keyOf(b));
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: lookups.order > FCOSE_DRAFT_ABOVE ? 'draft' : 'default',
        randomize: true,
        // Looser than the defaults (4500, 50): the rounded squares carry labels.
        nodeRepulsion: 9000,
        idealEdgeLength: 90,
      } as LayoutOptions;
    case 'concentric': {
      const values = [...lookups.metric.values()].filter(Number.isFinite);
      const hi = values.length > 0 ? Math.max(...values) : 1;
      const lo = values.length > 0 ? Math.min(...values) : 0;
      const width = hi > lo ? (hi - lo) / CONCENTRIC_RINGS : 1;
      return {
        name: 'concentric',
        ...common,
        concentric: (node: NodeSingular) => {
          const v = lookups.metric.get(keyOf(node));
          return v === undefined || !Number.isFinite(v) ? lo : v;
        },
        levelWidth: () => width,
        minNodeSpacing: 6,
        avoidOverlap: true,
      } as LayoutOptions;
    }
    case 'circle': {
      const compare = groupedOrder(lookups);
      return {
        name: 'circle',
        ...common,
        avoidOverlap: true,
        sort: (a: NodeSingular, b: NodeSingular) => compare(keyOf(a), keyOf(b)),
      } as LayoutOptions;
    }
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, sort: degreeDesc } as LayoutOptions;
  }
}
