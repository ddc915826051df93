/**
 * The Cytoscape instance GraphCanvas created, for the few things that need the drawing
 * itself (image export, the positions to save, deleting the selected nodes). GraphCanvas
 * sets it on mount and clears it on unmount; nothing else creates or mutates it here.
 */
import type { Core } from 'cytoscape';

let current: Core | null = null;
const listeners = new Set<(cy: Core | null) => void>();

export function setCy(cy: Core | null): void {
  current = cy;
  for (const listener of listeners) listener(cy);
}

/** Calls `listener` with the instance now and whenever it changes; returns the unsubscribe. */
export function onCy(listener: (cy: Core | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => void listeners.delete(listener);
}

export function getCy(): Core | null {
  return current;
}

/** The drawn node positions by graph key (element ids are `n:<key>`, data.key the key). */
export function drawnPositions(cy: Core | null = current): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy?.nodes().forEach((node) => {
    const key = node.data('key') as unknown;
    const { x, y } = node.position();
    if (typeof key === 'string') positions.set(key, { x, y });
  });
  return positions;
}

/** Graph keys of the nodes selected on the canvas. */
export function selectedNodeKeys(cy: Core | null = current): string[] {
  const keys: string[] = [];
  cy?.nodes(':selected').forEach((node) => {
    const key = node.data('key') as unknown;
    if (typeof key === 'string') keys.push(key);
  });
  return keys;
}
