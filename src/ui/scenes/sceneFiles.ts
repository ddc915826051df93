/**
 * File names of scene exports: `01-<title>.png` (the scene's place in the deck, two
 * digits, then its title reduced to letters and digits of any script, so Japanese titles
 * stay readable), and `<region>-scenes.zip` / `<region>-deck.html` for all scenes.
 */
import { slug } from '../../io/datasetGraph.ts';

export function sceneFileName(index: number, title: string, ext: string): string {
  return `${String(index + 1).padStart(2, '0')}-${slug(title)}.${ext}`;
}

/** `<region>-<what>.<ext>`, after the region's name (or "workspace" without one). */
export function allScenesFileName(regionName: string | undefined, what: string, ext: string) {
  return `${slug(regionName ?? 'workspace')}-${what}.${ext}`;
}
