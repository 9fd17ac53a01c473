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
    server.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(`:${port}`)) resolve();
    });
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
