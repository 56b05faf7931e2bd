import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'lib/', 'node_modules/', '.tools/', 'coverage/', '.bench-out/', '.docs-out/', 'src/dashboard/page.generated.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The dashboard page's script runs in the browser (bundled by scripts/build-page.mjs).
    files: ['src/dashboard/page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', 'module', 'global', '__dirname', '__filename', 'setImmediate'].map((name) => ({ name, message: 'The dashboard page runs in the browser.' }))],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'The dashboard page runs in the browser.' }] }],
    },
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
