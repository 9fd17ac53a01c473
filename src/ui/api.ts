// The API client: same-origin fetch with the session cookie, the CSRF header on every change, typed
// answers checked by the shared zod schemas, a 409 returned as a value, and errors in the user's words.
import type { z } from 'zod';
import { CSRF_HEADER } from '../shared/api/auth.schema.ts';
import type { FieldIssue } from '../shared/zod-issues.ts';

/** An answer other than success. `message` is already in the user's language (the server reads pkp_lang). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly issues: FieldIssue[];

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { params?: Record<string, unknown>; issues?: FieldIssue[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.params = extra.params ?? {};
    this.issues = extra.issues ?? [];
  }
}

/** Codes the client makes itself; the UI words them (the server words every other code). */
export const CLIENT_ERRORS = { network: 'NETWORK', badResponse: 'BAD_RESPONSE' } as const;

let csrfToken: string | null = null;
let sessionEnded: (() => void) | null = null;

/** The token of the current session (from sign-in or "who am I"); null after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request that had a session answers 401: the session expired or was revoked. */
export function onSessionEnded(handler: (() => void) | null): void {
  sessionEnded = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, CLIENT_ERRORS.network, 'network');
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorOf(response: Response, body: unknown): ApiError {
  const b = (body ?? {}) as { code?: unknown; message?: unknown; params?: unknown; issues?: unknown };
  const code = typeof b.code === 'string' ? b.code : `HTTP_${response.status}`;
  const message = typeof b.message === 'string' ? b.message : '';
  return new ApiError(response.status, code, message, {
    params: (b.params ?? {}) as Record<string, unknown>,
    issues: Array.isArray(b.issues) ? (b.issues as FieldIssue[]) : [],
  });
}

function parse<S extends z.ZodType>(schema: S, body: unknown, path: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    console.error(`Unexpected answer from ${path}`, result.error.issues);
    throw new ApiError(0, CLIENT_ERRORS.badResponse, path);
  }
  return result.data;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

/** A request whose success answer `schema` describes; any other answer throws an ApiError. */
export async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const response = await send(method, path, options.body, options.signal);
  const body = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && csrfToken !== null) sessionEnded?.();
    throw errorOf(response, body);
  }
  return parse(schema, body, path);
}

/** A write that may meet a newer stored value: the 409 is an answer to show, not an exception. */
export type WriteOutcome<T, C> = { ok: true; data: T } | { ok: false; conflict: C; error: ApiError };

export async function write<S extends z.ZodType, C extends z.ZodType>(
  method: Method,
  path: string,
  body: unknown,
  schema: S,
  conflictSchema: C,
): Promise<WriteOutcome<z.infer<S>, z.infer<C>>> {
  const response = await send(method, path, body);
  const json = await readJson(response);
  if (response.status === 409) {
    const conflict = conflictSchema.safeParse(json);
    if (conflict.success) return { ok: false, conflict: conflict.data, error: errorOf(response, json) };
  }
  if (!response.ok) {
    if (response.status === 401 && csrfToken !== null) sessionEnded?.();
    throw errorOf(response, json);
  }
  return { ok: true, data: parse(schema, json, path) };
}

/**
 * Sends a multipart form (a file upload) with XMLHttpRequest, whose upload reports its progress (fetch's
 * does not); the CSRF header as on every change, and the answer read as `request` reads it.
 */
export function sendForm<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  options: { onProgress?(sent: number, total: number): void; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.onprogress = (e) => options.onProgress?.(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onerror = () => reject(new ApiError(0, CLIENT_ERRORS.network, 'network'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText === '' ? undefined : JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      const response = { status: xhr.status } as Response;
      if (xhr.status < 200 || xhr.status >= 300) {
        if (xhr.status === 401 && csrfToken !== null) sessionEnded?.();
        reject(errorOf(response, body));
        return;
      }
      try {
        resolve(parse(schema, body, path));
      } catch (error) {
        reject(error);
      }
    };
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

/** Builds a path from segments, each encoded: path`/api/puskesmas/${code}`. */
export function path(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce(
    (out, s, i) => out + s + (i < values.length ? encodeURIComponent(String(values[i])) : ''),
    '',
  );
}

/**
 * Fetches a file the server makes (a report, a zip) and hands it to the browser to save under the
 * name the server gave. Fetched rather than followed as a link, so that a refusal ("not verified
 * yet") is said on the screen instead of replacing it with the server's JSON.
 */
export async function downloadFile(path: string): Promise<string> {
  const response = await send('GET', path);
  if (!response.ok) {
    const body = await readJson(response);
    if (response.status === 401 && csrfToken !== null) sessionEnded?.();
    throw errorOf(response, body);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'pkp';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file over; revoking at once can cancel the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
