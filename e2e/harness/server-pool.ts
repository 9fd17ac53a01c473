// The browser files' servers, started one file ahead: the run's main process keeps a `pkp serve --demo`
// over a fresh copy of the demo ready, hands it to the next file that asks (startPkp() without a
// directory) and starts the one after at once, so a file no longer waits ~3 s for its server while
// the machine has room beside the file before it. The servers are this process' children: whatever a
// file leaves running is stopped when the run ends. Files reach the pool over loopback HTTP
// (POST /take, POST /stop?id=…), the one way a test process can ask the main process for something.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyOfDemo, launchPkp, type RunningPkp } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server pool answers (http://127.0.0.1:port). */
    serverPool: string;
  }
}

export interface ServerPool {
  url: string;
  close(): Promise<void>;
}

export async function startServerPool(template: string): Promise<ServerPool> {
  const taken = new Map<string, RunningPkp>();
  const launchSpare = () => {
    const starting = copyOfDemo(template).then((dataDir) => launchPkp({ dataDir }));
    // A failed start is the taker's to report: it is handed over as it is.
    starting.catch(() => {});
    return starting;
  };
  // The first file's server starts now, while the run gets to it.
  let spare: Promise<RunningPkp> | undefined = launchSpare();

  const take = async (): Promise<{ id: string; url: string }> => {
    const ready = spare ?? launchSpare();
    spare = launchSpare();
    const pkp = await ready;
    const id = randomUUID();
    taken.set(id, pkp);
    return { id, url: pkp.url };
  };
  const stop = async (id: string): Promise<void> => {
    const pkp = taken.get(id);
    if (!pkp) throw new Error(`no server ${id} in the pool`);
    taken.delete(id);
    await pkp.stop();
  };

  const answer = (res: ServerResponse, status: number, body: string) =>
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://pool');
    try {
      if (req.method === 'POST' && url.pathname === '/take')
        return answer(res, 200, JSON.stringify(await take()));
      if (req.method === 'POST' && url.pathname === '/stop') {
        await stop(url.searchParams.get('id') ?? '');
        return answer(res, 200, 'stopped');
      }
      answer(res, 404, `${req.method} ${url.pathname}: not a pool request`);
    } catch (error) {
      answer(res, 500, error instanceof Error ? error.message : String(error));
    }
  };
  const http = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      const left = [...taken.values()];
      taken.clear();
      const lastSpare = spare;
      spare = undefined;
      await Promise.allSettled([...left.map((pkp) => pkp.stop()), lastSpare?.then((pkp) => pkp.stop())]);
    },
  };
}
