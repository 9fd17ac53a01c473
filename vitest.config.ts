import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // Database tests open real engines (PGlite, PostgreSQL); give them room on a 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time even on a 2-core machine (vitest's default is one fewer than the
          // cores): much of a file's time is spent waiting on PostgreSQL, a child pkp or a worker.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Browser tests: the real server (pkp serve --demo) and the system Chromium, on the built UI.
          include: ['e2e/**/*.test.ts'],
          // The demo district, loaded once into a template that each file copies.
          globalSetup: ['e2e/harness/demo-template.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Each file starts a server and a browser or two: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
