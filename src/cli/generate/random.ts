/**
 * Seeded pseudo-random numbers for the generators: sfc32 (Chris Doty-Humphrey's Small
 * Fast Counting generator, PractRand-tested), its state filled from the seed by
 * splitmix32. The same seed gives the same sequence on every platform, so the sample
 * data is reproducible byte for byte; Math.random is never used.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** An index chosen with probability proportional to weights[i] (weights ≥ 0, sum > 0). */
  weightedIndex(weights: readonly number[]): number;
  /** k distinct elements (all of them when k ≥ length), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** A new generator seeded from this one, so sub-tasks do not shift each other's streams. */
  fork(): Rng;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint32();

  const rng: Rng = {
    next: () => nextUint32() / 4294967296,
    int: (min, max) => min + Math.floor(rng.next() * (max - min + 1)),
    chance: (p) => rng.next() < p,
    pick: (items) => items[Math.floor(rng.next() * items.length)],
    weightedIndex(weights) {
      let total = 0;
      for (const w of weights) total += w;
      let r = rng.next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) return i;
      }
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
      throw new Error('random.weightedIndex: all weights are zero');
    },
    sample(items, k) {
      const pool = items.slice();
      const n = Math.min(k, pool.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(rng.next() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      return pool.slice(0, n);
    },
    fork: () => createRng(nextUint32()),
  };
  return rng;
}
