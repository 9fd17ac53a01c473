// Scoring on all cores: a pool of worker threads, each given an equal run of the Puskesmas-years of a
// batch (a district); their results come back in the batch's order. The engine is the same one the
// server scores a save with — a worker only runs it elsewhere.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchScorer } from '../app/recompute.ts';
import type { ScoringInputs, StoredResult } from '../app/ports.ts';
import type { ScoringReply, ScoringRequest } from './scoring-worker.ts';

export interface ScoringPool {
  score: BatchScorer;
  readonly size: number;
  close(): Promise<void>;
}

/** `size` workers (default: one per core), started at once and kept until `close`. */
export function createScoringPool(size = availableParallelism()): ScoringPool {
  const workers = Array.from(
    { length: Math.max(1, size) },
    () => new Worker(new URL('./scoring-worker-entry.mjs', import.meta.url)),
  );
  let next = 1;
  const pending = new Map<number, { resolve(results: StoredResult[]): void; reject(error: Error): void }>();
  for (const worker of workers) {
    worker.on('message', (reply: ScoringReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.results);
    });
    const fail = (error: Error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`scoring worker stopped (exit ${code})`)));
  }

  const run = (worker: Worker, inputs: ScoringInputs[], now: Date) =>
    new Promise<StoredResult[]>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, inputs, now } satisfies ScoringRequest);
    });

  const score: BatchScorer = async (inputs, now) => {
    const per = Math.ceil(inputs.length / workers.length);
    const parts = workers
      .map((worker, i) => ({ worker, part: inputs.slice(i * per, (i + 1) * per) }))
      .filter(({ part }) => part.length > 0);
    const results = await Promise.all(parts.map(({ worker, part }) => run(worker, part, now)));
    return results.flat();
  };

  return {
    score,
    size: workers.length,
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
