import { describe, expect, it } from 'vitest';
import { createDatasetGraph, importFiles } from '../../../src/io/index.ts';
import { createWorkbench } from '../../../src/store/index.ts';
import {
  WORKSPACE_VERSION,
  parseWorkspace,
  parseWorkspaceText,
  serializeWorkspace,
} from '../../../src/store/workspaceFile.ts';
import { tinyClusterDataset } from './datasetFactory.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function genericDataset() {
  const outcome = await importFiles([
    {
      name: 'nodes.csv',
      bytes: encode(
        'id,label,sector\n__proto__,<img src=x onerror=alert(1)>,academia\nb,B,industry\n',
      ),
    },
    { name: 'edges.csv', bytes: encode('source,target,weight\n__proto__,b,2\nb,zz,1\n') },
  ]);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.dataset;
}

function workbenchWithUserData() {
  const workbench = createWorkbench();
  const s = () => workbench.store.getState();
  return { workbench, s };
}

describe('workspace document', () => {
  it('round-trips user datasets, settings and deleted nodes through JSON', async () => {
    const { workbench, s } = workbenchWithUserData();
    const generic = await genericDataset();
    s().addDataset('sample', tinyClusterDataset(), { name: 'Sample' });
    s().addDataset('user-tiny', tinyClusterDataset(), {
      name: 'Tiny',
      theme: 'test',
      themeJa: '試験',
      descriptionJa: '小さなデータ',
    });
    s().addDataset('user-generic', generic, { name: 'Generic' });
    s().markUserDataset('user-tiny');
    s().markUserDataset('user-generic');
    s().selectRegion('user-generic');
    s().setLevel('people');
    s().setSizeBy('uniform');
    s().excludeNodes('user-tiny', ['HQ']);
    s().setYearRange({ from: 2004, to: 2006 });
    s().setViewFilter('sectors', ['academia', 'industry']);
    s().setLook({ sizeMin: 12, edgeColour: 'type' });
    s().setLayout({ name: 'circle', groupBy: 'community' });

    const doc = serializeWorkspace(s(), workbench.registry, new Date('2026-01-02T03:04:05Z'));
    expect(doc.version).toBe(WORKSPACE_VERSION);
    expect(doc.datasets.map((d) => d.id)).toEqual(['user-tiny', 'user-generic']); // no sample
    const parsed = parseWorkspaceText(JSON.stringify(doc));
    if (!parsed.ok) throw new Error(parsed.error);
    const { workspace } = parsed;
    expect(workspace.settings).toEqual({
      regionId: 'user-generic',
      level: 'people',
      colourBy: 'sector',
      sizeBy: 'uniform',
      filters: s().filters,
      look: s().look,
      layout: s().layout,
    });
    expect(workspace.settings.filters.years).toEqual({ from: 2004, to: 2006 });
    expect(workspace.settings.look.sizeMin).toBe(12);
    expect(workspace.settings.layout.name).toBe('circle');
    expect(workspace.excluded).toEqual({ 'user-tiny': ['HQ'] });
    expect(workspace.datasets[0].meta).toEqual({
      name: 'Tiny',
      theme: 'test',
      themeJa: '試験',
      descriptionJa: '小さなデータ',
    });
    for (const [i, id] of ['user-tiny', 'user-generic'].entries()) {
      const original = workbench.registry.get(id)!;
      const restored = workspace.datasets[i].dataset;
      expect(restored.format).toBe(original.format);
      expect(restored.report).toEqual(original.report);
      // Same node and edge keys, ends and attributes as the loaded graph, compared through JSON.
      const plain = (g: typeof original.graph) => {
        const { nodes, edges } = g.export();
        return JSON.parse(JSON.stringify({ nodes, edges })) as unknown;
      };
      expect(plain(restored.graph)).toEqual(plain(original.graph));
      expect(restored.graph.size).toBe(original.graph.size);
    }
    const restoredGeneric = workspace.datasets[1].dataset.graph;
    expect(restoredGeneric.getNodeAttribute('__proto__', 'label')).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(Object.getPrototypeOf({}).label).toBeUndefined(); // no prototype pollution
  });

  it('reads a workspace saved before filters, look and layout existed with their defaults', () => {
    const { workbench, s } = workbenchWithUserData();
    const doc = JSON.parse(JSON.stringify(serializeWorkspace(s(), workbench.registry)));
    delete doc.settings.filters;
    delete doc.settings.look;
    delete doc.settings.layout;
    const parsed = parseWorkspace(doc);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.workspace.settings.filters).toEqual(s().filters);
    expect(parsed.workspace.settings.look).toEqual(s().look);
    expect(parsed.workspace.settings.layout).toEqual(s().layout);
  });

  it('keeps node positions per region and level, and refuses a position that is not [x, y]', () => {
    const { workbench, s } = workbenchWithUserData();
    const positions = JSON.parse(
      '{"sample":{"people":{"__proto__":[1.5,-2],"p2":[0,3]}},"user":{"all":{}}}',
    );
    const doc = JSON.parse(
      JSON.stringify(serializeWorkspace(s(), workbench.registry, new Date(), positions)),
    );
    const parsed = parseWorkspace(doc);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(JSON.parse(JSON.stringify(parsed.workspace.positions))).toEqual(positions);
    expect(Object.keys(parsed.workspace.positions.sample.people)).toEqual(['__proto__', 'p2']);
    doc.positions.sample.people.p2 = [0, 'x'];
    const bad = parseWorkspace(doc);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error).toMatch(/positions\.sample\.people: node "p2" has no \[x, y\] position/);
    delete doc.positions;
    const none = parseWorkspace(doc);
    expect(none.ok && Object.keys(none.workspace.positions)).toEqual([]);
  });

  it('accepts a workspace with no user datasets', () => {
    const { workbench, s } = workbenchWithUserData();
    const parsed = parseWorkspace(serializeWorkspace(s(), workbench.registry));
    expect(parsed.ok).toBe(true);
  });
});

