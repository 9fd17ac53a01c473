// Runs the real `pkp` CLI — its entry in this process, or bin/pkp.js as a child process — each run with
// its own temporary PGlite data directory.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { main } from '../../src/cli/main.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO_ROOT, 'bin', 'pkp.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** PKP_DATA_DIR for the child; required so that no test ever touches ./data. */
  dataDir: string;
  /** Extra environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

/** The child's environment: ours, without DATABASE_URL or PKP_LANG (so the defaults apply), plus `extra`. */
function childEnv(dataDir: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PKP_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.PKP_LANG;
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** `node bin/pkp.js ...args` started, not awaited: for a test that kills it (`child.kill('SIGKILL')`). */
export function spawnPkp(args: string[], options: CliOptions): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env: childEnv(options.dataDir, options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Always read the child's log: on Linux a write to a pipe blocks the writer, so a server that logs
  // more than a pipe holds (an outage logs every failed request) would stop dead, even to SIGTERM.
  let tail = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-STDERR_TAIL);
  });
  stderrTails.set(child, () => tail);
  return child;
}

const STDERR_TAIL = 16 * 1024;
const stderrTails = new WeakMap<ChildProcess, () => string>();

/** The last lines a child started by spawnPkp wrote to stderr (for a failing test's message). */
export function stderrTail(child: ChildProcess): string {
  return stderrTails.get(child)?.() ?? '';
}

/**
 * Stops a child started by spawnPkp as an operator would (SIGTERM) and waits for it to exit. One that
 * has not exited after `ms` is killed, and the test hears it: a server must stop when told to.
 */
export async function stopPkp(child: ChildProcess, ms = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const stopped = await Promise.race([
    exited.then(() => true),
    new Promise<false>((resolve) => setTimeout(resolve, ms, false)),
  ]);
  if (stopped) return;
  child.kill('SIGKILL');
  await exited;
  throw new Error(`pkp did not stop within ${ms} ms of SIGTERM; its last log:\n${stderrTail(child)}`);
}

/** The address a started `pkp serve` (spawnPkp) prints once it listens; rejects if it exits first. */
export function listeningUrl(server: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let seen = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(seen);
      if (found) resolve(found[0]);
    });
    server.once('exit', (code) =>
      reject(new Error(`pkp serve exited with ${code}: ${seen}${stderrTail(server)}`)),
    );
  });
}

/**
 * `pkp ...args` run in this process through the CLI's own entry (`main`, what bin/pkp.js calls), with
 * the child environment a process would get; resolves with the exit code and both streams. A process
 * costs seconds apiece (the TypeScript loader, the imports, PGlite's start) and a CLI test runs dozens:
 * the binary itself is run as a process by `runPkpProcess` (help-and-usage) and `spawnPkp`.
 * An error `main` lets through ends the command as the process would: exit 1, the stack on stderr.
 */
export async function runPkp(args: string[], options: CliOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (text: string) => (stdout += `${text}\n`),
    err: (text: string) => (stderr += `${text}\n`),
  };
  try {
    const code = await main(args, io, childEnv(options.dataDir, options.env));
    return { code, stdout, stderr };
  } catch (error) {
    return { code: 1, stdout, stderr: `${stderr}${error instanceof Error ? error.stack : String(error)}\n` };
  } finally {
    // main sets zod's language for its messages; the next test file in this worker expects zod's own.
    z.config(z.locales.en());
  }
}

/** `node bin/pkp.js ...args`, cwd the repository root, as a process of its own. */
export function runPkpProcess(args: string[], options: CliOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: REPO_ROOT,
        env: childEnv(options.dataDir, options.env),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeoutMs ?? 60_000,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          // Not an exit code: the child could not start, or was killed (timeout, signal).
          reject(new Error(`pkp ${args.join(' ')} failed: ${error.message}\n${stderr}`, { cause: error }));
          return;
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Parses a command's stdout as JSON, with the output in the message when it is not. */
export function parseJson<T = unknown>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(
      `stdout is not JSON (exit ${result.code}):\n${result.stdout.slice(0, 2000)}\n${result.stderr}`,
    );
  }
}

/** A fresh directory under the OS temp dir; the data directory goes in `data/` below it. */
export async function makeTempDir(prefix = 'pkp-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Writes a scenario (an object, serialised, or raw text) into `dir` and returns its path. */
export async function writeScenario(dir: string, name: string, content: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2), 'utf8');
  return file;
}
