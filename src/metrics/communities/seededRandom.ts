/**
 * A small seeded pseudo-random generator (mulberry32, Tommy Ettinger's 32-bit mixer) for
 * the community algorithms: the same seed gives the same stream on every platform, so the
 * same graph and seed give the same partition.
 *
 * It exposes the two methods networkanalysis-ts calls on its `java.util.Random` port
 * (`nextDouble()` in [0, 1) and `nextInt(bound)` in [0, bound)) and `next()` in [0, 1) for
 * graphology-communities-louvain's `rng` option, so one generator drives both algorithms
 * without depending on the transitive `java-random` package.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [0, 1) (java.util.Random naming, used by networkanalysis-ts). */
  nextDouble(): number;
  /** Uniform integer in [0, bound). */
  nextInt(bound: number): number;
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    nextDouble: next,
    nextInt: (bound: number) => Math.floor(next() * bound),
  };
}
