// One render worker, started on first use, fed one document at a time: the machine a district runs
// pkp on has two cores, and one of them stays free for the server. A worker that dies is replaced
// on the next document; the documents it held fail with the reason.
import { Worker } from 'node:worker_threads';
import type { ReportDocument } from '../shared/report-document.ts';
import type { Renderer, ReportFormat } from './report-files.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

interface Pending {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
}

export class RenderPool {
  #worker: Worker | undefined;
  #pending = new Map<number, Pending>();
  #next = 1;

  readonly render: Renderer = (doc: ReportDocument, format: ReportFormat) =>
    new Promise<Buffer>((resolve, reject) => {
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject });
      const worker = this.#workerOf();
      // Held while it has work (so the process waits for it), let go when idle (so it never keeps
      // a finished CLI command or test run alive).
      worker.ref();
      worker.postMessage({ id, doc, format } satisfies RenderRequest);
    });

  #workerOf(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./render-worker-entry.mjs', import.meta.url));
    worker.on('message', (reply: RenderReply) => {
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) worker.unref();
      if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    });
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = undefined;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`render worker stopped (exit ${code})`)));
    this.#worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
  }
}
