// The largest request body the API reads: 1 MB. The largest real one is a screen's worth of monthly
// values (a few kB); without a limit an anonymous sign-in body of 100 MB was read in full, and a few
// of them in parallel took the server's memory from 190 to 847 MB.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../shared/errors.ts';
import type { AppEnv } from './context.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Answers 413 BODY_TOO_LARGE before the body is buffered: a Content-Length above the limit is refused
 * without reading a byte (the server then discards what the client still sends), and a chunked body
 * is counted as it arrives and refused as soon as it passes the limit.
 */
const jsonBodyLimit: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new AppError('BODY_TOO_LARGE', { limit: '1 MB' }, { status: 413 });
  },
});

/**
 * The evidence upload (POST /api/puskesmas/{code}/years/{year}/evidence) is the one body allowed past
 * 1 MB: it is parsed as a stream and its file counted against PKP_UPLOAD_MAX_MB as it arrives
 * (multipart-upload.ts). Hono's bodyLimit would wrap the body in a counting stream of its own, and
 * answer a chunked upload past 1 MB with 413.
 */
const UPLOAD_PATH = /^\/api\/puskesmas\/[^/]+\/years\/[^/]+\/evidence$/;
/** A district's import file (DHIS2 JSON, ADX), streamed the same way and counted against its own limit. */
const IMPORT_PATH = /^\/api\/districts\/[^/]+\/years\/[^/]+\/import$/;

export const apiBodyLimit: MiddlewareHandler<AppEnv> = (c, next) =>
  c.req.method === 'POST' && (UPLOAD_PATH.test(c.req.path) || IMPORT_PATH.test(c.req.path))
    ? next()
    : jsonBodyLimit(c, next);
