import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The sample regions are served from sample-data/ (see public/ and the dev plugin
// in scripts/sampleDataPlugin.ts), so `npm run dev` opens with real data.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
