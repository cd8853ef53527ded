// Lint, including the layering rules of DESIGN.md:
// - renderer imports only shared/ and itself (no Node, no Electron, no core);
// - electron/core never imports electron (it must run in the station host and tests).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'worker_threads', 'stream', 'url', 'util', 'events', 'zlib', 'dgram', 'tls',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the core only through the transport (shared/api).' },
            { name: 'better-sqlite3-multiple-ciphers', message: 'The renderer never touches the database.' },
            { name: 'ws', message: 'Use the browser WebSocket in the transport.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'Renderer code cannot use Node modules.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'Renderer code cannot use Node modules.' },
            { group: ['**/electron/**', '**/electron'], message: 'Renderer imports only shared/ and renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ must run in the browser and in Node.' }, { name: 'better-sqlite3-multiple-ciphers', message: 'shared/ holds pure code.' }],
          patterns: [
            { group: ['node:*'], message: 'shared/ must run in the browser too.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing else in the project.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/core must never import electron: it runs in the station host and in tests.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'The core does not import the renderer.' },
            { group: ['**/electron/main/**', '**/electron/preload/**', '../main/*', '../preload/*'], message: 'The core does not import the Electron shell.' },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ does not import the renderer.' }] }],
    },
  },
);
