/**
 * Small-world sigma and omega together, for computeAllMetrics (on request: they need
 * seeded random and lattice reference graphs and are the slowest metrics). Each uses its
 * own rng seeded with `seed`, so computeSigma / computeOmega alone give the same values.
 */
import type { Csr } from '../csr.ts';
import { computeOmega, DEFAULT_OMEGA_OPTIONS } from './omega.ts';
import { computeSigma, DEFAULT_SIGMA_OPTIONS } from './sigma.ts';
import { largestComponent } from './largestComponent.ts';

export interface SmallWorldOptions {
  seed: number;
  signal?: AbortSignal;
  /** Swaps per tie (see sigma.ts and omega.ts). */
  niter: number;
  /** Reference graphs per coefficient. */
  nrand: number;
}

export const DEFAULT_SMALL_WORLD_OPTIONS: SmallWorldOptions = {
  seed: DEFAULT_SIGMA_OPTIONS.seed,
  niter: DEFAULT_OMEGA_OPTIONS.niter,
  nrand: DEFAULT_OMEGA_OPTIONS.nrand,
};

export interface SmallWorld {
  sigma: number | null;
  omega: number | null;
  /** Why a value is null, or that only the largest component was used. */
  warning?: string;
}

export function computeSmallWorld(csr: Csr, options?: Partial<SmallWorldOptions>): SmallWorld {
  const resolved = { ...DEFAULT_SMALL_WORLD_OPTIONS, ...options };
  const component = largestComponent(csr);
  if (component.n < 4 || component.m < 2) {
    return {
      sigma: null,
      omega: null,
      warning: `small world: the largest component has ${component.n} nodes and ${component.m} ties; sigma and omega need at least 4 nodes and 2 ties`,
    };
  }
  let exhausted = false;
  const onExhausted = () => {
    exhausted = true;
  };
  const sigma = computeSigma(component, { ...resolved, onExhausted });
  const omega = computeOmega(component, { ...resolved, onExhausted });
  const notes: string[] = [];
  if (exhausted)
    notes.push(
      'some reference graphs stopped early: too few distinct nodes to swap ties (star-like graph)',
    );
  if (component.n < csr.n)
    notes.push(`computed on the largest component (${component.n} of ${csr.n} nodes)`);
  if (sigma === null)
    notes.push('sigma undefined (no triangles in the graph or its random references)');
  if (omega === null)
    notes.push('omega undefined (no clustering in the graph or its lattice references)');
  return notes.length > 0
    ? { sigma, omega, warning: `small world: ${notes.join('; ')}` }
    : { sigma, omega };
}
