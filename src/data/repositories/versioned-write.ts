// Optimistic concurrency for user edits: a writer names the version it edited, and if the row has
// moved on since, the write is refused with STALE_VALUE instead of silently overwriting someone.
import { is, type SQL } from 'drizzle-orm';
import { PgTransaction, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db.ts';
import { appendAudit, type NewAuditEntry } from './audit.repository.ts';

/** A table of user-edited rows: each carries the version that the next writer must name. */
type VersionedTable = PgTable & { version: PgColumn };

export interface VersionedWrite<T extends VersionedTable> {
  /** Matches the one row by its key. */
  where: SQL;
  /** The key columns, for an insert. */
  key: Partial<T['$inferInsert']>;
  /** The columns the write sets (a value, or SQL such as now()). */
  fields: { [K in keyof T['$inferInsert']]?: T['$inferInsert'][K] | SQL };
  /** The version the writer edited; 0 when it saw no row. */
  expectedVersion: number;
  /** The audit entry for the change. */
  audit(before: T['$inferSelect'] | undefined, after: T['$inferSelect']): NewAuditEntry;
}

/**
 * `work` all or nothing: in the caller's transaction when there is one (every write under a year's
 * lock: a savepoint there would cost two round trips a save and change nothing, since the stale check
 * throws before any write and an error aborts the caller's transaction anyway), else in its own.
 */
function atomically<R>(db: Db, work: (tx: Db) => Promise<R>): Promise<R> {
  return is(db, PgTransaction) ? work(db) : db.transaction(work);
}

/**
 * Inserts or updates one row if its stored version is `expectedVersion`, and appends the audit
 * entry, in one transaction. Otherwise throws STALE_VALUE (409) and leaves the row as it was.
 */
export async function writeVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  write: VersionedWrite<T>,
): Promise<T['$inferSelect']> {
  type Row = T['$inferSelect'];
  // Drizzle's builders cannot follow a table type that is itself a parameter; the casts only
  // restate the row type that the concrete table gives.
  const lock = async (tx: Db) =>
    (
      await tx
        .select()
        .from(table as PgTable)
        .where(write.where)
        .for('update')
    )[0] as Row | undefined;
  return atomically(db, async (tx) => {
    const before = await lock(tx);
    const stored = (before as { version?: number } | undefined)?.version ?? 0;
    if (stored !== write.expectedVersion) throw staleValue(stored, write.expectedVersion);
    const [after] = (
      before
        ? await tx
            .update(table)
            .set({ ...write.fields, version: stored + 1 } as never)
            .where(write.where)
            .returning()
        : await tx
            .insert(table)
            .values({ ...write.key, ...write.fields } as never)
            .onConflictDoNothing()
            .returning()
    ) as Row[];
    if (!after) {
      // No row was locked, and yet the insert met one: another writer created it after our read.
      const current = (await lock(tx)) as { version?: number } | undefined;
      throw staleValue(current?.version ?? 0, write.expectedVersion);
    }
    await appendAudit(tx, write.audit(before, after));
    return after;
  });
}

export interface VersionedDelete<T extends VersionedTable> {
  /** Matches the one row by its key. */
  where: SQL;
  /** The version the writer saw; the row must still be at it. */
  expectedVersion: number;
  /** The audit entry for the removal. */
  audit(before: T['$inferSelect']): NewAuditEntry;
}

/**
 * Deletes one row if its stored version is `expectedVersion`, and appends the audit entry, in one
 * transaction. Otherwise (moved on, or already gone) throws STALE_VALUE (409) and leaves it as it was.
 */
export async function deleteVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  write: VersionedDelete<T>,
): Promise<T['$inferSelect']> {
  type Row = T['$inferSelect'];
  return atomically(db, async (tx) => {
    const [before] = (await tx
      .select()
      .from(table as PgTable)
      .where(write.where)
      .for('update')) as Row[];
    const stored = (before as { version?: number } | undefined)?.version ?? 0;
    if (!before || stored !== write.expectedVersion) throw staleValue(stored, write.expectedVersion);
    await tx.delete(table).where(write.where);
    await appendAudit(tx, write.audit(before));
    return before;
  });
}

function staleValue(current: number, expected: number): AppError {
  return new AppError('STALE_VALUE', { current, expected }, { status: 409 });
}
