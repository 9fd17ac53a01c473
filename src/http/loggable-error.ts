// What of an unexpected error the log may keep. A database error carries the values of its query:
// Drizzle's message is "Failed query: … params: <every value>" (a password hash reached the log that
// way), pg and PGlite add `detail` ("Key (username)=(…)"), `where`, and messages that quote the
// offending value ('invalid input syntax for type integer: "…"'). So for an error with a database
// error anywhere in its causes, the log keeps the classes, SQLSTATE codes, the constraint, table and
// column names and the query *text* (placeholders, never values) — and no message. Other errors
// keep their message.

export interface LoggedError {
  class: string;
  name?: string;
  message?: string;
  /** SQLSTATE (e.g. 23505) or Node's code (e.g. ECONNRESET). */
  code?: string;
  query?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The call stack, without the message line(s) that head `error.stack`. */
  stack?: string;
  cause?: LoggedError | string;
}

const MAX_CAUSES = 5;

/** A driver error (pg's DatabaseError, PGlite's) or Drizzle's wrapper around one. */
function isDatabaseError(error: Error): boolean {
  const e = error as Error & { params?: unknown; severity?: unknown; code?: unknown };
  const sqlState = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code);
  return Array.isArray(e.params) || (sqlState && typeof e.severity === 'string');
}

function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < MAX_CAUSES; e = e.cause) chain.push(e);
  return chain;
}

const stringField = (error: Error, key: string): string | undefined => {
  const value = (error as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** The "    at …" lines of a stack: the lines before them repeat the message. */
function frames(stack: string | undefined): string | undefined {
  const lines = stack?.split('\n').filter((line) => /^\s+at /.test(line));
  return lines?.length ? lines.join('\n') : undefined;
}

function describe(error: Error, withMessage: boolean, rest: Error[]): LoggedError {
  const [next, ...further] = rest;
  const logged: LoggedError = { class: error.constructor?.name ?? 'Error' };
  if (error.name && error.name !== logged.class) logged.name = error.name;
  if (withMessage) logged.message = error.message;
  for (const key of ['code', 'query', 'constraint', 'table', 'column'] as const) {
    const value = stringField(error, key);
    if (value !== undefined) logged[key] = value;
  }
  const stack = withMessage ? error.stack : frames(error.stack);
  if (stack !== undefined) logged.stack = stack;
  if (next) logged.cause = describe(next, withMessage, further);
  return logged;
}

/** A JSON-ready summary of `error` for the log: never a query's parameters. */
export function loggableError(error: unknown): LoggedError | string {
  if (!(error instanceof Error)) return typeof error === 'string' ? error : typeof error;
  const [first, ...rest] = causes(error);
  const fromDatabase = [first!, ...rest].some(isDatabaseError);
  return describe(first!, !fromDatabase, rest);
}
