// A scoring worker's body: scores the Puskesmas-years it is sent with the one engine (app/recompute's
// `scoreAll`), off the main thread, and answers with their results in the same order.
import { parentPort } from 'node:worker_threads';
import type { ScoringInputs, StoredResult } from '../app/ports.ts';
import { scoreAll } from '../app/recompute.ts';

export interface ScoringRequest {
  id: number;
  inputs: ScoringInputs[];
  now: Date;
}

export type ScoringReply = { id: number; results: StoredResult[] } | { id: number; error: string };

parentPort?.on('message', (request: ScoringRequest) => {
  scoreAll(request.inputs, request.now).then(
    (results) => parentPort!.postMessage({ id: request.id, results } satisfies ScoringReply),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ScoringReply),
  );
});
