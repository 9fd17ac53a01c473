import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/longest-first.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    // The longest files first (measured durations: a fresh clone has no cache of its own).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The unit files first, then the browser files: the two never share the machine's cores.
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // Database tests open real engines (PGlite, PostgreSQL); give them room on a 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time even on a 2-core machine (vitest's default is one fewer than the
          // cores): much of a file's time is spent waiting on PostgreSQL, a child pkp or a worker.
          maxWorkers: 2,
          // Files share their worker's process (and its loaded modules, the compiled PGlite among them)
          // instead of a fresh one each: measured on src/app and src/data, 166 s → 116 s and a third
          // less CPU. Every file opens its own databases and servers, so nothing it leaves open is
          // seen by the next; a test that changes process-wide state puts it back in its own hooks.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          // Browser tests: the real server (pkp serve --demo) and the system Chromium, on the built UI.
          include: ['e2e/**/*.test.ts'],
          // The demo district, loaded once into a template that each file copies, with a server over a
          // copy kept ready one file ahead; one Chromium, in which each session is a context of its own.
          globalSetup: ['e2e/harness/demo-template.ts', 'e2e/harness/browser-server.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Each file starts a server and a browser or two, and keeps a core busy: one file at a time.
          // (Two at a time, beside the unit files in one group, was measured: the browser files took as
          // long two by two as one by one, and every file around them slowed down.)
          fileParallelism: false,
          // One after another in one process, which keeps its loaded modules: a fresh process and its
          // imports cost each file seconds. Every file has its own server and browser contexts.
          isolate: false,
        },
      },
    ],
  },
});
