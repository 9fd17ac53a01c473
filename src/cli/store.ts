// Opens the store the environment names (PGlite in PKP_DATA_DIR, or PostgreSQL) for one command.
import { storeTarget } from '../config.ts';
import { openDb, type Store } from '../data/db.ts';
import type { CliContext } from './command.ts';

export async function withStore<T>(ctx: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDb(storeTarget(ctx.config));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
