/**
 * `npm run analyze` end to end: exit codes, output shapes and field names, warnings on
 * stderr, filters; and the numbers of the whole pipeline (CSV import → simple graph →
 * computeAllMetrics with the Node worker pool → JSON) against networkx reference values,
 * which catches any misalignment of ids and metric columns.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/analyze.ts';
import { NODE_METRICS } from '../../../src/metrics/types.ts';
import { FIXTURE_DIR, REFERENCE_DIR, SHARED_DATA_DIR } from '../helpers/fixtures.ts';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'sample-data');

interface Fixture {
  nodes: { id: string; sector: string }[];
  edges: [string, string, number][];
}

/** Writes a fixture graph as generic nodes.csv/edges.csv and returns the two paths. */
function writeGeneric(name: string): { nodes: string; edges: string } {
  const data = JSON.parse(readFileSync(join(FIXTURE_DIR, name + '.json'), 'utf8')) as Fixture;
  const dir = mkdtempSync(join(tmpdir(), 'cnw-analyze-'));
  const nodes = join(dir, 'nodes.csv');
  const edges = join(dir, 'edges.csv');
  writeFileSync(
    nodes,
    'Id,Label,sector\n' +
      data.nodes.map((n) => `"${n.id}","${n.id}",${n.sector}`).join('\n') +
      '\n',
  );
  writeFileSync(
    edges,
    'Source,Target,Weight\n' +
      data.edges.map(([u, v, w]) => `"${u}","${v}",${w}`).join('\n') +
      '\n',
  );
  return { nodes, edges };
}

async function analyzeJson(argv: string[]) {
  const result = await runAnalyze([...argv, '--format', 'json']);
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as {
    import: {
      files: { file: string; rowsRead: number; rowsImported: number; rowsSkipped: number }[];
      problems: unknown[];
    };
    graph: Record<string, unknown>;
    nodes: Record<string, unknown>[];
    warnings: string[];
  };
}

const paths = JSON.parse(readFileSync(join(REFERENCE_DIR, 'paths.json'), 'utf8'));
const structure = JSON.parse(readFileSync(join(REFERENCE_DIR, 'structure.json'), 'utf8')).fixtures;

describe('analyze: numbers of the whole pipeline equal networkx', () => {
  for (const name of ['karate', 'florentine', 'disconnected', 'davis']) {
    it(`${name}, unweighted`, async () => {
      const files = writeGeneric(name);
      const doc = await analyzeJson(['--nodes', files.nodes, '--edges', files.edges]);
      const byId = new Map(doc.nodes.map((n) => [String(n.id), n]));
      const ref = paths[name];
      ref.nodes.forEach((id: string, i: number) => {
        const node = byId.get(id)!;
        expect(node.betweenness as number).toBeCloseTo(ref.unweighted.betweenness[i], 9);
        expect(node.closeness as number).toBeCloseTo(ref.unweighted.closeness[i], 9);
        expect(node.harmonic as number).toBeCloseTo(ref.unweighted.harmonic[i], 9);
      });
      const s = structure[name];
      s.ids.forEach((id: string, i: number) => {
        const node = byId.get(id)!;
        expect(node.degree).toBe(s.degree[i]);
        expect(node.coreness).toBe(s.coreness[i]);
        expect(node.clustering as number).toBeCloseTo(s.clustering[i], 9);
        expect(node.eigenvector as number).toBeCloseTo(s.eigenvector[i], 6);
        expect(node.pagerank as number).toBeCloseTo(s.pagerank[i], 6);
      });
      expect(doc.graph.density as number).toBeCloseTo(s.density, 12);
      expect(doc.graph.transitivity as number).toBeCloseTo(s.transitivity, 12);
      expect(doc.graph.averageClustering as number).toBeCloseTo(s.averageClustering, 12);
    });
  }

  it('karate, weighted: distance = 1/weight for paths', async () => {
    const files = writeGeneric('karate');
    const doc = await analyzeJson(['--nodes', files.nodes, '--edges', files.edges, '--weighted']);
    const byId = new Map(doc.nodes.map((n) => [String(n.id), n]));
    const ref = paths.karate;
    ref.nodes.forEach((id: string, i: number) => {
      expect(byId.get(id)!.betweenness as number).toBeCloseTo(ref.weighted.betweenness[i], 9);
      expect(byId.get(id)!.closeness as number).toBeCloseTo(ref.weighted.closeness[i], 9);
    });
  });
});