describe('corrupt or old workspaces give a message, never a throw', () => {
  const { workbench, s } = workbenchWithUserData();
  s().addDataset('user-tiny', tinyClusterDataset(), { name: 'Tiny' });
  s().markUserDataset('user-tiny');
  const good = () => JSON.parse(JSON.stringify(serializeWorkspace(s(), workbench.registry)));

  const cases: [string, () => unknown, RegExp][] = [
    ['null', () => null, /not an object/],
    ['a list', () => [], /not an object/],
    ['another format', () => ({ ...good(), format: 'gephi' }), /not a workspace file/],
    ['no version', () => ({ ...good(), version: undefined }), /no version/],
    ['a newer version', () => ({ ...good(), version: 99 }), /newer version/],
    ['an older version', () => ({ ...good(), version: 0 }), /old format/],
    [
      'an unknown level',
      () => ({ ...good(), settings: { ...good().settings, level: 'x' } }),
      /settings\.level/,
    ],
    [
      'a year range backwards',
      () => ({
        ...good(),
        settings: { ...good().settings, filters: { years: { from: 2009, to: 2002 } } },
      }),
      /settings\.filters\.years/,
    ],
    [
      'an unknown sector in a filter',
      () => ({
        ...good(),
        settings: { ...good().settings, filters: { view: { sectors: ['pirates'] } } },
      }),
      /settings\.filters\.view\.sectors/,
    ],
    [
      'an unknown layout',
      () => ({ ...good(), settings: { ...good().settings, layout: { name: 'spiral' } } }),
      /settings\.layout\.name/,
    ],
    ['datasets not a list', () => ({ ...good(), datasets: {} }), /"datasets" must be a list/],
    [
      'a node with an unknown sector',
      () => {
        const doc = good();
        doc.datasets[0].graph.nodes[0].attributes.sector = 'pirates';
        return doc;
      },
      /datasets\[0\]\.graph\.nodes\[0\]\.attributes\.sector "pirates"/,
    ],
    [
      'an edge to a missing node',
      () => {
        const doc = good();
        doc.datasets[0].graph.edges[0].target = 'nobody';
        return doc;
      },
      /edges\[0\] joins a node that is not in the dataset/,
    ],
    [
      'a non-positive weight',
      () => {
        const doc = good();
        doc.datasets[0].graph.edges[1].attributes.weight = -1;
        return doc;
      },
      /edges\[1\]\.attributes\.weight must be a positive number/,
    ],
    [
      'a duplicated node',
      () => {
        const doc = good();
        doc.datasets[0].graph.nodes.push(doc.datasets[0].graph.nodes[0]);
        return doc;
      },
      /appears twice/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(`rejects ${what}`, () => {
      const parsed = parseWorkspace(make());
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error).toMatch(/^Not a usable workspace: /);
        expect(parsed.error).toMatch(message);
      }
    });
  }

  it('rejects text that is not JSON', () => {
    const parsed = parseWorkspaceText('{"format": "cluster-network-workbench/workspace", ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/not valid JSON/);
  });

  it('the good document itself passes (so the cases above fail for their own reason)', () => {
    expect(parseWorkspace(good()).ok).toBe(true);
    expect(createDatasetGraph().order).toBe(0);
  });
});
