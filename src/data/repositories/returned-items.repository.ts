// Items a verifier returned to the Puskesmas (an indicator or a programme), their answers and their
// closing; every move audited in the same transaction (entity 'returned_item', key { id }).
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { returnedItems } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

export type ReturnedItem = typeof returnedItems.$inferSelect;
type ReturnStatus = ReturnedItem['status'];

export async function listReturnedItems(db: Db, assessmentId: number): Promise<ReturnedItem[]> {
  return db
    .select()
    .from(returnedItems)
    .where(eq(returnedItems.assessmentId, assessmentId))
    .orderBy(asc(returnedItems.id));
}

/** Open and answered items: those not settled yet. */
export async function countUnsettledReturns(db: Db, assessmentId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(returnedItems)
    .where(
      and(eq(returnedItems.assessmentId, assessmentId), inArray(returnedItems.status, ['open', 'answered'])),
    );
  return row?.n ?? 0;
}

function audited(row: ReturnedItem): Record<string, unknown> {
  return { scope: row.scope, code: row.code, status: row.status, comment: row.comment, answer: row.answer };
}

export async function insertReturnedItem(
  db: Db,
  item: {
    assessmentId: number;
    scope: ReturnedItem['scope'];
    code: string;
    comment: string;
    actor: string;
    at: Date;
  },
): Promise<ReturnedItem> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(returnedItems)
      .values({
        assessmentId: item.assessmentId,
        scope: item.scope,
        code: item.code,
        comment: item.comment,
        returnedBy: item.actor,
        returnedAt: item.at,
      })
      .returning();
    if (!row) throw new Error('returned item was not stored');
    await appendAudit(tx, {
      actor: item.actor,
      entity: 'returned_item',
      assessmentId: item.assessmentId,
      entityKey: { id: row.id },
      oldValue: null,
      newValue: audited(row),
      reason: item.comment,
    });
    return row;
  });
}

/**
 * Moves an item from one of `from` to `to` in one conditional update (so two people moving it at once
 * cannot both succeed), with its audit entry. Undefined when the item is not (any more) in `from`.
 */
export async function moveReturnedItem(
  db: Db,
  move: {
    assessmentId: number;
    id: number;
    from: readonly ReturnStatus[];
    to: ReturnStatus;
    text: string | null;
    actor: string;
    at: Date;
  },
): Promise<ReturnedItem | undefined> {
  const changes =
    move.to === 'answered'
      ? { answer: move.text, answeredBy: move.actor, answeredAt: move.at }
      : move.to === 'open'
        ? // Returned again: the new comment is the one shown; the earlier ones stay in the audit trail.
          {
            comment: move.text ?? '',
            returnedBy: move.actor,
            returnedAt: move.at,
            closedBy: null,
            closedAt: null,
          }
        : { closedBy: move.actor, closedAt: move.at };
  return db.transaction(async (tx) => {
    const where = and(eq(returnedItems.id, move.id), eq(returnedItems.assessmentId, move.assessmentId));
    const [before] = await tx.select().from(returnedItems).where(where).for('update');
    if (!before || !move.from.includes(before.status)) return undefined;
    const [after] = await tx
      .update(returnedItems)
      .set({ status: move.to, ...changes })
      .where(and(where, sql`${returnedItems.status} = ${before.status}`))
      .returning();
    if (!after) return undefined;
    await appendAudit(tx, {
      actor: move.actor,
      entity: 'returned_item',
      assessmentId: move.assessmentId,
      entityKey: { id: move.id },
      oldValue: audited(before),
      newValue: audited(after),
      reason: move.text,
    });
    return after;
  });
}