describe('analyze: output', () => {
  it('JSON has import, graph, nodes and warnings with every metric field', async () => {
    const doc = await analyzeJson([join(SAMPLE, 'sendai')]);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['import', 'graph', 'nodes', 'warnings']),
    );
    expect(doc.import.files.map((f) => f.file).sort()).toEqual([
      'collaborations.csv',
      'memberships.csv',
      'organizations.csv',
      'people.csv',
    ]);
    for (const f of doc.import.files) expect(f.rowsRead).toBe(f.rowsImported + f.rowsSkipped);
    for (const key of [
      'nodes',
      'edges',
      'density',
      'components',
      'largestComponentShare',
      'diameter',
      'averagePathLength',
      'averageClustering',
      'transitivity',
      'assortativity',
      'modularity',
      'communities',
      'degreeCentralization',
      'betweennessCentralization',
      'mixing',
      'crossSectorShare',
      'eiIndex',
      'eiBySector',
      'sectorAssortativity',
      'tripleHelixT',
    ]) {
      expect(doc.graph, key).toHaveProperty(key);
    }
    expect(doc.nodes.length).toBe(doc.graph.nodes);
    for (const node of doc.nodes) {
      expect(node).toHaveProperty('id');
      expect(node).toHaveProperty('label');
      for (const metric of NODE_METRICS) expect(node, metric).toHaveProperty(metric);
      for (const value of Object.values(node)) expect(Number.isNaN(value)).toBe(false);
    }
  });

  it('levels give different graphs of the same dataset', async () => {
    const orgs = await analyzeJson([join(SAMPLE, 'sendai')]);
    const people = await analyzeJson([join(SAMPLE, 'sendai'), '--level', 'people']);
    const all = await analyzeJson([join(SAMPLE, 'sendai'), '--level', 'all']);
    expect(orgs.nodes.every((n) => n.kind === 'organization')).toBe(true);
    expect(people.nodes.every((n) => n.kind === 'person')).toBe(true);
    expect(all.graph.nodes).toBe((orgs.graph.nodes as number) + (people.graph.nodes as number));
  });

  it('--years and --types restrict the ties', async () => {
    const every = await analyzeJson([join(SAMPLE, 'hamamatsu')]);
    const early = await analyzeJson([join(SAMPLE, 'hamamatsu'), '--years', '2002-2004']);
    const patents = await analyzeJson([join(SAMPLE, 'hamamatsu'), '--types', 'patent']);
    expect(early.graph.edges as number).toBeLessThan(every.graph.edges as number);
    expect(patents.graph.edges as number).toBeLessThan(every.graph.edges as number);
    expect(early.graph.nodes).toBe(every.graph.nodes);
  });

  it('CSV has one row per node and the same columns', async () => {
    const result = await runAnalyze([join(SAMPLE, 'nagano'), '--format', 'csv']);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trimEnd().split(/\r?\n/);
    const header = lines[0].split(',');
    expect(header.slice(0, 2)).toEqual(['id', 'label']);
    for (const metric of NODE_METRICS) expect(header).toContain(metric);
    const doc = await analyzeJson([join(SAMPLE, 'nagano')]);
    expect(lines.length - 1).toBe(doc.nodes.length);
  });

  it('text explains the indicators', async () => {
    const result = await runAnalyze([join(SAMPLE, 'kansai')]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Cross-sector share');
    expect(result.stdout).toMatch(/universities, companies and government/);
  });

  it('--out writes the file and nothing to stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cnw-out-')), 'result.json');
    const result = await runAnalyze([join(SAMPLE, 'fukuoka'), '--format', 'json', '--out', out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).graph.nodes).toBeGreaterThan(0);
  });
});

