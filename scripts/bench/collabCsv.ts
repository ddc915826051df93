/**
 * A generated collaboration graph (scripts/bench/collabGraph.ts) as the generic
 * nodes.csv / edges.csv pair the workbench imports (one row per node with a seeded
 * sector; one row per undirected tie with its weight), as files for playwright's
 * setInputFiles. Used by the browser bench and the large-graph browser test.
 */
import type { Csr } from '../../src/metrics/csr.ts';
import { createRng } from '../../src/metrics/smallworld/rng.ts';

const SECTORS = ['university', 'company', 'government', 'intermediary'];

export function toCsvFiles(
  csr: Csr,
  seed: number,
): { name: string; buffer: Buffer; mimeType: string }[] {
  const rand = createRng(seed);
  const nodes = ['id,label,sector'];
  for (let u = 0; u < csr.n; u++) {
    nodes.push(`n${u},Org ${u},${SECTORS[Math.floor(rand() * SECTORS.length)]}`);
  }
  const edges = ['source,target,weight'];
  for (let u = 0; u < csr.n; u++) {
    for (let k = csr.offsets[u]; k < csr.offsets[u + 1]; k++) {
      const v = csr.targets[k];
      if (u < v) edges.push(`n${u},n${v},${csr.weights[k]}`);
    }
  }
  return [
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodes.join('\n') + '\n') },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edges.join('\n') + '\n') },
  ];
}
