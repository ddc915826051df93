/**
 * Renumber a partition so communities are 0, 1, 2, … by decreasing size, ties broken by
 * the lowest node index in the community. This makes labels independent of the numbering
 * an algorithm happened to produce, so colours and tables stay stable across runs.
 */
export function orderCommunitiesBySize(raw: ArrayLike<number>): {
  labels: Int32Array;
  count: number;
} {
  const n = raw.length;
  const dense = new Map<number, number>();
  const size: number[] = [];
  const first: number[] = [];
  const denseLabel = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let d = dense.get(raw[i]);
    if (d === undefined) {
      d = size.length;
      dense.set(raw[i], d);
      size.push(0);
      first.push(i);
    }
    size[d]++;
    denseLabel[i] = d;
  }
  const order = size.map((_, d) => d).sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  const rank = new Int32Array(order.length);
  order.forEach((d, r) => (rank[d] = r));
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = rank[denseLabel[i]];
  return { labels, count: order.length };
}
