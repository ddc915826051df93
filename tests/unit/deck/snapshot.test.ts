/**
 * snapshotScene against a headless Cytoscape styled by the workbench's own stylesheet
 * (src/view/stylesheet.ts) with the look's data fields set as useLookOnCanvas sets them:
 * the scene must carry what that stylesheet resolves (colours, diameters, shapes, edge
 * widths and opacities), the emphasis classes as flags, and the viewport box.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { snapshotScene } from '../../../src/deck/snapshot.ts';
import { PRESENT_SECTOR_COLOURS } from '../../../src/view/presentStyle.ts';
import { buildStylesheet } from '../../../src/view/stylesheet.ts';

function canvas() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: buildStylesheet({ colourBy: 'sector', sizeBy: 'degree' }, {
      maxDegree: 2,
      minWeight: 1,
      maxWeight: 3,
    } as never),
    elements: [
      {
        data: {
          id: 'n:u1',
          key: 'u1',
          label: 'Hokkaido University',
          kind: 'organization',
          sector: 'academia',
          degree: 2,
        },
        position: { x: 0, y: 0 },
      },
      {
        data: {
          id: 'n:c1',
          key: 'c1',
          label: '<img src=x onerror=alert(1)>',
          kind: 'organization',
          sector: 'industry',
          degree: 1,
        },
        position: { x: 100, y: 50 },
      },
      {
        data: {
          id: 'n:p1',
          key: 'p1',
          label: '佐藤 花子',
          kind: 'person',
          sector: 'academia',
          degree: 1,
        },
        position: { x: -80, y: 40 },
      },
      {
        data: {
          id: 'n:h1',
          key: 'h1',
          label: 'Hidden',
          kind: 'organization',
          sector: 'government',
          degree: 0,
        },
        position: { x: 500, y: 500 },
      },
      { data: { id: 'e:1', key: '1', source: 'n:u1', target: 'n:c1', weight: 3 } },
      { data: { id: 'e:2', key: '2', source: 'n:u1', target: 'n:p1', weight: 1 } },
      { data: { id: 'e:3', key: '3', source: 'n:c1', target: 'n:h1', weight: 1 } },
    ],
  });
  return cy;
}

describe('snapshotScene', () => {
  it('keeps visible nodes with the colours, sizes and shapes the stylesheet resolves', () => {
    const cy = canvas();
    cy.getElementById('n:h1').style('display', 'none');
    // As useLookOnCanvas does: look colour and size on u1, top-N label on u1.
    cy.getElementById('n:u1').data({ colour: '#123456', size: 30 }).addClass('labelled');
    cy.getElementById('e:1').data({ edgeWidth: 4, edgeColour: '#1B9E77' });
    const scene = snapshotScene(cy, { title: 'Sapporo', caption: 'The hub', legend: null });
    expect(scene.title).toBe('Sapporo');
    expect(scene.caption).toBe('The hub');
    expect(scene.nodes.map((n) => n.key)).toEqual(['u1', 'c1', 'p1']);
    const [u1, c1, p1] = scene.nodes;
    expect(u1).toMatchObject({
      label: 'Hokkaido University',
      x: 0,
      y: 0,
      size: 30,
      shape: 'round-rectangle',
      labelled: true,
      dimmed: false,
    });
    // #123456, the look's colour field: not the sector's colour, so kept as drawn.
    expect(u1.colour).toBe('rgb(18,52,86)');
    // No look fields on c1: the sector rule (Okabe–Ito orange #E69F00, drawn as
    // rgb(230,159,0)) becomes present mode's industry colour; the degree mapping
    // mapData(degree, 0, 2, 8, 36) gives 8 + (1/2)·28 = 22.
    expect(c1).toMatchObject({
      label: '<img src=x onerror=alert(1)>',
      x: 100,
      y: 50,
      size: 22,
      shape: 'round-rectangle',
      labelled: false,
    });
    expect(c1.colour).toBe(PRESENT_SECTOR_COLOURS.industry);
    expect(p1.shape).toBe('ellipse');
    expect(p1.colour).toBe(PRESENT_SECTOR_COLOURS.academia); // drawn #0072B2
    // The edge to the hidden node is left out; indices point into `nodes`.
    expect(scene.edges).toHaveLength(2);
    const [e1, e2] = scene.edges;
    expect(e1).toMatchObject({
      source: 0,
      target: 1,
      width: 4,
      opacity: 0.85, // present mode's opacity of typed ties
      colour: 'rgb(27,158,119)', // the look's type colour, kept
    });
    // Plain tie: width mapData(weight, 1, 3, 1, 6) at weight 1 → 1, present mode's grey.
    expect(e2).toMatchObject({
      source: 0,
      target: 2,
      width: 1,
      opacity: 0.5,
      colour: '#8da2bb',
    });
  });

  it('flags labels of the picked, selected and on-path nodes and dims outside an ego network', () => {
    const cy = canvas();
    cy.getElementById('n:u1').addClass('picked');
    cy.getElementById('n:c1').select();
    cy.getElementById('n:p1').addClass('dimmed labelled');
    cy.getElementById('n:h1').addClass('on-path');
    cy.getElementById('e:3').addClass('on-path');
    cy.getElementById('e:2').addClass('dimmed');
    const scene = snapshotScene(cy, { title: '', caption: '', legend: null });
    const flags = Object.fromEntries(scene.nodes.map((n) => [n.key, [n.labelled, n.dimmed]]));
    expect(flags).toEqual({
      u1: [true, false],
      c1: [true, false],
      p1: [false, true], // dimmed: the stylesheet hides its label
      h1: [true, false],
    });
    const path = scene.edges.find((e) => e.source === 1 && e.target === 3);
    expect(path).toMatchObject({ colour: '#ff5c5c', opacity: 1 }); // present mode's path red
    expect(scene.edges.find((e) => e.target === 2)).toMatchObject({ opacity: 0.06 }); // dimmed
  });

  it('saves the model-space box on screen as the viewport', () => {
    const cy = canvas();
    const extent = cy.extent();
    const scene = snapshotScene(cy, { title: '', caption: '', legend: null });
    expect(scene.viewport.x).toBeCloseTo(extent.x1, 2);
    expect(scene.viewport.y).toBeCloseTo(extent.y1, 2);
    expect(scene.viewport.width).toBeCloseTo(extent.w, 2);
    expect(scene.viewport.height).toBeCloseTo(extent.h, 2);
    cy.zoom(2);
    cy.pan({ x: 10, y: 20 });
    const zoomed = snapshotScene(cy, { title: '', caption: '', legend: null });
    expect(zoomed.viewport.x).toBeCloseTo(-5, 2); // model x at screen 0: (0 − 10) / 2
    expect(zoomed.viewport.y).toBeCloseTo(-10, 2);
  });
});
