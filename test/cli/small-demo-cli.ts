// The CLI over the small demo on each back end: a describe block per back end whose store holds the
// three demo Puskesmas (loaded in-process before the CLI opens the same database), and `pkp` run on it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDb, type OpenDbOptions, type Store } from '../../src/data/db.ts';
import { selectedBackends } from '../db/backends.ts';
import { createTestDatabase, type TestDatabase } from '../db/postgres-databases.ts';
import { loadSmallDemo } from '../db/small-demo.ts';
import type { ChildProcess } from 'node:child_process';
import { makeTempDir, removeDir, runPkp, spawnPkp, type CliResult } from './helpers.ts';

export interface SmallDemoCli {
  /** `pkp …args` against this block's store. */
  pkp(...args: string[]): Promise<CliResult>;
  /** `pkp …args` with extra environment (PKP_LANG: 'en'). */
  pkpWithEnv(env: Record<string, string>, ...args: string[]): Promise<CliResult>;
  /** A temporary directory of this block's, for files. */
  dir(): string;
  /** Opens this block's store in-process, as the CLI would; the caller closes it (PGlite: before the next `pkp`). */
  open(): Promise<Store>;
  /** `pkp …args` started and not awaited, for a test that kills it. */
  spawn(...args: string[]): ChildProcess;
}

export function describeCliOnSmallDemo(
  name: string,
  body: (cli: SmallDemoCli) => void,
  { timeout = 150_000 }: { timeout?: number } = {},
): void {
  for (const kind of selectedBackends()) {
    // A test here runs `pkp` several times, each a process of its own (seconds apiece on a busy CI).
    describe(`${name} [${kind}]`, { timeout }, () => {
      let tmp: string;
      let database: TestDatabase | undefined;
      let target: OpenDbOptions;
      beforeAll(async () => {
        tmp = await makeTempDir('pkp-cli-demo-');
        if (kind === 'postgres') database = await createTestDatabase();
        target = database ? { databaseUrl: database.url } : { dataDir: join(tmp, 'data') };
        const store = await openDb(target);
        try {
          await loadSmallDemo(store);
        } finally {
          await store.close();
        }
      });
      afterAll(async () => {
        await database?.drop();
        await removeDir(tmp);
      });
      body({
        pkp: (...args) => runPkp(args, { dataDir: join(tmp, 'data'), env: { DATABASE_URL: database?.url } }),
        pkpWithEnv: (env, ...args) =>
          runPkp(args, { dataDir: join(tmp, 'data'), env: { ...env, DATABASE_URL: database?.url } }),
        dir: () => tmp,
        open: () => openDb(target),
        spawn: (...args) =>
          spawnPkp(args, { dataDir: join(tmp, 'data'), env: { DATABASE_URL: database?.url } }),
      });
    });
  }
}
