/**
 * A mutable simple undirected graph for degree-preserving edge swaps: neighbour arrays
 * (uniform choice of a neighbour in O(1)), a hash set of ties (O(1) "is there a tie?")
 * and a bidirectional breadth-first search for "are a and b still connected?", the check
 * networkx makes after every swap (local_edge_connectivity(G, a, b) == 0 ⇔ no a–b path).
 */
import { csrFromEdges, type Csr } from '../csr.ts';

export class SwapGraph {
  readonly n: number;
  readonly neighbours: number[][];
  private readonly ties = new Set<number>();
  private readonly side: Int32Array;
  private readonly stamp: Int32Array;
  private search = 0;
  private readonly queueA: Int32Array;
  private readonly queueB: Int32Array;

  constructor(csr: Csr) {
    this.n = csr.n;
    this.neighbours = [];
    for (let i = 0; i < csr.n; i++) {
      const list: number[] = [];
      for (let k = csr.offsets[i]; k < csr.offsets[i + 1]; k++) {
        const j = csr.targets[k];
        list.push(j);
        if (i < j) this.ties.add(this.key(i, j));
      }
      this.neighbours.push(list);
    }
    this.side = new Int32Array(csr.n);
    this.stamp = new Int32Array(csr.n);
    this.queueA = new Int32Array(csr.n);
    this.queueB = new Int32Array(csr.n);
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.n + b : b * this.n + a;
  }

  has(a: number, b: number): boolean {
    return this.ties.has(this.key(a, b));
  }

  add(a: number, b: number): void {
    this.ties.add(this.key(a, b));
    this.neighbours[a].push(b);
    this.neighbours[b].push(a);
  }

  remove(a: number, b: number): void {
    this.ties.delete(this.key(a, b));
    drop(this.neighbours[a], b);
    drop(this.neighbours[b], a);
  }

  /** Is there a path from a to b? Grows the smaller of two BFS frontiers until they meet. */
  connected(a: number, b: number): boolean {
    if (a === b) return true;
    const stamp = ++this.search;
    const { side, neighbours, queueA, queueB } = this;
    this.stamp[a] = stamp;
    this.stamp[b] = stamp;
    side[a] = 1;
    side[b] = 2;
    let headA = 0;
    let tailA = 0;
    let headB = 0;
    let tailB = 0;
    queueA[tailA++] = a;
    queueB[tailB++] = b;
    while (headA < tailA && headB < tailB) {
      const fromA = tailA - headA <= tailB - headB;
      const queue = fromA ? queueA : queueB;
      const mine = fromA ? 1 : 2;
      // Expand one whole BFS level of the chosen side.
      let head = fromA ? headA : headB;
      let tail = fromA ? tailA : tailB;
      const levelEnd = tail;
      while (head < levelEnd) {
        const u = queue[head++];
        for (const v of neighbours[u]) {
          if (this.stamp[v] === stamp) {
            if (side[v] !== mine) return true;
            continue;
          }
          this.stamp[v] = stamp;
          side[v] = mine;
          queue[tail++] = v;
        }
      }
      if (fromA) {
        headA = head;
        tailA = tail;
      } else {
        headB = head;
        tailB = tail;
      }
    }
    return false;
  }

  toCsr(ids: string[]): Csr {
    const sources: number[] = [];
    const targets: number[] = [];
    for (let i = 0; i < this.n; i++) {
      for (const j of this.neighbours[i]) {
        if (i < j) {
          sources.push(i);
          targets.push(j);
        }
      }
    }
    return csrFromEdges(this.n, sources, targets, undefined, ids);
  }
}

function drop(list: number[], value: number): void {
  const at = list.indexOf(value);
  list[at] = list[list.length - 1];
  list.pop();
}
