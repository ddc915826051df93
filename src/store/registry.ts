/**
 * The imported datasets, held OUTSIDE the reactive store: graphology graphs are large
 * and mutable, so the store keeps only plain ids and a version counter per dataset
 * (zustand docs, maps-and-sets-usage.md). Whoever reads a graph looks it up here with
 * the id from the store and memoises on (id, version).
 */
import type { Dataset } from '../model/index.ts';

export interface DatasetRegistry {
  get(id: string): Dataset | undefined;
  set(id: string, dataset: Dataset): void;
  delete(id: string): void;
  ids(): string[];
}

export function createDatasetRegistry(): DatasetRegistry {
  const datasets = new Map<string, Dataset>();
  return {
    get: (id) => datasets.get(id),
    set: (id, dataset) => void datasets.set(id, dataset),
    delete: (id) => void datasets.delete(id),
    ids: () => [...datasets.keys()],
  };
}
