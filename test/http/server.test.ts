// The listening server: a graceful stop, and `pkp serve` end to end as a child process.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { storeRepositories, unitOfWork } from '../../src/data/adapters/repositories.ts';
import type { Store } from '../../src/data/db.ts';
import { createApp } from '../../src/http/app.ts';
import { setQuiet } from '../../src/http/log.ts';
import { startServer } from '../../src/http/server.ts';
import { loadConfig } from '../../src/config.ts';
import { REPO_ROOT } from '../cli/helpers.ts';
import { openMemoryStore } from '../db/pglite-template.ts';

describe('stopping the server', () => {
  let store: Store | undefined;
  afterAll(async () => {
    await store?.close();
  });

  it('lets a request in flight finish, and refuses new connections', async () => {
    setQuiet(true);
    store = await openMemoryStore();
    const app = createApp({
      store,
      repos: storeRepositories(store),
      uow: unitOfWork(store),
      clock: () => new Date(),
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inside = new Promise<void>((resolve) => (started = resolve));
    app.get('/slow', async (c) => {
      started();
      await released;
      return c.text('done');
    });
    const server = await startServer(app, { port: 0, host: '127.0.0.1', drainMs: 5_000 });
    const slow = fetch(`${server.url}/slow`);
    await inside;

    let stopped = false;
    const stopping = server.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();

    release();
    const res = await slow;
    expect(await res.text()).toBe('done');
    await stopping;
    expect(stopped).toBe(true);
  });
});

describe('pkp serve', () => {
  it('serves the API on the port it prints and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pkp-serve-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, PKP_DATA_DIR: dataDir, PKP_LANG: 'en' };
      delete env.DATABASE_URL;
      const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/pkp.js'), 'serve', '--port', '0'], {
        cwd: REPO_ROOT,
        env,
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${stdout}`)), 60_000);
        child.stdout.on('data', () => {
          const found = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        });
      });
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
      const page = await fetch(`${url}/some/screen`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const lines = stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg: string; path?: string; status?: number });
      expect(lines).toContainEqual(
        expect.objectContaining({ msg: 'request', path: '/api/health', status: 200 }),
      );
      expect(lines.at(-1)).toMatchObject({ msg: 'stopped' });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('pkp serve on a port that is taken', () => {
  it.each([
    [
      'en',
      /^Port (\d+) is already in use by another program\. .*PORT=\d+ npm start, or pkp serve --port \d+\.$/,
    ],
    ['id', /^Port (\d+) sudah dipakai program lain\. .*PORT=\d+ npm start, atau pkp serve --port \d+\.$/],
  ])(
    'says in one line (%s) which port is taken and how to choose another, and exits 1',
    async (lang, line) => {
      const taken = createNetServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const port = (taken.address() as AddressInfo).port;
      const dataDir = await mkdtemp(join(tmpdir(), 'pkp-serve-'));
      try {
        const env: NodeJS.ProcessEnv = { ...process.env, PKP_DATA_DIR: dataDir, PKP_LANG: lang };
        delete env.DATABASE_URL;
        const child = spawn(
          process.execPath,
          [join(REPO_ROOT, 'bin/pkp.js'), 'serve', '--port', String(port)],
          {
            cwd: REPO_ROOT,
            env,
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
        expect(code).toBe(1);
        expect(stdout).toBe('');
        const lines = stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(line);
        expect(lines[0]!.match(line)![1]).toBe(String(port));
        expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
      } finally {
        await new Promise((resolve) => taken.close(resolve));
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );
});

describe('serving the built UI', () => {
  let store: Store | undefined;
  let uiDir: string | undefined;
  afterAll(async () => {
    await store?.close();
    if (uiDir) await rm(uiDir, { recursive: true, force: true });
  });

  it('serves its files, index.html for the UI’s own paths, and JSON 404s under /api', async () => {
    setQuiet(true);
    store = await openMemoryStore();
    uiDir = await mkdtemp(join(tmpdir(), 'pkp-ui-'));
    await mkdir(join(uiDir, 'assets'));
    await writeFile(join(uiDir, 'index.html'), '<!doctype html><title>pkp ui</title>');
    await writeFile(join(uiDir, 'assets', 'app.js'), 'console.log(1)');
    const deps = { store, repos: storeRepositories(store), uow: unitOfWork(store), clock: () => new Date() };
    const app = createApp(deps, { uiDir });

    const index = await app.request('/');
    expect(await index.text()).toContain('pkp ui');
    // index.html names the current assets: checked again on every load, so an upgrade is seen at once.
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = await app.request('/assets/app.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toBe('console.log(1)');
    // Hashed names under /assets/ never change content: kept a year.
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const deep = await app.request('/puskesmas/P3318001/targets');
    expect(await deep.text()).toContain('pkp ui');
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    const gone = await app.request('/assets/an-old-chunk.js');
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('no-cache');
    const api = await app.request('/api/no-such-thing');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ code: 'NOT_FOUND' });

    // The build's compressed copies go to a browser that takes them, the file itself to one that does not.
    const script = 'export const big = ' + JSON.stringify('pkp '.repeat(2000)) + ';';
    await writeFile(join(uiDir, 'assets', 'big.js'), script);
    await writeFile(join(uiDir, 'assets', 'big.js.br'), brotliCompressSync(script));
    await writeFile(join(uiDir, 'assets', 'big.js.gz'), gzipSync(script));
    const br = await app.request('/assets/big.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(script);
    const gz = await app.request('/assets/big.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
    const plain = await app.request('/assets/big.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);

    const unbuilt = createApp(deps, { uiDir: join(uiDir, 'missing') });
    expect(await (await unbuilt.request('/')).text()).toContain('npm run build');
  });
});

describe('the server settings', () => {
  it('reads PORT and HOST, defaulting to 3000 on 127.0.0.1', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, HOST: '127.0.0.1' });
    expect(loadConfig({ PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({ PORT: 8080, HOST: '0.0.0.0' });
    expect(loadConfig({ PORT: '' })).toMatchObject({ PORT: 3000 });
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
  });
});
