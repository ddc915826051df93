import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sampleDataPlugin } from './scripts/sampleDataPlugin.ts';
import { deckViewerPlugin } from './src/deck/viewerBundle.ts';

// The sample regions are served from sample-data/ by scripts/sampleDataPlugin.ts
// (dev and preview) and copied into dist/sample-data/ on build, so the app opens with
// real data everywhere. The offline deck's viewer is bundled on its own (a small IIFE,
// not the workbench) and reaches the app as `virtual:deck-viewer` (src/deck/viewerBundle.ts).
export default defineConfig({
  plugins: [react(), sampleDataPlugin(), deckViewerPlugin()],
  worker: { format: 'es' },
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
