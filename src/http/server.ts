// Listens: the app on a node:http server, with a graceful stop that never cuts a transaction short.
import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { AppError } from '../shared/errors.ts';
import type { PkpApp } from './app.ts';
import { log } from './log.ts';

export interface ServerOptions {
  port: number;
  host: string;
  /** How long a stop waits for requests in flight before it cuts their connections (default 10 s). */
  drainMs?: number;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  port: number;
  /**
   * Stops accepting, lets the requests in flight finish (at most `drainMs`), then cuts the connections
   * that remain and waits until no handler is still running — a handler's transaction always ends
   * (commits or rolls back) by itself, so after this the store can close. Idempotent.
   */
  stop(): Promise<void>;
}

export async function startServer(app: PkpApp, options: ServerOptions): Promise<RunningServer> {
  const drainMs = options.drainMs ?? 10_000;
  const inFlight = new Set<Promise<unknown>>();
  const server = createAdaptorServer({
    fetch: (request, env) => {
      const handled = Promise.resolve(app.fetch(request, env));
      const tracked = handled.catch(() => undefined).finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      return handled;
    },
  }) as Server;

  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) => reject(listenError(error, options.port));
    server.once('error', refused);
    server.listen(options.port, options.host, () => {
      server.off('error', refused);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const settled = () => Promise.allSettled([...inFlight]);
    const drained = await Promise.race([
      settled().then(() => true),
      new Promise<false>((resolve) => setTimeout(resolve, drainMs, false).unref()),
    ]);
    if (!drained) {
      log('warn', 'stopping: requests still running after the drain time; closing their connections', {
        requests: inFlight.size,
        drainMs,
      });
    }
    server.closeAllConnections();
    // Handlers whose client is gone still finish their database work before the store may close.
    while (inFlight.size > 0) await settled();
    await closed;
  };

  return { url: `http://${host}:${port}`, port, stop: () => (stopping ??= stop()) };
}

/**
 * Fails as `startServer` would when the port is taken, before the caller opens its store: a second
 * `npm start` then says so at once instead of after opening (or first creating) the database. Port 0
 * is always free. The port is released again at once; `startServer` still reports a port lost meanwhile.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, port)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * A port someone else holds is the one start-up failure a person meets often (a second `npm start`, a
 * dev server): one line that says which port and how to pick another, instead of a Node stack.
 */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code !== 'EADDRINUSE') return error;
  const suggestion = port === 0 || port >= 65_535 ? 3001 : port + 1;
  return new AppError('PORT_IN_USE', { port, suggestion }, { status: 500, cause: error });
}
