// Reading one file upload (multipart/form-data) as a stream: the form's text fields first, then the
// file, whose bytes go straight to whoever consumes them — never gathered in memory. The JSON body
// limit (body-limit.ts) does not apply here; the file has its own limit, counted as it streams in.
import busboy from 'busboy';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AppError } from '../shared/errors.ts';

/** Room for the form's fields and part headers around the file, in a Content-Length check. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

export interface UploadedFile {
  /** The name the client sent, as sent (with any path in it: the caller refuses such a name). */
  filename: string;
  stream: Readable;
}

function formInvalid(reason: string): AppError {
  return new AppError('EVIDENCE_FORM_INVALID', { reason }, { status: 400 });
}

/**
 * Reads a multipart/form-data request: text fields, then exactly one file, in the form field `file`.
 * The fields must come before the file, so that `onFile` can refuse an upload (role, status, target)
 * before reading a byte of it; `onFile` reads the file's stream to its end, or throws.
 *
 * Refused before anything is read: a request that is no multipart form, and one whose Content-Length
 * already exceeds `maxFileBytes` plus the form's overhead (413). A request that ends before its form
 * does (the client went away) fails with EVIDENCE_UPLOAD_INCOMPLETE.
 */
export async function receiveUpload<T>(
  request: Request,
  options: {
    maxFileBytes: number;
    tooLarge: () => AppError;
    onFile(fields: Readonly<Record<string, string>>, file: UploadedFile): Promise<T>;
    /** Undoes what `onFile` kept when the request fails after it (a second file, a broken form). */
    abandon?(result: T): Promise<void>;
  },
): Promise<T> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) {
    throw formInvalid('kirim sebagai multipart/form-data dengan berkas pada isian "file"');
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > options.maxFileBytes + FORM_OVERHEAD_BYTES) throw options.tooLarge();

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      // The name as sent, path and all: a name that is a path is refused, not quietly shortened.
      preservePath: true,
      limits: {
        files: 1,
        fields: 10,
        fieldSize: 1024,
        parts: 12,
        headerPairs: 20,
        // One byte past the limit, so that the consumer sees the file is too large and says so.
        fileSize: options.maxFileBytes + 1,
      },
    });
  } catch (error) {
    throw formInvalid(error instanceof Error ? error.message : 'Content-Type');
  }
  const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);

  return new Promise<T>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let fileWork: Promise<T> | null = null;
    let file: Readable | null = null;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      // Stop reading the request: what the client still sends is left unread (the response closes
      // the connection), never parsed or stored.
      source.unpipe(parser);
      source.pause();
      // Ends the consumer's read of the file, so that it cleans up; the answer waits for that.
      file?.destroy();
      const pending = fileWork ?? Promise.resolve(undefined);
      pending.then(
        async (result) => {
          if (result !== undefined) await options.abandon?.(result as T);
          reject(error);
        },
        () => reject(error),
      );
    };
    const incomplete = (error: unknown) =>
      new AppError(
        'EVIDENCE_UPLOAD_INCOMPLETE',
        { reason: error instanceof Error ? error.message : String(error) },
        { status: 400, cause: error },
      );

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated)
        return fail(formInvalid(`isian "${name}" terlalu panjang`));
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || fileWork) {
        stream.resume();
        return fail(formInvalid('kirim satu berkas saja, pada isian "file"'));
      }
      file = stream;
      // Its consumer hears of a failure through its own read (destroyed: premature close).
      stream.on('error', () => {});
      // Past the limit by a byte: refused at once, before the parser reads further.
      stream.on('limit', () => fail(options.tooLarge()));
      fileWork = options.onFile({ ...fields }, { filename: info.filename ?? '', stream });
      fileWork.catch(fail);
    });
    parser.on('filesLimit', () => fail(formInvalid('kirim satu berkas saja, pada isian "file"')));
    parser.on('fieldsLimit', () => fail(formInvalid('terlalu banyak isian')));
    parser.on('partsLimit', () => fail(formInvalid('terlalu banyak bagian')));
    parser.on('error', (error) => fail(incomplete(error)));
    parser.on('close', () => {
      if (!fileWork) return fail(formInvalid('tidak ada berkas pada isian "file"'));
      fileWork.then((result) => {
        if (settled) return options.abandon?.(result);
        settled = true;
        resolve(result);
      }, fail);
    });
    source.on('error', (error) => fail(incomplete(error)));
    source.pipe(parser);
  });
}

/** A received file's bytes, counted as they come: past `maxBytes` it is refused with `tooLarge`. */
export async function readUploadedBytes(
  stream: Readable,
  maxBytes: number,
  tooLarge: () => AppError,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A route's body of one file and an optional reason, for the API's description only: a zod schema
 * there would make the validator buffer the whole form before the handler counts it.
 */
export const FILE_WITH_REASON_BODY = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['file'],
        properties: {
          reason: { type: 'string' as const, maxLength: 500 },
          file: { type: 'string' as const, format: 'binary' },
        },
      },
    },
  },
};

/** A form of one file and an optional reason: the file read whole, refused past `maxBytes`. */
export async function receiveFileWithReason(
  request: Request,
  maxBytes: number,
  tooLarge: () => AppError,
): Promise<{ bytes: Buffer; reason: string }> {
  return receiveUpload(request, {
    maxFileBytes: maxBytes,
    tooLarge,
    async onFile(raw, file) {
      const reason = typeof raw.reason === 'string' ? raw.reason.trim().slice(0, 500) : '';
      return { reason, bytes: await readUploadedBytes(file.stream, maxBytes, tooLarge) };
    },
  });
}
