// Text that PostgreSQL cannot store, refused at the edge with 400 TEXT_UNSTORABLE naming the field:
// a NUL character (text and jsonb refuse it, and the query fails with a 500) and a lone UTF-16
// surrogate, or percent-encoding that is no UTF-8 at all (neither has a UTF-8 form: the drivers
// would store U+FFFD or fail). Checked once for every route (defineRoute adds these middlewares), over
// the decoded path parameters and query, and over every string and key of a JSON body.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../shared/errors.ts';
import { formatPath } from '../shared/zod-issues.ts';
import type { AppEnv } from './context.ts';

/** NUL, a high surrogate with no low one after it, or a low surrogate with no high one before it. */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

function unstorable(field: string): AppError {
  return new AppError('TEXT_UNSTORABLE', { field }, { status: 400 });
}

function check(text: string, field: string): void {
  if (UNSTORABLE.test(text)) throw unstorable(field);
}

/** A percent-encoded URL part as text; malformed percent-encoding or UTF-8 is refused. */
function decoded(raw: string, field: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw unstorable(field);
  }
}

/** Every string and key of a parsed JSON value, named by its path ("villages[0].name"). */
function checkJson(value: unknown, path: (string | number)[]): void {
  if (typeof value === 'string') return check(value, formatPath(path));
  if (Array.isArray(value)) return value.forEach((item, i) => checkJson(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      check(key, formatPath([...path, key]));
      checkJson(item, [...path, key]);
    }
  }
}

/**
 * The path and query of a route whose OpenAPI path is `pathTemplate` (/api/puskesmas/{code}/…): a
 * path segment is named by its parameter, a query value by its key. Runs before the access check,
 * which looks the path's org unit up in the database.
 */
export function refuseUnstorableUrl(pathTemplate: string): MiddlewareHandler<AppEnv> {
  const names = pathTemplate.split('/').map((segment) => /^\{(.+)\}$/.exec(segment)?.[1] ?? 'path');
  return async (c, next) => {
    const url = new URL(c.req.url);
    url.pathname.split('/').forEach((segment, i) => {
      const field = names[i] ?? 'path';
      check(decoded(segment, field), field);
    });
    for (const pair of url.search.slice(1).split('&')) {
      if (pair === '') continue;
      const [rawKey = '', rawValue = ''] = pair.replace(/\+/g, ' ').split(/=(.*)/s);
      const key = decoded(rawKey, 'query');
      check(key, 'query');
      check(decoded(rawValue, key), key);
    }
    await next();
  };
}

/**
 * The JSON body, when the request has one (parsed once: Hono keeps the text for the validator). A
 * body that is not JSON is left to the validator, which answers it.
 */
export const refuseUnstorableBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const mediaType = c.req.header('content-type')?.split(';')[0]?.trim() ?? '';
  if (c.req.raw.body && JSON_MEDIA_TYPE.test(mediaType)) {
    const parsed: unknown = await c.req.json().catch(() => undefined);
    checkJson(parsed, []);
  }
  await next();
};
