// The audit trail: who changed what, when, from which value to which, and why.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { assessments, auditLog, type AuditEntity } from '../schema.ts';

export type AuditEntry = typeof auditLog.$inferSelect;

export interface NewAuditEntry {
  actor: string;
  entity: AuditEntity;
  entityKey: Record<string, string | number>;
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
  reason?: string | null;
  assessmentId?: number | null;
  /** Defaults to the Puskesmas of `assessmentId`. */
  orgUnitId?: number | null;
}

/** Appends one entry; call it with the transaction that makes the change, so both land or neither. */
export async function appendAudit(db: Db, entry: NewAuditEntry): Promise<void> {
  const assessmentId = entry.assessmentId ?? null;
  await db.insert(auditLog).values({
    actor: entry.actor,
    entity: entry.entity,
    entityKey: entry.entityKey,
    oldValue: entry.oldValue,
    newValue: entry.newValue,
    reason: entry.reason ?? null,
    assessmentId,
    orgUnitId: entry.orgUnitId ?? (assessmentId === null ? null : puskesmasOf(db, assessmentId)),
  });
}

function puskesmasOf(db: Db, assessmentId: number): SQL {
  const query = db
    .select({ id: assessments.puskesmasId })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  return sql`(${query})`;
}

export interface AuditFilter {
  entity: AuditEntity;
  /** Matched as a whole JSON value (key order does not matter). */
  entityKey?: Record<string, string | number>;
  assessmentId?: number;
  orgUnitId?: number;
}

/** The history of an entity (or of every entity of a kind in an assessment or unit), oldest first. */
export async function listAudit(db: Db, filter: AuditFilter): Promise<AuditEntry[]> {
  const conditions = [eq(auditLog.entity, filter.entity)];
  if (filter.entityKey) conditions.push(eq(auditLog.entityKey, filter.entityKey));
  if (filter.assessmentId !== undefined) conditions.push(eq(auditLog.assessmentId, filter.assessmentId));
  if (filter.orgUnitId !== undefined) conditions.push(eq(auditLog.orgUnitId, filter.orgUnitId));
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(asc(auditLog.id));
}
