/**
 * How much a two-mode projection costs before it is built. Projecting a group of k
 * members (a project's roster, a paper's authors, a Pajek two-mode vertex) onto one-mode
 * ties gives k(k − 1)/2 ties: 3,000 members give 4.5 million, which no tab holds. The
 * count is known from the group sizes alone, so the importer decides first:
 *  - `stop` (default): above the limit, the import stops, naming the largest groups;
 *  - `star`: the largest groups, as few as needed to bring the rest under the limit,
 *    are kept as a star instead — a node for the group tied to each of its k members
 *    (k ties, the two-mode view) — and the report lists them.
 */

/** Ties a projection may make before the importer stops or starts drawing stars. */
export const DEFAULT_MAX_PROJECTED_TIES = 1_000_000;

export type LargeGroups = 'stop' | 'star';

export interface ProjectionLimits {
  maxProjectedTies: number;
  largeGroups: LargeGroups;
}

export const DEFAULT_PROJECTION_LIMITS: ProjectionLimits = {
  maxProjectedTies: DEFAULT_MAX_PROJECTED_TIES,
  largeGroups: 'stop',
};

/** k(k − 1)/2: the ties a group of k members projects to. */
export function pairCount(members: number): number {
  return (members * (members - 1)) / 2;
}

export type ProjectionPlan =
  | { kind: 'project'; ties: number; stars: ReadonlySet<number> }
  | { kind: 'tooMany'; ties: number; largest: number };

/**
 * Which groups (by index in `sizes`) become stars so that the projected ties stay within
 * the limit, or that the projection is too large. Stars take the largest groups first
 * (ties by index): they save the most ties each.
 */
export function planProjection(sizes: readonly number[], limits: ProjectionLimits): ProjectionPlan {
  let ties = 0;
  let largest = -1;
  for (let i = 0; i < sizes.length; i++) {
    ties += pairCount(sizes[i]);
    if (largest < 0 || sizes[i] > sizes[largest]) largest = i;
  }
  if (ties <= limits.maxProjectedTies) return { kind: 'project', ties, stars: new Set() };
  if (limits.largeGroups === 'stop') return { kind: 'tooMany', ties, largest };
  const bySize = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const stars = new Set<number>();
  for (const i of bySize) {
    if (ties <= limits.maxProjectedTies) break;
    ties -= pairCount(sizes[i]) - sizes[i];
    stars.add(i);
  }
  return { kind: 'project', ties, stars };
}
