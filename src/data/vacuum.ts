// Keeping the embedded store compact: PGlite runs no autovacuum worker, so every save's dead row
// versions (a stored result is rewritten on each save) stay until something vacuums. `pkp serve`
// vacuums the embedded store an hour after it starts and then once a day (not at once: a server just
// started is being used); PostgreSQL has its own autovacuum.
import { sql } from 'drizzle-orm';
import type { Store } from './db.ts';

/** One VACUUM (ANALYZE) of the whole database, and how long it took. */
export async function vacuumStore(store: Store): Promise<{ ms: number }> {
  const started = performance.now();
  await store.db.execute(sql`VACUUM (ANALYZE)`);
  return { ms: Math.round(performance.now() - started) };
}

/**
 * Vacuums an embedded store after `firstMs` (an hour) and every `everyMs` (a day) until stopped;
 * nothing for PostgreSQL. `report` hears each outcome (the caller logs it). The timer never keeps the
 * process up; stopping waits for a vacuum under way, so the store may close after it.
 */
export function scheduleVacuum(
  store: Store,
  report: (outcome: { ms: number } | { error: unknown }) => void,
  { firstMs = 60 * 60 * 1000, everyMs = 24 * 60 * 60 * 1000 } = {},
): () => Promise<void> {
  if (store.kind !== 'pglite') return async () => {};
  let running: Promise<void> | undefined;
  let timer = setTimeout(function again() {
    running = vacuumStore(store).then(report, (error: unknown) => report({ error }));
    timer = setTimeout(again, everyMs).unref();
  }, firstMs).unref();
  return async () => {
    clearTimeout(timer);
    await running;
  };
}
