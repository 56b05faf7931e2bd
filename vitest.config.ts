import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // The dashboard server imports the page built from src/dashboard/page/ (gitignored module).
          globalSetup: ['scripts/build-page.mjs'],
          include: ['__tests__/**/*.test.ts'],
          exclude: ['__tests__/**/*.itg.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // Real Docker daemon, real git, real Chromium: slower, and files share one 2-core machine.
        test: {
          name: 'itg',
          globalSetup: ['scripts/build-page.mjs'],
          include: ['__tests__/**/*.itg.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
