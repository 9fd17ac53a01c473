// Starts a TypeScript script in another Node process and reads the line of JSON it reports first: the
// data directory lock tests hold or try a directory from outside the test's own process with it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface AnotherProcess<Report> {
  readonly pid: number;
  /** The first line the process printed, parsed. */
  readonly report: Report;
  /** Ends the process with SIGKILL, as a crash or `kill -9` would: nothing of it runs afterwards. */
  kill(): Promise<void>;
}

/**
 * Runs `script` with `args` until it reports. The process also ends by itself when the test's process
 * does: its standard input is a pipe from us, and the scripts stop when it closes.
 */
export async function startAnotherProcess<Report>(
  script: string,
  args: readonly string[],
): Promise<AnotherProcess<Report>> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'pipe' });
  const ended = new Promise<void>((done) => child.once('exit', () => done()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    createInterface({ input: child.stdout }).once('line', resolveLine);
    child.once('error', reject);
    // 'close' comes after the output has been read, so a line printed just before exiting is seen first.
    child.once('close', (code, signal) =>
      reject(new Error(`${script} ended (${code ?? signal}) without reporting:\n${stderr}`)),
    );
  });
  return {
    pid: child.pid!,
    report: JSON.parse(firstLine) as Report,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await ended;
    },
  };
}
