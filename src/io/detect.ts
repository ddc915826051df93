/**
 * Which format a set of picked files is, from the file names alone (case-insensitive,
 * folders ignored):
 *  - cluster dataset: organizations.csv, with optional people.csv, collaborations.csv,
 *    memberships.csv;
 *  - generic graph: nodes.csv and/or edges.csv;
 *  - one .gexf file, or one .graphml file.
 * Other files picked alongside a recognised set are ignored with a warning; mixing two
 * sets, or picking none, is fatal with a message listing the expected names.
 */
import { because, type Reason } from './reasons.ts';

export type FileRole =
  'organizations' | 'people' | 'collaborations' | 'memberships' | 'nodes' | 'edges';

export const CLUSTER_FILE_NAMES: Record<string, FileRole> = {
  'organizations.csv': 'organizations',
  'people.csv': 'people',
  'collaborations.csv': 'collaborations',
  'memberships.csv': 'memberships',
};
export const GENERIC_FILE_NAMES: Record<string, FileRole> = {
  'nodes.csv': 'nodes',
  'edges.csv': 'edges',
};

export type Detection<F> =
  | { format: 'cluster' | 'generic'; files: Map<FileRole, F>; ignored: F[] }
  | { format: 'gexf' | 'graphml'; file: F; ignored: F[] }
  | { format: null; reason: Reason };

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1];
}

export function folderName(path: string): string | null {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts.length >= 2 ? parts[parts.length - 2] : null;
}

export function detectFormat<F extends { name: string }>(files: readonly F[]): Detection<F> {
  const cluster = new Map<FileRole, F>();
  const generic = new Map<FileRole, F>();
  const xml: F[] = [];
  const others: F[] = [];
  for (const file of files) {
    const base = baseName(file.name).toLowerCase();
    const clusterRole = Object.hasOwn(CLUSTER_FILE_NAMES, base)
      ? CLUSTER_FILE_NAMES[base]
      : undefined;
    const genericRole = Object.hasOwn(GENERIC_FILE_NAMES, base)
      ? GENERIC_FILE_NAMES[base]
      : undefined;
    const role = clusterRole ?? genericRole;
    if (role !== undefined) {
      const set = clusterRole ? cluster : generic;
      const previous = set.get(role);
      if (previous)
        return {
          format: null,
          reason: because('sameNameTwice', { name: base, first: previous.name, second: file.name }),
        };
      set.set(role, file);
    } else if (base.endsWith('.gexf') || base.endsWith('.graphml')) xml.push(file);
    else others.push(file);
  }
  const setsPicked =
    (cluster.size > 0 ? 1 : 0) + (generic.size > 0 ? 1 : 0) + (xml.length > 0 ? 1 : 0);
  const names = files.map((f) => f.name).join(', ');
  if (setsPicked === 0) {
    return {
      format: null,
      reason: files.length === 0 ? because('noFilesPicked') : because('noFileSet', { names }),
    };
  }
  if (setsPicked > 1 || xml.length > 1) {
    return {
      format: null,
      reason: because('mixedDatasets', { names }),
    };
  }
  if (xml.length === 1) {
    const file = xml[0];
    return {
      format: baseName(file.name).toLowerCase().endsWith('.gexf') ? 'gexf' : 'graphml',
      file,
      ignored: others,
    };
  }
  if (cluster.size > 0) {
    if (!cluster.has('organizations')) {
      const picked = [...cluster.values()].map((f) => baseName(f.name)).join(', ');
      return {
        format: null,
        reason: because('needsOrganizations', { picked }),
      };
    }
    return { format: 'cluster', files: cluster, ignored: others };
  }
  return { format: 'generic', files: generic, ignored: others };
}
