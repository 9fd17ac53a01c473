// Multipart bodies made by hand, so that a test controls what a browser never sends: a name that is a
// path, the file before the fields, a body cut short, or one far too large, pulled lazily.

export type Part =
  { name: string; value: string } | { name: string; filename: string; bytes: Uint8Array; type?: string };

export const BOUNDARY = '----pkp-test-boundary-7d1f';

const encoder = new TextEncoder();

function partHead(part: Part): string {
  if ('value' in part) return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`;
  return (
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
    `Content-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`
  );
}

/** The whole body of a form with these parts. */
export function multipartBody(parts: readonly Part[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    chunks.push(encoder.encode(partHead(part)));
    chunks.push('value' in part ? encoder.encode(part.value) : part.bytes);
    chunks.push(encoder.encode('\r\n'));
  }
  chunks.push(encoder.encode(`--${BOUNDARY}--\r\n`));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** The usual fields, then the file. */
export function evidenceForm(
  file: { filename: string; bytes: Uint8Array; type?: string },
  fields: { attachedTo: string; attachedKey: string; kind?: string },
): Part[] {
  return [
    { name: 'attachedTo', value: fields.attachedTo },
    { name: 'attachedKey', value: fields.attachedKey },
    ...(fields.kind ? [{ name: 'kind', value: fields.kind }] : []),
    { name: 'file', ...file },
  ];
}

/**
 * A body that is the fields and a file of `fileBytes` zero bytes, produced only as it is read, in
 * 64 KiB chunks: `pulled()` says how many bytes the reader took. No closing boundary when `cut`.
 */
export function lazyUpload(
  fields: { attachedTo: string; attachedKey: string },
  fileBytes: number,
  options: { cut?: boolean; filename?: string } = {},
): { body: ReadableStream<Uint8Array>; pulled(): number } {
  const head = encoder.encode(
    [
      partHead({ name: 'attachedTo', value: '' }) + fields.attachedTo + '\r\n',
      partHead({ name: 'attachedKey', value: '' }) + fields.attachedKey + '\r\n',
      partHead({ name: 'file', filename: options.filename ?? 'besar.pdf', bytes: new Uint8Array() }),
    ].join(''),
  );
  const pdfStart = encoder.encode('%PDF-1.4\n');
  const tail = encoder.encode(`\r\n--${BOUNDARY}--\r\n`);
  const CHUNK = 64 * 1024;
  let sent = 0;
  let pulled = 0;
  let stage: 'head' | 'file' | 'tail' | 'done' = 'head';
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 'head') {
        stage = 'file';
        pulled += head.length;
        return controller.enqueue(head);
      }
      if (stage === 'file') {
        const n = Math.min(CHUNK, fileBytes - sent);
        if (n <= 0) {
          stage = 'tail';
        } else {
          const chunk = new Uint8Array(n);
          if (sent === 0) chunk.set(pdfStart.subarray(0, Math.min(n, pdfStart.length)));
          sent += n;
          pulled += n;
          return controller.enqueue(chunk);
        }
      }
      if (stage === 'tail') {
        stage = 'done';
        if (options.cut) return controller.close();
        pulled += tail.length;
        controller.enqueue(tail);
        return controller.close();
      }
    },
  });
  return { body, pulled: () => pulled };
}
