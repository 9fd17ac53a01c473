// An error that is the database's trouble, not a fault of the request or of pkp: the database is full
// (SQLSTATE class 53: disk, memory, connections), away (class 08, a server shutting down or starting:
// 57P01–57P03, a refused or broken connection), or a standby that takes no writes (25006). Such a
// request was not carried out and may be tried again later: the HTTP layer answers 503 in words.
import { AppError } from '../shared/errors.ts';

export type DatabaseTrouble = 'full' | 'unavailable';

const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** What node-postgres says when the server went away mid-query (no SQLSTATE). */
const CONNECTION_GONE = /Connection terminated|connection timeout|Client has encountered a connection error/i;

function troubleOf(error: unknown): DatabaseTrouble | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code === '53100' || code === '53200' || code === '53300') return 'full';
    if (code.startsWith('08') || ['57P01', '57P02', '57P03', '25006'].includes(code)) return 'unavailable';
    if (CONNECTION_ERRNOS.has(code)) return 'unavailable';
  }
  if (typeof message === 'string' && CONNECTION_GONE.test(message)) return 'unavailable';
  return null;
}

/** The database's trouble behind `error` (its causes are followed: Drizzle wraps the driver's error). */
export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const trouble = troubleOf(e);
    if (trouble) return trouble;
  }
  return null;
}

/** The words a user reads for it: nothing was saved; try again (and, when full, tell the admin). */
export function databaseTroubleError(trouble: DatabaseTrouble, cause: unknown): AppError {
  return new AppError(trouble === 'full' ? 'DB_FULL' : 'DB_UNAVAILABLE', {}, { status: 503, cause });
}
