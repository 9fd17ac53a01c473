// Starts the real server (`pkp serve --demo`) on a free port over a fresh copy of the demo district's
// data directory, and stops it. It builds nothing: `npm test` runs `npm run build` first, and the server
// serves dist/ui. A file that takes the demo as it is gets its server from the run's pool
// (server-pool.ts), which started it while the file before ran.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LOCK_NAME_PREFIX } from '../../src/data/dir-lock.ts';

const execFileAsync = promisify(execFile);

export const ROOT = new URL('../..', import.meta.url).pathname;
const PKP = join(ROOT, 'bin', 'pkp.js');

/** How much of the server's output the message of a failed start shows (its end). */
const OUTPUT_KEPT = 64 * 1024;
const START_TIMEOUT_MS = 120_000;

export interface RunningPkp {
  url: string;
  stop(): Promise<void>;
}

/** Runs a `pkp` command to the end (e.g. `score --json`) against a data directory. */
export function runPkp(
  args: string[],
  dataDir: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PKP, ...args], {
      cwd: ROOT,
      env: { ...process.env, PKP_DATA_DIR: dataDir, PKP_LANG: 'id' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export async function freshDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'pkp-e2e-'));
}

/**
 * A fresh data directory holding the demo district as `pkp demo` leaves it: a copy of the template the
 * global setup loaded (demo-template.ts), for a test that changes the data before the server starts.
 */
export async function demoDataDir(): Promise<string> {
  // Vitest is imported only inside a test run: a benchmark that brings its own directory runs without it.
  return copyOfDemo((await import('vitest')).inject('demoTemplate'));
}

/** A fresh copy of the demo template at `template`. */
export async function copyOfDemo(template: string): Promise<string> {
  const dir = await freshDataDir();
  // The template's lock (a socket) is never copied: the copy is a directory nobody holds. cp(1), not
  // fs.cp: a third of the time for the template's ~1 100 files (0,2 against 0,65 s).
  const entries = (await readdir(template)).filter((name) => !name.startsWith(LOCK_NAME_PREFIX));
  await execFileAsync('cp', ['-R', '-t', dir, ...entries.map((name) => join(template, name))]);
  return dir;
}

/**
 * `pkp serve --demo --port 0` over `dataDir`, else over a fresh copy of the demo from the run's pool:
 * resolves with its address once it listens. The demo district and one account per role exist by then.
 */
export async function startPkp(
  options: {
    dataDir?: string;
    /** Leave the data directory when stopped. */ keep?: boolean;
  } = {},
): Promise<RunningPkp> {
  return options.dataDir === undefined ? takeFromPool() : launchPkp({ ...options, dataDir: options.dataDir });
}

/** A server the pool started over a fresh copy of the demo; stopping it goes through the pool too. */
async function takeFromPool(): Promise<RunningPkp> {
  const pool = (await import('vitest')).inject('serverPool');
  const taken = await fetch(`${pool}/take`, { method: 'POST' });
  if (!taken.ok) throw new Error(`the server pool could not start pkp serve:\n${await taken.text()}`);
  const { id, url } = (await taken.json()) as { id: string; url: string };
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= fetch(`${pool}/stop?id=${id}`, { method: 'POST' }).then(async (answer) => {
      if (!answer.ok) throw new Error(`the server pool could not stop ${url}: ${await answer.text()}`);
    }));
  return { url, stop };
}

/** `pkp serve --demo --port 0` over `dataDir`, started now. */
export async function launchPkp(options: {
  dataDir: string;
  /** Leave the data directory when stopped. */ keep?: boolean;
}): Promise<RunningPkp> {
  // PKP_UI_DIR (inherited by the server) lets a developer test a build of their own beside dist/ui.
  const uiDir = process.env.PKP_UI_DIR ?? join(ROOT, 'dist', 'ui');
  if (!existsSync(join(uiDir, 'index.html'))) {
    throw new Error(`${uiDir} is missing: run \`npm run build\` first (npm test does).`);
  }
  const { dataDir } = options;
  const child: ChildProcess = spawn(process.execPath, [PKP, 'serve', '--demo', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, PKP_DATA_DIR: dataDir, PKP_LANG: 'id', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // What the server prints until it listens, for the message if it does not; after that its log (a line
  // a request) is read and let go.
  let out = '';
  let listening = false;
  const append = (d: Buffer) => {
    if (!listening) out = (out + d.toString()).slice(-OUTPUT_KEPT);
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pkp serve did not start within ${START_TIMEOUT_MS} ms:\n${out}`)),
      START_TIMEOUT_MS,
    );
    const onData = (d: Buffer) => {
      append(d);
      if (listening) return;
      const match = /(?:berjalan di|running at) (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        listening = true;
        out = '';
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', append);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pkp serve exited (${code}) before listening:\n${out}`));
    });
  });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timeout = new Promise<'timeout'>((resolve) =>
          setTimeout(() => resolve('timeout'), 15_000).unref(),
        );
        if ((await Promise.race([exited, timeout])) === 'timeout') {
          child.kill('SIGKILL');
          await exited;
        }
      }
      if (!options.keep) await rm(dataDir, { recursive: true, force: true });
    })());
  return { url, stop };
}
