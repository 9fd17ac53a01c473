// The render worker's body: lays out the documents it is sent (PDF or DOCX), off the server's event
// loop. Laying out a 50-page report takes about a second of CPU; on the main thread that second
// would hold up every save and every progress poll of every user.
import { parentPort } from 'node:worker_threads';
import type { ReportDocument } from '../shared/report-document.ts';
import { renderInThread, type ReportFormat } from './report-files.ts';

export interface RenderRequest {
  id: number;
  doc: ReportDocument;
  format: ReportFormat;
}

export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (request: RenderRequest) => {
  renderInThread(request.doc, request.format).then(
    (bytes) => {
      const copy = new Uint8Array(bytes);
      parentPort!.postMessage({ id: request.id, bytes: copy } satisfies RenderReply, [copy.buffer]);
    },
    (error: unknown) => {
      parentPort!.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies RenderReply);
    },
  );
});
