/**
 * Build-time (Node) side of the offline deck: bundles the viewer (src/deck/viewer/main.ts,
 * plain TypeScript + DOM) into one minified IIFE with rolldown, the bundler Vite 8 itself
 * runs on, and serves it to the app as the virtual module `virtual:deck-viewer`
 * (`script`: the code, ready to sit inside a <script> element; `scriptHash`: its CSP
 * hash, so the deck's Content-Security-Policy allows that script and nothing else).
 *
 * The plugin works in `vite` dev, `vite build` and the browser tests' build, which all
 * read vite.config.ts. Vitest has its own config, so unit tests call bundleDeckViewer()
 * and the pure deckHtml() directly.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

export const DECK_VIEWER_MODULE = 'virtual:deck-viewer';
const RESOLVED_ID = '\0' + DECK_VIEWER_MODULE;

export const VIEWER_ENTRY = fileURLToPath(new URL('./viewer/main.ts', import.meta.url));

export interface DeckViewerBundle {
  /** Minified IIFE; any `</script` is written `<\/script` (same meaning in JS). */
  script: string;
  /** CSP source for the script: `'sha256-…'`. */
  scriptHash: string;
  /** Files the bundle was made from (watched in dev). */
  files: string[];
}

export async function bundleDeckViewer(entry = VIEWER_ENTRY): Promise<DeckViewerBundle> {
  const bundle = await rolldown({
    input: entry,
    platform: 'browser',
    logLevel: 'warn',
    transform: { target: 'es2020' },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    const chunk = output[0];
    const script = chunk.code.trim().replace(/<\/(script)/gi, '<\\/$1');
    const scriptHash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
    return { script, scriptHash, files: chunk.moduleIds.filter((id) => !id.startsWith('\0')) };
  } finally {
    await bundle.close();
  }
}

/** Vite plugin serving `virtual:deck-viewer` (named exports `script`, `scriptHash`). */
export function deckViewerPlugin(): Plugin {
  return {
    name: 'deck-viewer',
    // Hook filters: the bundler calls these for the one id only, not for every module.
    resolveId: {
      filter: { id: new RegExp(`^${DECK_VIEWER_MODULE}$`) },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: new RegExp(`^\0${DECK_VIEWER_MODULE}$`) },
      async handler() {
        const viewer = await bundleDeckViewer();
        for (const file of viewer.files) this.addWatchFile(file);
        return (
          `export const script = ${JSON.stringify(viewer.script)};\n` +
          `export const scriptHash = ${JSON.stringify(viewer.scriptHash)};\n`
        );
      },
    },
  };
}
