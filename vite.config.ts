import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sampleDataPlugin } from './scripts/sampleDataPlugin.ts';

// The sample regions are served from sample-data/ by scripts/sampleDataPlugin.ts
// (dev and preview) and copied into dist/sample-data/ on build, so the app opens with
// real data everywhere.
export default defineConfig({
  plugins: [react(), sampleDataPlugin()],
  worker: { format: 'es' },
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
