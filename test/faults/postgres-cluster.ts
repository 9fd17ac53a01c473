// PostgreSQL clusters of the test's own (not the machine's server on 5432), so that a test may stop,
// crash, restart and promote them: a primary, a hot standby streaming from it, and a TCP proxy that
// stands for the address the application is configured with (a virtual IP or a DNS name that an
// operator moves to the promoted standby). Debian's server binaries; as root, every command runs as
// the `postgres` user, since PostgreSQL refuses to run as root.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest installed PostgreSQL's bin directory (Debian: /usr/lib/postgresql/<major>/bin). */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0)
    throw new Error(`no PostgreSQL server binaries under ${root} (install postgresql)`);
  return join(root, majors[0]!, 'bin');
}

const asRoot = process.getuid?.() === 0;

async function pg(command: string, args: string[]): Promise<string> {
  const bin = join(binDir(), command);
  const { stdout } = asRoot
    ? await run('runuser', ['-u', 'postgres', '--', bin, ...args], { timeout: 120_000 })
    : await run(bin, args, { timeout: 120_000 });
  return stdout;
}

let nextPort = 25_432 + Math.floor(Math.random() * 2_000);

export interface Cluster {
  port: number;
  dir: string;
  url(database?: string): string;
  start(): Promise<void>;
  /** `fast`: a clean shutdown; `immediate`: a crash (recovery from the WAL at the next start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  /** A standby becomes a primary that takes writes. */
  promote(): Promise<void>;
  destroy(): Promise<void>;
}

async function ownedTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await chmod(dir, 0o700);
  return dir;
}

function cluster(home: string, dir: string, port: number): Cluster {
  const log = join(home, 'postgres.log');
  const self: Cluster = {
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await pg('pg_ctl', ['-D', dir, '-l', log, '-w', '-t', '60', 'start']);
    },
    async stop(mode) {
      await pg('pg_ctl', ['-D', dir, '-m', mode, '-w', '-t', '60', 'stop']);
    },
    async restart(mode) {
      await self.stop(mode);
      await self.start();
    },
    async promote() {
      await pg('pg_ctl', ['-D', dir, '-w', '-t', '60', 'promote']);
    },
    async destroy() {
      await self.stop('immediate').catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    },
  };
  return self;
}

async function configure(dir: string, port: number, settings: Record<string, string>): Promise<void> {
  const lines = Object.entries({
    port: String(port),
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${dir}'`,
    ...settings,
  }).map(([key, value]) => `${key} = ${value}`);
  await appendFile(join(dir, 'postgresql.conf'), `\n${lines.join('\n')}\n`);
}

/**
 * A primary (trust authentication on loopback, as the machine's own server). With `synchronousStandby`
 * a commit is acknowledged only once a standby has it on disk: what a deployment that must lose no
 * acknowledged save runs.
 */
export async function startPrimary(options: { synchronousStandby?: boolean } = {}): Promise<Cluster> {
  const home = await ownedTempDir('pkp-pg-primary-');
  const dir = join(home, 'data');
  const port = nextPort++;
  await pg('initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  await configure(dir, port, {
    wal_level: 'replica',
    max_wal_senders: '4',
    ...(options.synchronousStandby ? { synchronous_standby_names: "'*'" } : {}),
  });
  const primary = cluster(home, dir, port);
  await primary.start();
  return primary;
}

/** The client options that reach `cluster` over loopback as the superuser. */
const connection = (cluster: Cluster) => ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', 'postgres'];

/** A hot standby streaming from `primary` (a base backup, then `standby.signal`), read-only until promoted. */
export async function startStandby(primary: Cluster): Promise<Cluster> {
  const home = await ownedTempDir('pkp-pg-standby-');
  const dir = join(home, 'data');
  const port = nextPort++;
  await mkdir(dir, { mode: 0o700 }).catch(() => undefined);
  if (asRoot) await run('chown', ['postgres:postgres', dir]);
  await pg('pg_basebackup', [...connection(primary), '-D', dir, '-R', '-X', 'stream']);
  await configure(dir, port, { hot_standby: 'on', synchronous_standby_names: "''" });
  const standby = cluster(home, dir, port);
  await standby.start();
  return standby;
}

/** Waits until the primary reports a standby streaming synchronously. */
export async function waitForSynchronousStandby(primary: Cluster): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const sql = "select count(*) from pg_stat_replication where sync_state = 'sync'";
    const out = await pg('psql', [...connection(primary), '-Atc', sql]);
    if (out.trim() === '1') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the standby never became synchronous');
}

/** A TCP proxy on loopback: the database address the application knows, moved by `target`. */
export interface Proxy {
  port: number;
  url(database?: string): string;
  /** Sends new connections to `port`, and ends those open now (as a moved address would). */
  target(port: number): void;
  close(): Promise<void>;
}

export async function startProxy(targetPort: number): Promise<Proxy> {
  let target = targetPort;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${address.port}/${database}`,
    target(port) {
      target = port;
      for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
