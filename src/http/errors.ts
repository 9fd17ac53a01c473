// The one place where errors become responses: { code, message, params } for an AppError,
// { code: 'VALIDATION', issues } for bad input, and a logged 500 with no internals for anything else.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { databaseTrouble, databaseTroubleError } from '../data/database-trouble.ts';
import { AppError } from '../shared/errors.ts';
import type { Locale } from '../shared/messages/index.ts';
import { describeIssues, type FieldIssue } from '../shared/zod-issues.ts';
import type { z } from 'zod';
import { loggableError } from './loggable-error.ts';
import { log } from './log.ts';

/** The user's language: the `pkp_lang` cookie, else Accept-Language, else Bahasa Indonesia. */
export function localeOf(c: Context): Locale {
  const cookie = c.req.header('cookie')?.match(/(?:^|;\s*)pkp_lang=(id|en)/)?.[1];
  if (cookie === 'id' || cookie === 'en') return cookie;
  return /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'id';
}

export function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof AppError) {
    return c.json(
      { code: error.code, message: error.localized(localeOf(c)), params: error.params },
      error.status as ContentfulStatusCode,
    );
  }
  // Hono's own 4xx (a body that is not JSON, a malformed request) is the client's mistake, not ours.
  if (error instanceof HTTPException && error.status < 500) {
    const message =
      localeOf(c) === 'en' ? 'The request could not be read.' : 'Permintaan tidak dapat dibaca.';
    return c.json({ code: 'BAD_REQUEST', message, detail: error.message }, error.status);
  }
  // The database full or away: nothing was done, and the user may try again (not our bug: a warning).
  const trouble = databaseTrouble(error);
  if (trouble) {
    log('warn', `database ${trouble}`, {
      requestId: c.get('requestId'),
      path: c.req.path,
      error: loggableError(error),
    });
    return errorResponse(c, databaseTroubleError(trouble, error));
  }
  log('error', 'unhandled error', {
    requestId: c.get('requestId'),
    path: c.req.path,
    // A summary that never carries a query's parameters (a password hash once reached the log).
    error: loggableError(error),
  });
  const message =
    localeOf(c) === 'en' ? 'Something went wrong on the server.' : 'Terjadi kesalahan pada server.';
  // The id finds this line in the log when someone reports the failure.
  return c.json({ code: 'INTERNAL', message, requestId: c.get('requestId') }, 500);
}

export function validationResponse(c: Context, error: z.ZodError, input: unknown): Response {
  const issues: FieldIssue[] = describeIssues(error.issues, input);
  const message = localeOf(c) === 'en' ? 'Some fields are not valid.' : 'Ada isian yang tidak valid.';
  return c.json({ code: 'VALIDATION', message, issues }, 400);
}
