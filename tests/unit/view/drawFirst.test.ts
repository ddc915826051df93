/**
 * The pieces of the draw-first design that run without a browser: the renderer rule,
 * elements created with their look, ForceAtlas2's early first picture, and the look
 * changes put on a (headless) Cytoscape instance only where fields differ.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { loadFixture } from '../helpers/fixtures.ts';
import { buildElements, type ElementLook } from '../../../src/view/elements.ts';
import { layoutInputFromGraph } from '../../../src/view/forceLayout.ts';
import { runForceAtlas2 } from '../../../src/view/layouts/forceAtlas2Run.ts';
import {
  chooseRenderer,
  isSoftwareRenderer,
  rendererOverride,
} from '../../../src/view/layouts/renderer.ts';
import { computeLook } from '../../../src/ui/appearance/look.ts';
import { applyLookChanges } from '../../../src/ui/appearance/useLookOnCanvas.ts';
import { DEFAULT_LOOK } from '../../../src/store/appearanceSlice.ts';

describe('renderer rule', () => {
  it.each([
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      true,
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['Microsoft Basic Render Driver', true],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['Apple M2', false],
    ['Mesa Intel(R) UHD Graphics 620 (KBL GT2)', false],
  ])('%s is software: %s', (name, software) => {
    expect(isSoftwareRenderer(name)).toBe(software);
    expect(chooseRenderer(true, name)).toBe(software ? 'canvas' : 'webgl');
  });

  it('draws small graphs and browsers without WebGL2 on the 2D canvas', () => {
    expect(chooseRenderer(false, 'Apple M2')).toBe('canvas');
    expect(chooseRenderer(true, null)).toBe('canvas');
  });

  it('follows ?renderer= for large graphs, but never WebGL without WebGL2', () => {
    const swiftShader = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0)';
    expect(chooseRenderer(true, swiftShader, rendererOverride('?renderer=webgl'))).toBe('webgl');
    expect(chooseRenderer(true, 'Apple M2', rendererOverride('?a=1&renderer=canvas'))).toBe(
      'canvas',
    );
    expect(rendererOverride('?renderer=vulkan')).toBeNull();
    expect(rendererOverride('')).toBeNull();
    expect(chooseRenderer(true, null, 'webgl')).toBe('canvas');
    expect(chooseRenderer(false, 'Apple M2', 'webgl')).toBe('canvas');
  });
});

describe('elements created with their look', () => {
  it('carry the look fields and the labelled class instead of hub', () => {
    const graph = loadFixture('karate');
    const look = computeLook(graph, 'sector', 'degree', DEFAULT_LOOK, null);
    const { elements } = buildElements(graph, null, look);
    const nodes = elements.filter((e) => e.group === 'nodes');
    const edges = elements.filter((e) => e.group === 'edges');
    for (const node of nodes) {
      const expected = look.nodes.get(node.data.key as string)!;
      expect(node.data.colour).toBe(expected.colour);
      expect(node.data.size).toBeCloseTo(expected.size, 2);
      expect(node.classes === 'labelled').toBe(expected.labelled);
    }
    expect(nodes.filter((n) => n.classes === 'labelled')).toHaveLength(DEFAULT_LOOK.labelCount);
    expect(nodes.some((n) => n.classes === 'hub')).toBe(false);
    for (const edge of edges)
      expect(edge.data.edgeWidth).toBe(look.edges.get(edge.data.key as string)!.width);
  });
});

describe('ForceAtlas2 first picture', () => {
  it('comes after firstPictureAfter iterations (0: the start picture), then every chunk', () => {
    const input = layoutInputFromGraph(loadFixture('lesmis'));
    const fractions = (firstPictureAfter: number) => {
      const run = runForceAtlas2(input, { iterations: 100, chunk: 40, firstPictureAfter });
      const seen: number[] = [];
      for (let next = run.next(); next.done !== true; next = run.next())
        seen.push(next.value.fraction);
      return seen;
    };
    expect(fractions(10)).toEqual([0.1, 0.5, 0.9]);
    expect(fractions(0)).toEqual([0, 0.4, 0.8]);
  });
});

describe('applyLookChanges', () => {
  function drawn(look: ElementLook | null) {
    const graph = loadFixture('karate');
    const cy = cytoscape({ headless: true, elements: buildElements(graph, null, look).elements });
    return { graph, cy };
  }

  it('touches nothing when the look is the one the elements carry', () => {
    const graph = loadFixture('karate');
    const look = computeLook(graph, 'sector', 'degree', DEFAULT_LOOK, null);
    const { cy } = drawn(look);
    expect(applyLookChanges(cy, look, look)).toBe(0);
  });

  it('sets only the changed fields, and everything (hub gone) when nothing was set', () => {
    const { graph, cy } = drawn(null);
    const uniform = computeLook(graph, 'sector', 'uniform', DEFAULT_LOOK, null);
    expect(applyLookChanges(cy, null, uniform)).toBe(graph.order + graph.size);
    expect(cy.nodes('.hub')).toHaveLength(0);
    expect(cy.nodes('.labelled')).toHaveLength(DEFAULT_LOOK.labelCount);
    const byDegree = computeLook(graph, 'sector', 'degree', DEFAULT_LOOK, null);
    // Sizes change for nodes whose degree-scaled size differs from the uniform middle;
    // edges (width by weight) and colours (sector) are unchanged.
    const differing = graph
      .nodes()
      .filter(
        (key) =>
          Math.round(byDegree.nodes.get(key)!.size * 100) !==
          Math.round(uniform.nodes.get(key)!.size * 100),
      );
    expect(applyLookChanges(cy, uniform, byDegree)).toBe(differing.length);
    for (const key of graph.nodes())
      expect(cy.getElementById('n:' + key).data('size')).toBeCloseTo(
        byDegree.nodes.get(key)!.size,
        2,
      );
  });
});
