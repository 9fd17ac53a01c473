// Structured logs: one JSON object per line on stdout (stderr for warnings and errors).

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

let quiet = false;

/** Tests silence the request log; errors still show. */
export function setQuiet(value: boolean): void {
  quiet = value;
}

export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  if (quiet && (level === 'debug' || level === 'info')) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  if (level === 'warn' || level === 'error') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}
