/** The Vite plugin's module (src/deck/viewerBundle.ts): the offline viewer, bundled. */
declare module 'virtual:deck-viewer' {
  /** Minified IIFE of src/deck/viewer/main.ts. */
  export const script: string;
  /** Its Content-Security-Policy source, `'sha256-…'`. */
  export const scriptHash: string;
}
