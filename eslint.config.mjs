// Layering is checked, not remembered (as Excalidraw does with no-restricted-imports):
// model, io, graph and metrics run the same in Node, in workers and in tests, so they
// must never import React, zustand or Cytoscape, nor the UI layers above them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UI_PACKAGES = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'cytoscape',
  'cytoscape-*',
];
const UPPER_LAYERS = ['**/store/**', '**/view/**', '**/ui/**', '**/workers/**', '**/cli/**'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'sample-data',
      'tests/fixtures',
      'tests/reference',
      'bench-out',
      '.tmp',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/model/**', 'src/io/**', 'src/graph/**', 'src/metrics/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_PACKAGES,
              message:
                'model/io/graph/metrics stay free of React, zustand and Cytoscape so they run in Node and workers.',
            },
            {
              group: UPPER_LAYERS,
              message:
                'Layers point one way: model → io/graph → metrics; never up into store/view/ui/workers/cli.',
            },
          ],
        },
      ],
    },
  },
  {
    // The offline deck's viewer is bundled alone into every deck file: it may import only
    // its own folder and the deck's data types/look/packing, never a package or the workbench.
    files: ['src/deck/viewer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.\\/|\\.\\.\\/(types|presentLook|pack)\\.ts$)',
              message:
                'The deck viewer stays a small standalone bundle: import only ./… and ../types.ts, ../presentLook.ts or ../pack.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts', 'src/view/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
