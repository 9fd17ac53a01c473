// `pkp serve --demo` in a child process for the benches that measure over HTTP: started on a random
// port of loopback, awaited until it listens, stopped with SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServeChild {
  server: ChildProcess;
  /** http://127.0.0.1:<port> */
  base: string;
  /** Settles once the server prints its address; rejects if it exits first. */
  listening: Promise<void>;
  stop(): Promise<void>;
}

export function spawnServe(env: NodeJS.ProcessEnv): ServeChild {
  const port = 3800 + Math.floor(Math.random() * 190);
  // PKP_BENCH_PROF=DIR: the server writes a V8 CPU profile there when it stops (where a save's time goes).
  const profile = process.env.PKP_BENCH_PROF;
  const server = spawn(
    process.execPath,
    [
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      'bin/pkp.js',
      'serve',
      '--demo',
      '--port',
      String(port),
    ],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const listening = new Promise<void>((resolve, reject) => {
    let seen = '';
    const untilListening = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!seen.includes(`:${port}`)) return;
      // From here on its log (a line a request) is read and dropped at once: a pipe left to fill
      // makes the server's next write wait (stdout to a pipe is synchronous), and a string grown and
      // searched on every chunk would slow the bench that reads it.
      server.stdout!.off('data', untilListening).on('data', () => {});
      seen = '';
      resolve();
    };
    server.stdout!.on('data', untilListening);
    server.on('exit', (code) => reject(new Error(`pkp serve exited with ${code}`)));
  });
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    listening,
    async stop() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}
