/**
 * Benchmark of the shortest-path kernel against igraph (C) and networkx on the same
 * seeded collaboration-like graphs (scripts/bench/collabGraph.ts): 5,000 nodes / 25,000
 * ties and 20,000 / 100,000. "The same work" is betweenness + closeness + harmonic,
 * unweighted: one pass per source for us, three separate calls for igraph and networkx
 * (their times exclude reading the edge list; ours exclude building the CSR).
 *
 * Targets: single thread within 1.5× igraph; two workers faster than igraph. networkx runs
 * on the smaller graph only; graphology-metrics' betweenness too, and only if a run on a
 * 1,000-node graph extrapolates (×n·m) to under 60 s. Betweenness sums are compared with
 * igraph's (unnormalised, unordered pairs) to show both did the same work.
 *
 * Run: node --import tsx scripts/bench/paths.ts   (the machine's load is printed beside
 * every figure: timings on a shared machine are only comparable at equal load).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { Csr } from '../../src/metrics/csr.ts';
import { computePathMetrics } from '../../src/metrics/paths/index.ts';
import { computePathMetricsParallel } from '../../src/workers/pathsPool.node.ts';
import { makeCollabGraph, writeEdgeList } from './collabGraph.ts';

const SIZES: [number, number][] = [
  [5_000, 25_000],
  [20_000, 100_000],
];
const SEED = 1;
const GRAPHOLOGY_LIMIT_SECONDS = 60;
const IGRAPH_PYTHON = '/usr/bin/python3';
const NETWORKX_PYTHON = 'python3';

interface Row {
  graph: string;
  tool: string;
  seconds: number | null;
  note: string;
  load: string;
}

interface PythonTimes {
  total: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  betweennessSum: number;
  igraph?: string;
  networkx?: string;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

function seconds<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, (performance.now() - start) / 1000];
}

function runPython(python: string, script: string, edges: string): PythonTimes | string {
  const result = spawnSync(python, [join(import.meta.dirname, script), edges], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.error) return `skipped: ${python} not found (${result.error.message})`;
  if (result.status !== 0) return `skipped: ${result.stderr.trim() || `exit ${result.status}`}`;
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as PythonTimes;
}

/** Unnormalised betweenness summed over nodes (unordered pairs), as igraph reports it. */
function betweennessPairSum(csr: Csr, normalised: Float64Array): number {
  let sum = 0;
  for (const b of normalised) sum += b;
  return (sum * (csr.n - 1) * (csr.n - 2)) / 2;
}

function toGraphology(csr: Csr): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let v = 0; v < csr.n; v++) graph.addNode(String(v));
  for (let u = 0; u < csr.n; u++) {
    for (let k = csr.offsets[u]; k < csr.offsets[u + 1]; k++) {
      if (u < csr.targets[k]) graph.addEdge(String(u), String(csr.targets[k]));
    }
  }
  return graph;
}

function benchGraphology(csr: Csr, label: string): Row {
  const probe = makeCollabGraph(1_000, 5_000, SEED);
  const [, probeSeconds] = seconds(() => betweennessCentrality(toGraphology(probe)));
  const estimate = probeSeconds * ((csr.n * csr.m) / (probe.n * probe.m));
  if (estimate >= GRAPHOLOGY_LIMIT_SECONDS) {
    return {
      graph: label,
      tool: 'graphology-metrics betweenness only',
      seconds: null,
      note: `skipped: estimated ${estimate.toFixed(0)} s ≥ ${GRAPHOLOGY_LIMIT_SECONDS} s`,
      load: load(),
    };
  }
  const graph = toGraphology(csr);
  const before = load();
  const [, time] = seconds(() => betweennessCentrality(graph));
  return {
    graph: label,
    tool: 'graphology-metrics betweenness only',
    seconds: time,
    note: '',
    load: before,
  };
}

