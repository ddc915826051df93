/**
 * Seeded uniform random numbers in [0, 1) for the small-world reference graphs:
 * mulberry32 (32-bit state, full period 2^32), fast and good enough for choosing edges to
 * swap. Same seed → same sequence on every platform, so omega and sigma are reproducible.
 *
 * Reference: Tommy Ettinger's mulberry32 (public domain),
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
