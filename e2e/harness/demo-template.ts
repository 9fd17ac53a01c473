// Vitest global setup of the browser tests: loads the demo district once (`pkp demo`) into a template
// data directory, which every test file copies (`demoDataDir`) instead of loading it again — the same
// data and the demo accounts, minus a demo load per file — and starts the pool that keeps a server over
// such a copy ready (server-pool.ts). Both end with the run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServerPool } from './server-pool.ts';
import { launchPkp, runPkp } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The data directory holding the loaded demo district, never opened by a test itself. */
    demoTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'pkp-e2e-template-'));
  const demo = await runPkp(['demo'], dir);
  if (demo.code !== 0) throw new Error(`pkp demo failed:\n${demo.stdout}\n${demo.stderr}`);
  // One `pkp serve --demo` makes the demo accounts (an argon2 hash and 15 rows), so that no file's
  // server makes them again.
  const once = await launchPkp({ dataDir: dir, keep: true });
  await once.stop();
  project.provide('demoTemplate', dir);
  const pool = await startServerPool(dir);
  project.provide('serverPool', pool.url);
  return async () => {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  };
}
