// The API reads at most 1 MB of a request body, and refuses a larger one before buffering it.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeRepositories, unitOfWork } from '../../src/data/adapters/repositories.ts';
import type { Store } from '../../src/data/db.ts';
import { createApp, type PkpApp } from '../../src/http/app.ts';
import { MAX_BODY_BYTES } from '../../src/http/body-limit.ts';
import { setQuiet } from '../../src/http/log.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { openMemoryStore } from '../db/pglite-template.ts';

interface ErrorBody {
  code: string;
  message: string;
}

/**
 * Sends the head of a POST to /api/auth/login and `first` bytes of its body, then nothing more: the
 * answer can only come if the server decided without the rest.
 */
function answerBeforeTheBodyEnds(
  url: string,
  headers: Record<string, string | number>,
  first: Buffer,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/api/auth/login`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close the connection once it has answered; the answer is what counts.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    req.write(first);
  });
}

describe('the request body limit', () => {
  let store: Store;
  let app: PkpApp;
  let server: RunningServer;
  beforeAll(async () => {
    setQuiet(true);
    store = await openMemoryStore();
    app = createApp({
      store,
      repos: storeRepositories(store),
      uow: unitOfWork(store),
      clock: () => new Date(),
    });
    server = await startServer(app, { port: 0, host: '127.0.0.1', drainMs: 1_000 });
  });
  afterAll(async () => {
    await server?.stop();
    await store?.close();
  });

  it('refuses a JSON body over 1 MB with 413 BODY_TOO_LARGE, in the user’s language', async () => {
    const body = JSON.stringify({ username: 'a', password: 'x'.repeat(MAX_BODY_BYTES) });
    const post = (headers: Record<string, string> = {}) =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const res = await post();
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      code: 'BODY_TOO_LARGE',
      message: 'Isi permintaan terlalu besar (paling banyak 1 MB).',
      params: { limit: '1 MB' },
    });
    const english = (await (await post({ 'accept-language': 'en' })).json()) as ErrorBody;
    expect(english.message).toBe('The request body is too large (at most 1 MB).');
  });

  it('reads a body under the limit as usual', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'a', password: 'x'.repeat(MAX_BODY_BYTES - 100) }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).code).toBe('VALIDATION');
  });

  it('answers an announced 100 MB body at once, without reading it', { timeout: 10_000 }, async () => {
    const res = await answerBeforeTheBodyEnds(
      server.url,
      { 'content-length': 100 * 1024 * 1024 },
      Buffer.from('{"username":"a","password":"'),
    );
    expect(res.status).toBe(413);
    expect((JSON.parse(res.body) as ErrorBody).code).toBe('BODY_TOO_LARGE');
  });

  it('stops reading a chunked body as soon as it passes 1 MB', { timeout: 10_000 }, async () => {
    const res = await answerBeforeTheBodyEnds(
      server.url,
      { 'transfer-encoding': 'chunked' },
      Buffer.alloc(MAX_BODY_BYTES + 64 * 1024, 'x'),
    );
    expect(res.status).toBe(413);
    expect((JSON.parse(res.body) as ErrorBody).code).toBe('BODY_TOO_LARGE');
  });
});
