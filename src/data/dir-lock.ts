// A single-writer lock on a data directory. PGlite takes no lock of its own (the postmaster.pid it
// writes names a made-up PID, -42): a second process on the same directory runs happily, and one of
// them silently loses its writes or corrupts the directory. So the first process to open a directory
// holds a lock in it, and every other one is refused at once.
//
// The lock is a listening Unix domain socket, because it must vanish when its holder dies, however it
// dies (SIGKILL, power cut, container restart). A PID written in a file cannot tell that: after a
// container restart the new server is PID 1 again, as the dead one was, and any PID can be taken by an
// unrelated process. An advisory lock on a file (flock, fcntl) would, but Node has none in its core and
// the modules that add one build native code at install time. A socket is the kernel object Node does
// have: only a live process accepts a connection on it, so "does it accept?" answers "is the holder
// alive?" exactly. The socket is a file in the directory itself (not Linux's abstract namespace, which
// is per network namespace) so that it also guards a directory two containers share.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, unlink } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { AppError } from '../shared/errors.ts';

/**
 * Every holder's socket is named `pkp.lock.<pid>.<random>`, a name nobody uses twice. A dead one
 * therefore stays dead and anyone may delete it; with one shared name, two newcomers that both found
 * it stale could each delete the other's fresh socket and both go on.
 */
export const LOCK_NAME_PREFIX = 'pkp.lock.';
const LOCK_NAME = /^pkp\.lock\.(\d+)\.[0-9a-f]+$/;

/**
 * The longest socket address the kernel takes (sun_path, less its final NUL). Node does not check it:
 * a longer one is silently cut, and the socket lands somewhere else.
 */
const MAX_SOCKET_ADDRESS_BYTES = process.platform === 'linux' ? 107 : 103;

/** What a connection attempt answers for a socket nobody listens on, or a path that is no socket. */
const NOBODY_LISTENS = new Set(['ECONNREFUSED', 'ENOENT', 'ENOTSOCK']);

export interface DirLock {
  /** Our socket in the directory. */
  readonly path: string;
  /** Removes our socket and stops listening. Safe to call twice. */
  release(): Promise<void>;
}

/**
 * Takes the lock on `dataDir` (creating the directory), or throws DB_LOCKED naming the directory (as
 * an absolute path) and the holder's PID.
 *
 * A process first announces itself (its socket listens under its name) and only then looks for another
 * live holder. Of two processes starting together the one that looks last sees the other, so both can
 * never hold the lock; at worst both step back.
 */
export async function acquireDirLock(dataDir: string): Promise<DirLock> {
  const dir = resolve(dataDir);
  const token = randomBytes(4).toString('hex');
  const name = `${LOCK_NAME_PREFIX}${process.pid}.${token}`;
  socketAddress(dir, name); // fails early when too long; the draft's name is shorter
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  const server = await listenUnder(dir, name, `pkp.draft.${token}`);
  let releasing: Promise<void> | undefined;
  const lock: DirLock = {
    path,
    release: () => (releasing ??= unlinkIfPresent(path).finally(() => closeServer(server))),
  };
  try {
    const holder = await findOtherLiveHolder(dir, name);
    if (holder !== undefined) throw new AppError('DB_LOCKED', { dir, pid: holder }, { status: 409 });
  } catch (error) {
    await lock.release();
    throw error;
  }
  return lock;
}

/**
 * Listens on a draft name, then renames the socket to `name`. A socket that is bound but not yet
 * listening refuses connections; under its real name it would look dead for that instant, and another
 * process could delete it.
 */
async function listenUnder(dir: string, name: string, draftName: string): Promise<Server> {
  const server = createServer((connection) => connection.destroy());
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(socketAddress(dir, draftName), () => {
      server.off('error', fail);
      done();
    });
  });
  // A failed accept (no file descriptors left) is reported on the server; the socket still listens,
  // so the lock still holds, and an unhandled 'error' would end the process.
  server.on('error', () => {});
  // The lock never keeps a process alive by itself.
  server.unref();
  try {
    await rename(join(dir, draftName), join(dir, name));
  } catch (error) {
    await unlinkIfPresent(join(dir, draftName));
    await closeServer(server);
    throw error;
  }
  return server;
}

/** The PID named by another holder's socket that accepts a connection; dead holders' sockets are deleted. */
async function findOtherLiveHolder(dir: string, ours: string): Promise<number | undefined> {
  for (const entry of await readdir(dir)) {
    const match = LOCK_NAME.exec(entry);
    if (!match || entry === ours) continue;
    if (await acceptsConnection(socketAddress(dir, entry))) return Number(match[1]);
    await unlinkIfPresent(join(dir, entry));
  }
  return undefined;
}

function acceptsConnection(address: string): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect(address);
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    // Any other failure (no file descriptors left, no permission) might hide a live holder: refuse.
    socket.on('error', (error) => answer(!NOBODY_LISTENS.has(errorCode(error) ?? '')));
  });
}

/**
 * The shorter of the socket's absolute path and its path from the working directory, so that a deep
 * data directory under the working directory (the usual `./data`) still fits the kernel's limit.
 */
function socketAddress(dir: string, name: string): string {
  const absolute = join(dir, name);
  const fromHere = relative(process.cwd(), absolute);
  const address = Buffer.byteLength(fromHere) < Buffer.byteLength(absolute) ? fromHere : absolute;
  if (Buffer.byteLength(address) > MAX_SOCKET_ADDRESS_BYTES) {
    throw new AppError('DB_DIR_PATH_TOO_LONG', { dir, max: MAX_SOCKET_ADDRESS_BYTES - name.length - 1 });
  }
  return address;
}

async function unlinkIfPresent(path: string): Promise<void> {
  await unlink(path).catch((error: unknown) => {
    if (errorCode(error) !== 'ENOENT') throw error;
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => server.close(() => done()));
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}
