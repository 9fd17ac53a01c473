// Optimistic concurrency for user edits: a writer names the version it edited, and if the row has
// moved on since, the write is refused with STALE_VALUE instead of silently overwriting someone.
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db.ts';
import { appendAudit, type NewAuditEntry } from './audit.repository.ts';

export interface VersionedWrite<Row extends { version: number }> {
  /** The version the writer edited; 0 when it saw no row. */
  expectedVersion: number;
  /** Reads the row and locks it until the transaction ends (SELECT … FOR UPDATE). */
  lock(tx: Db): Promise<Row | undefined>;
  /** Inserts the row at version 1; returns nothing if it exists (ON CONFLICT DO NOTHING). */
  insert(tx: Db): Promise<Row | undefined>;
  /** Updates the row to `version`. */
  update(tx: Db, version: number): Promise<Row | undefined>;
  /** The audit entry for the change. */
  audit(before: Row | undefined, after: Row): NewAuditEntry;
}

/**
 * Inserts or updates one row if its stored version is `expectedVersion`, and appends the audit
 * entry, in one transaction. Otherwise throws STALE_VALUE (409) and leaves the row as it was.
 */
export async function writeVersioned<Row extends { version: number }>(
  db: Db,
  write: VersionedWrite<Row>,
): Promise<Row> {
  return db.transaction(async (tx) => {
    const before = await write.lock(tx);
    const stored = before?.version ?? 0;
    if (stored !== write.expectedVersion) throw staleValue(stored, write.expectedVersion);
    const after = before ? await write.update(tx, before.version + 1) : await write.insert(tx);
    if (!after) {
      // No row was locked, and yet the insert met one: another writer created it after our read.
      throw staleValue((await write.lock(tx))?.version ?? 0, write.expectedVersion);
    }
    await appendAudit(tx, write.audit(before, after));
    return after;
  });
}

function staleValue(current: number, expected: number): AppError {
  return new AppError('STALE_VALUE', { current, expected }, { status: 409 });
}
