/** Loads the sample regions once when the app starts (imports run in the import worker). */
import { useEffect } from 'react';
import { loadSampleRegions } from '../store/sampleLoader.ts';
import { importInWorker } from '../workers/importClient.ts';
import { workbench } from './workbench.ts';

export const SAMPLE_DATA_URL = `${import.meta.env.BASE_URL}sample-data/`;

export function useSampleRegions(): void {
  useEffect(() => {
    const aborter = new AbortController();
    void loadSampleRegions(workbench, {
      baseUrl: SAMPLE_DATA_URL,
      fetch: (url, init) => fetch(url, init),
      importFiles: (files, options) => importInWorker(files, options),
      signal: aborter.signal,
    });
    return () => aborter.abort();
  }, []);
}
