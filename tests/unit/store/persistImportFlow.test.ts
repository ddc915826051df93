/**
 * The file-import flow of the UI (src/ui/import/runImport.ts) against a real workbench
 * and the real importer: what gets added, what stays untouched.
 */
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportOptions, type InputFile } from '../../../src/io/index.ts';
import { createWorkbench } from '../../../src/store/index.ts';
import { serializeWorkspace } from '../../../src/store/workspaceFile.ts';
import { importState } from '../../../src/ui/import/importState.ts';
import { importUserFiles } from '../../../src/ui/import/runImport.ts';
import { tinyClusterDataset } from './datasetFactory.ts';

const file = (name: string, text: string) => new File([text], name);
const NODES = file('nodes.csv', 'id,label\na,A\nb,B\n');
const EDGES = file('edges.csv', 'source,target\na,b\na,zz\n');
const direct = (files: InputFile[], options: ImportOptions) => importFiles(files, options);

function workbenchWithSample() {
  const workbench = createWorkbench();
  workbench.store.getState().addDataset('sample', tinyClusterDataset(), { name: 'Sample' });
  return workbench;
}

describe('importing the files the user picked', () => {
  it('adds a dataset with problems under a free id, shows it and opens its report', async () => {
    const workbench = workbenchWithSample();
    await importUserFiles(workbench, [NODES, EDGES], direct);
    const s = workbench.store.getState();
    expect(s.datasetIds).toEqual(['sample', 'file-nodes']);
    expect(s.regionId).toBe('file-nodes');
    expect(s.userDatasetIds).toEqual(['file-nodes']);
    const phase = importState.getState().phase;
    expect(phase.kind).toBe('report');
    if (phase.kind === 'report')
      expect(phase.report.problems.some((p) => p.file === 'edges.csv')).toBe(true);
    // The same files again get an id and a name of their own.
    await importUserFiles(workbench, [NODES, EDGES], direct);
    const again = workbench.store.getState();
    expect(again.datasetIds).toEqual(['sample', 'file-nodes', 'file-nodes-2']);
    expect(again.datasets['file-nodes-2'].name).not.toBe(again.datasets['file-nodes'].name);
  });

  it('leaves the workspace untouched on a fatal file and says why', async () => {
    const workbench = workbenchWithSample();
    const before = workbench.store.getState();
    await importUserFiles(
      workbench,
      [file('broken.graphml', '<graphml><graph><node id="a"></graph>')],
      direct,
    );
    expect(workbench.store.getState()).toBe(before);
    const phase = importState.getState().phase;
    expect(phase.kind).toBe('failed');
    if (phase.kind === 'failed') {
      expect(phase.error).toMatch(/broken\.graphml/);
      expect(phase.cancelled).toBe(false);
    }
  });

  it('leaves the workspace untouched when the user cancels', async () => {
    const workbench = workbenchWithSample();
    const before = workbench.store.getState();
    await importUserFiles(workbench, [NODES, EDGES], (files, options) => {
      const phase = importState.getState().phase;
      if (phase.kind === 'running') phase.cancel(); // the Cancel button
      return importFiles(files, options);
    });
    expect(workbench.store.getState()).toBe(before);
    const phase = importState.getState().phase;
    expect(phase.kind === 'failed' && phase.cancelled).toBe(true);
  });

  it('turns a runner that throws into a message, not a crash', async () => {
    const workbench = workbenchWithSample();
    await importUserFiles(workbench, [NODES], () => Promise.reject(new Error('worker died')));
    const phase = importState.getState().phase;
    expect(phase.kind === 'failed' && phase.error).toMatch(/worker died/);
  });

  it('opens a workspace file, and refuses a bad one without changes', async () => {
    const source = createWorkbench();
    source.store.getState().addDataset('file-mine', tinyClusterDataset(), { name: 'Mine' });
    source.store.getState().markUserDataset('file-mine');
    source.store.getState().setLevel('people');
    const text = JSON.stringify(serializeWorkspace(source.store.getState(), source.registry));

    const workbench = workbenchWithSample();
    const before = workbench.store.getState();
    await importUserFiles(
      workbench,
      [file('old.json', '{"format":"cluster-network-workbench/workspace","version":0}')],
      direct,
    );
    expect(workbench.store.getState()).toBe(before);
    const phase = importState.getState().phase;
    expect(phase.kind === 'failed' && phase.error).toMatch(/old format/);

    await importUserFiles(workbench, [file('saved.json', text)], direct);
    const s = workbench.store.getState();
    expect(s.datasetIds).toEqual(['sample', 'file-mine']);
    expect(s.regionId).toBe('file-mine');
    expect(s.level).toBe('people');
    expect(importState.getState().phase.kind).toBe('idle');
  });
});