describe('analyze: exit codes and messages', () => {
  it('2 on usage errors, naming the problem', async () => {
    for (const argv of [
      [],
      ['--level', 'cities', 'x'],
      ['x', '--format', 'xml'],
      ['x', '--years', '2009-2002'],
      ['x', '--bogus'],
      ['a', 'b'],
    ]) {
      const result = await runAnalyze(argv);
      expect(result.exitCode, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^analyze: /);
      expect(result.stdout).toBe('');
    }
  });

  it('1 when the input cannot be loaded, with the reason', async () => {
    const missing = await runAnalyze(['/nonexistent/folder']);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('/nonexistent/folder');
    const broken = await runAnalyze([
      join(SHARED_DATA_DIR, 'graphology-fixtures', 'miserables_broken.graphml'),
    ]);
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toContain('miserables_broken.graphml');
  });

  it('0 with warnings on stderr as file:row: reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cnw-warn-'));
    writeFileSync(join(dir, 'edges.csv'), 'source,target,weight\na,b,1\nb,c,heavy\nc,c,1\n');
    const result = await runAnalyze(['--edges', join(dir, 'edges.csv'), '--format', 'json']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/^edges\.csv:3: .*weight/m);
    expect(result.stderr).toMatch(/^edges\.csv:4: .*self/m);
    const doc = JSON.parse(result.stdout);
    expect(doc.warnings.length).toBeGreaterThanOrEqual(2);
    expect(doc.graph.nodes).toBe(3);
    expect(doc.graph.edges).toBe(2);
  });

  it('a table of any name: refused once with how to name it, then read through --edges and --map', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cnw-map-'));
    const file = join(dir, 'Sapporo_partners_FY2008.csv');
    writeFileSync(file, 'Org,Partner,Year\nS-1,S-2,FY2008\nS-2,S-3,2008\nS-3,S-3,2008\n');
    const refused = await runAnalyze([file]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^analyze: Sapporo_partners_FY2008\.csv: the name does not say what this table is \(columns: Org, Partner, Year\);.*--map source=Org,target=Partner/,
      ),
    ]);
    const result = await runAnalyze([
      '--edges',
      file,
      '--map',
      'source=Org,target=Partner',
      '--format',
      'json',
    ]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Sapporo_partners_FY2008\.csv:4: .*self/m);
    expect(result.stderr).not.toContain('edges.csv');
    const doc = JSON.parse(result.stdout);
    expect(doc.import.files).toEqual([
      { file: 'Sapporo_partners_FY2008.csv', rowsRead: 3, rowsImported: 2, rowsSkipped: 1 },
    ]);
    expect(doc.graph.nodes).toBe(3);
    expect(doc.graph.edges).toBe(2);
  });

  it('--map mistakes are usage errors that say what to write', async () => {
    const cases: [string[], RegExp][] = [
      [['--map', 'source=Org'], /--map needs tables given by role/],
      [['--edges', 'e.csv', '--map', 'source'], /--map entries look like column=Header/],
      [['--edges', 'e.csv', '--map', 'places:source=Org'], /"places" is not a table role/],
      [['--edges', 'e.csv', '--map', 'nodes:id=Org'], /no --nodes FILE was given/],
    ];
    for (const [argv, message] of cases) {
      const result = await runAnalyze(argv);
      expect(result.exitCode, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    const dir = mkdtempSync(join(tmpdir(), 'cnw-map-'));
    const orgs = join(dir, 'o.csv');
    const people = join(dir, 'p.csv');
    writeFileSync(orgs, 'id,組織名,sector\nA,Alpha,academia\n');
    writeFileSync(people, 'id,氏名\nP,Pat\n');
    const ambiguous = await runAnalyze([
      '--organizations',
      orgs,
      '--people',
      people,
      '--map',
      'name=組織名',
    ]);
    expect(ambiguous.exitCode).toBe(2);
    expect(ambiguous.stderr).toContain(
      '"name" is a column of organizations and people; write organizations:name=組織名',
    );
    const fine = await runAnalyze([
      '--organizations',
      orgs,
      '--people',
      people,
      '--map',
      'organizations:name=組織名',
      '--format',
      'json',
    ]);
    expect(fine.exitCode, fine.stderr).toBe(0);
    expect(JSON.parse(fine.stdout).nodes.map((n: { label: string }) => n.label)).toEqual(['Alpha']);
  });

  it('GEXF from Gephi opens', async () => {
    const doc = await analyzeJson([
      join(SHARED_DATA_DIR, 'gephi-lite-samples', 'Les-Miserables.gexf'),
    ]);
    expect(doc.graph.nodes).toBe(77);
    expect(doc.graph.edges).toBe(254);
  });
});

describe('analyze --compare', () => {
  it('prints one column per input with the same numbers as single runs', async () => {
    const single = await analyzeJson([join(SAMPLE, 'sapporo')]);
    const result = await runAnalyze([
      '--compare',
      join(SAMPLE, 'sapporo'),
      join(SAMPLE, 'sendai'),
      '--format',
      'json',
    ]);
    expect(result.exitCode).toBe(0);
    const table = JSON.parse(result.stdout) as {
      datasets: string[];
      rows: { key: string; values: (number | null)[] }[];
    };
    expect(table.datasets).toHaveLength(2);
    const density = table.rows.find((r) => r.key === 'density')!;
    expect(density.values[0]).toBe(single.graph.density);
  });
});
