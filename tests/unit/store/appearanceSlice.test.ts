import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/store/index.ts';
import { DEFAULT_LAYOUT, DEFAULT_LOOK, nextLook } from '../../../src/store/appearanceSlice.ts';
import type { MetricsComputer } from '../../../src/store/metricsSlice.ts';

const idleMetrics: MetricsComputer = {
  computeMetrics: () => new Promise(() => undefined),
  cached: () => undefined,
};

const store = () => createWorkbench(undefined, idleMetrics).store;

describe('appearance slice', () => {
  it('clamps sizes and label counts', () => {
    const look = nextLook(DEFAULT_LOOK, { sizeMin: -4, sizeMax: 1, labelCount: 3.6 });
    expect(look.sizeMin).toBe(2);
    expect(look.sizeMax).toBe(2);
    expect(look.labelCount).toBe(4);
    expect(nextLook(DEFAULT_LOOK, { sizeMin: Number.NaN }).sizeMin).toBe(DEFAULT_LOOK.sizeMin);
  });

  it('a change that changes nothing records nothing', () => {
    const st = store();
    st.getState().setLook({ sizeScale: DEFAULT_LOOK.sizeScale });
    expect(st.getState().look).toBe(DEFAULT_LOOK);
    expect(st.getState().history.past).toHaveLength(0);
  });

  it('colour, size, look and layout changes are undone one by one', () => {
    const st = store();
    st.getState().setColourBy('community');
    st.getState().setSizeBy('closeness');
    st.getState().setLook({ sizeScale: 'log', edgeColour: 'type' });
    st.getState().setLayout({ name: 'concentric', metric: 'betweenness' });
    expect(st.getState().layout).toMatchObject({ name: 'concentric', metric: 'betweenness' });
    st.getState().undo();
    expect(st.getState().layout.name).toBe(DEFAULT_LAYOUT.name);
    st.getState().undo();
    expect(st.getState().look).toBe(DEFAULT_LOOK);
    st.getState().undo();
    expect(st.getState().sizeBy).toBe('betweenness');
    st.getState().undo();
    expect(st.getState().colourBy).toBe('sector');
    st.getState().redo();
    expect(st.getState().colourBy).toBe('community');
  });

  it('running the same layout again is a new request; layout progress is not undoable', () => {
    const st = store();
    const before = st.getState().layout.run;
    st.getState().rerunLayout();
    expect(st.getState().layout.run).toBe(before + 1);
    const pastLength = st.getState().history.past.length;
    st.getState().reportLayout({ status: 'running', fraction: 0.5, step: 'ForceAtlas2' });
    expect(st.getState().history.past.length).toBe(pastLength);
  });
});
