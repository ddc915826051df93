import { defineConfig } from 'vitest/config';
import { deckViewerPlugin } from './src/deck/viewerBundle.ts';

export default defineConfig({
  // `virtual:deck-viewer` (the offline deck's bundled viewer) resolves in unit tests too.
  plugins: [deckViewerPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
});