async function benchGraph(n: number, m: number, dir: string, rows: Row[]): Promise<void> {
  const csr = makeCollabGraph(n, m, SEED);
  const label = `${csr.n}/${csr.m}`;
  const edges = join(dir, `collab-${n}.txt`);
  writeEdgeList(csr, edges);
  console.log(`graph ${label}: written to ${edges}`);

  let before = load();
  const [single, singleSeconds] = seconds(() => computePathMetrics(csr, { weighted: false }));
  const ourSum = betweennessPairSum(csr, single.betweenness);
  rows.push({
    graph: label,
    tool: 'ours, 1 thread (all path metrics)',
    seconds: singleSeconds,
    note: '',
    load: before,
  });

  before = load();
  const start = performance.now();
  const pooled = await computePathMetricsParallel(csr, { weighted: false }, { workers: 2 });
  const poolSeconds = (performance.now() - start) / 1000;
  const poolSum = betweennessPairSum(csr, pooled.betweenness);
  rows.push({
    graph: label,
    tool: 'ours, 2 workers (incl. start-up)',
    seconds: poolSeconds,
    note:
      Math.abs(poolSum - ourSum) <= 1e-9 * ourSum
        ? ''
        : `betweenness sum differs: ${poolSum} vs ${ourSum}`,
    load: before,
  });

  before = load();
  const igraph = runPython(IGRAPH_PYTHON, 'igraph_paths.py', edges);
  if (typeof igraph === 'string') {
    rows.push({ graph: label, tool: 'igraph', seconds: null, note: igraph, load: before });
  } else {
    const same = Math.abs(igraph.betweennessSum - ourSum) <= 1e-9 * ourSum;
    rows.push({
      graph: label,
      tool: `igraph ${igraph.igraph} (b ${igraph.betweenness.toFixed(2)} + c ${igraph.closeness.toFixed(2)} + h ${igraph.harmonic.toFixed(2)})`,
      seconds: igraph.total,
      note: same
        ? 'betweenness sum = ours'
        : `betweenness sum ${igraph.betweennessSum} ≠ ours ${ourSum}`,
      load: before,
    });
  }

  if (n <= 5_000) {
    before = load();
    const nx = runPython(NETWORKX_PYTHON, 'networkx_paths.py', edges);
    if (typeof nx === 'string') {
      rows.push({ graph: label, tool: 'networkx', seconds: null, note: nx, load: before });
    } else {
      rows.push({
        graph: label,
        tool: `networkx ${nx.networkx} (b ${nx.betweenness.toFixed(1)} + c ${nx.closeness.toFixed(1)} + h ${nx.harmonic.toFixed(1)})`,
        seconds: nx.total,
        note: '',
        load: before,
      });
    }
    rows.push(benchGraphology(csr, label));
  }
}

function printTable(rows: Row[]): void {
  const igraphTime = new Map<string, number>();
  for (const row of rows)
    if (row.tool.startsWith('igraph') && row.seconds !== null)
      igraphTime.set(row.graph, row.seconds);
  const header = ['graph n/m', 'tool', 'seconds', '÷ igraph', 'load 1/5/15 min', 'note'];
  const lines = rows.map((row) => {
    const reference = igraphTime.get(row.graph);
    const ratio =
      row.seconds !== null && reference ? (row.seconds / reference).toFixed(2) + '×' : '—';
    return [
      row.graph,
      row.tool,
      row.seconds === null ? '—' : row.seconds.toFixed(2),
      ratio,
      row.load,
      row.note,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log('\n' + format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  console.log('\nTargets: ours 1 thread ≤ 1.5× igraph; ours 2 workers < 1× igraph.');
}

export async function benchPaths(): Promise<void> {
  console.log(`paths benchmark — load average at start: ${load()}`);
  const dir = mkdtempSync(join(tmpdir(), 'cnw-bench-paths-'));
  try {
    computePathMetrics(makeCollabGraph(1_000, 5_000, SEED + 1)); // JIT warm-up
    const rows: Row[] = [];
    for (const [n, m] of SIZES) await benchGraph(n, m, dir, rows);
    printTable(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) await benchPaths();
