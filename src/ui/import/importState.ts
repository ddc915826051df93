/**
 * State of the file import the user started (not the sample load): running with its
 * progress, finished with a report to show, or failed with the fatal message. A small
 * store of its own, because only the import panels read it.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ImportReport } from '../../model/index.ts';
import type { TableMapping, TablePreview } from '../../io/index.ts';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; files: string[]; fraction: number; step: string; cancel: () => void }
  /**
   * Some tables' names say nothing of what they are: the import step asks (MappingDialog),
   * and `confirm` runs the import again with the user's mappings, keyed by preview key.
   */
  | {
      kind: 'mapping';
      files: string[];
      previews: TablePreview[];
      confirm: (mappings: ReadonlyMap<string, TableMapping>) => void;
    }
  /** Loaded (possibly with problems): the report of the dataset that was added. */
  | { kind: 'report'; datasetName: string; report: ImportReport }
  /**
   * Nothing was loaded; the workspace is unchanged. `retry` is a way to import anyway
   * that the failure allows (its label a catalogue key), e.g. large projects as stars.
   */
  | {
      kind: 'failed';
      files: string[];
      error: string;
      report: ImportReport;
      cancelled: boolean;
      retry?: { label: string; run: () => void };
    };

export const importState = createStore<{ phase: ImportPhase }>()(() => ({
  phase: { kind: 'idle' },
}));

export function setImportPhase(phase: ImportPhase): void {
  importState.setState({ phase });
}

export function useImportPhase(): ImportPhase {
  return useStore(importState, (state) => state.phase);
}
