// Runs the real `pkp` CLI (bin/pkp.js) as a child process, with its own temporary PGlite data directory.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** `node bin/pkp.js ...args`, cwd the repository root; resolves with the exit code and both streams. */
export function runPkp(args: string[], options: CliOptions): Promise<CliResult> {
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
