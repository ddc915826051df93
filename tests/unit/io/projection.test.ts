/**
 * Projections are counted before they are built: a roster of 3,000 members (4.5 million
 * pairs) stops the import with the project named, or becomes a star when the user asks.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { pairCount, planProjection } from '../../../src/io/projection.ts';
import { runAnalyze } from '../../../src/cli/analyze.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectDataset, expectFatal, textFile } from './helpers.ts';

describe('planProjection', () => {
  it('counts k(k-1)/2 per group and projects everything under the limit', () => {
    expect(pairCount(3000)).toBe(4_498_500);
    expect(planProjection([3, 4, 1], { maxProjectedTies: 9, largeGroups: 'stop' })).toEqual({
      kind: 'project',
      ties: 9,
      stars: new Set(),
    });
  });

  it('stops above the limit, naming the largest group', () => {
    expect(planProjection([3, 5, 4], { maxProjectedTies: 9, largeGroups: 'stop' })).toEqual({
      kind: 'tooMany',
      ties: 19,
      largest: 1,
    });
  });

  it('turns the largest groups into stars until the rest fits (a star of k costs k ties)', () => {
    // 3 + 10 + 6 = 19 pairs; starring the 5 (10 → 5) gives 14, then the 4 (6 → 4) gives 12.
    expect(planProjection([3, 5, 4], { maxProjectedTies: 12, largeGroups: 'star' })).toEqual({
      kind: 'project',
      ties: 12,
      stars: new Set([1, 2]),
    });
  });
});

function rosterFiles(members: number) {
  const orgs = ['id,name,sector'];
  const roster = ['project,member,year'];
  for (let i = 0; i < members; i++) {
    orgs.push(`O${i},Org ${i},industry`);
    roster.push(`BIG,O${i},2005`);
  }
  roster.push('SMALL,O0,2005', 'SMALL,O1,2005');
  return [
    textFile('organizations.csv', orgs.join('\n')),
    textFile('memberships.csv', roster.join('\n')),
  ];
}

describe('memberships of a 3,000-member project', () => {
  it('stop: the import stops at once with the project, its size and a way out', async () => {
    const outcome = expectFatal(await importFiles(rosterFiles(3000)));
    expect(outcome.error).toBe(
      'memberships.csv: projecting the memberships would make 4498501 ties, more than the limit of 1000000; the largest project, "BIG", has 3000 members (4498500 ties). Draw large projects as stars (a node for the project tied to its members), or raise the limit',
    );
  });

  it('star: the project becomes a node tied to each member, the small one is projected, all reported', async () => {
    const dataset = expectDataset(
      await importFiles(rosterFiles(3000), { projection: { largeGroups: 'star' } }),
    );
    const graph = dataset.graph;
    expect(graph.size).toBe(3000 + 1);
    const star = 'project:BIG (2005)';
    expect(graph.getNodeAttributes(star)).toMatchObject({ kind: 'node', label: 'BIG (2005)' });
    expect(graph.getNodeAttribute(star, 'attributes').project_node).toBe('true');
    expect(graph.degree(star)).toBe(3000);
    expect(graph.hasEdge('O0', 'O1')).toBe(true);
    expect(dataset.report.problems).toContainEqual(
      expect.objectContaining({ code: 'projectAsStar', row: 2, severity: 'warning' }),
    );
    expect(dataset.report.files[1]).toEqual({
      file: 'memberships.csv',
      rowsRead: 3002,
      rowsImported: 3002,
      rowsSkipped: 0,
    });
  });

  it('the command line raises the limit or draws stars', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cnw-proj-'));
    for (const file of rosterFiles(60)) writeFileSync(join(dir, file.name), file.bytes);
    const stopped = await runAnalyze([dir, '--max-projected-ties', '1000']);
    expect(stopped.exitCode).toBe(1);
    expect(stopped.stderr).toContain(
      'more than the limit of 1000; the largest project, "BIG", has 60 members (1770 ties)',
    );
    const starred = await runAnalyze([
      dir,
      '--max-projected-ties',
      '1000',
      '--large-projects',
      'star',
      '--level',
      'all',
      '--format',
      'json',
    ]);
    expect(starred.exitCode, starred.stderr).toBe(0);
    expect(JSON.parse(starred.stdout).graph.edges).toBe(61);
    expect((await runAnalyze([dir, '--large-projects', 'maybe'])).exitCode).toBe(2);
  });
});
