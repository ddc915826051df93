/** Result of a power iteration (eigenvector, PageRank): never throws on non-convergence. */
export interface IterativeResult {
  /** Column aligned with Csr.ids; all NaN when the iteration did not converge. */
  values: Float64Array;
  /** Iterations performed. */
  iterations: number;
  converged: boolean;
  /** Set when the iteration did not converge: says where and what to do. */
  warning?: string;
}
