// The audit trail: who changed what, when, from which value to which, and why.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { assessments, auditLog, orgUnits, type AuditEntity } from '../schema.ts';

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
  /**
   * The district the entry is kept under (the audit trail's key). Defaults to the district of
   * `assessmentId`'s year, else of `orgUnitId`: callers that know it (a year's rows) pass it.
   */
  districtId?: number;
}

/** Appends one entry; call it with the transaction that makes the change, so both land or neither. */
export async function appendAudit(db: Db, entry: NewAuditEntry): Promise<void> {
  const assessmentId = entry.assessmentId ?? null;
  await db.insert(auditLog).values({
    districtId: entry.districtId ?? districtOf(db, assessmentId, entry.orgUnitId ?? null),
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

/** The entry's district, worked out in the insert itself: its year's, else its unit's. */
function districtOf(db: Db, assessmentId: number | null, orgUnitId: number | null): SQL {
  if (assessmentId !== null) {
    const year = db
      .select({ id: assessments.districtId })
      .from(assessments)
      .where(eq(assessments.id, assessmentId));
    return sql`(${year})`;
  }
  if (orgUnitId === null) throw new Error('an audit entry names neither a Puskesmas-year nor a unit');
  // A Puskesmas' district is its parent; a district (or a province, the country) stands for itself.
  const unit = db
    .select({
      id: sql`case when ${orgUnits.level} = 'puskesmas' then ${orgUnits.parentId} else ${orgUnits.id} end`,
    })
    .from(orgUnits)
    .where(eq(orgUnits.id, orgUnitId));
  return sql`(${unit})`;
}

function puskesmasOf(db: Db, assessmentId: number): SQL {
  const query = db
    .select({ id: assessments.puskesmasId })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  return sql`(${query})`;
}

export interface AuditFilter {
  /**
   * The district the entries are kept under. Every read the app makes names it (its ports require it;
   * test/scale/district-keys.test.ts holds it to that); a test reading an entity's whole trail may not.
   */
  districtId?: number;
  entity: AuditEntity;
  /** Matched as a whole JSON value (key order does not matter). */
  entityKey?: Record<string, string | number>;
  assessmentId?: number;
  orgUnitId?: number;
}

/** The history of an entity (or of every entity of a kind in an assessment or unit), oldest first. */
export async function listAudit(db: Db, filter: AuditFilter): Promise<AuditEntry[]> {
  const conditions = [eq(auditLog.entity, filter.entity)];
  if (filter.districtId !== undefined) conditions.push(eq(auditLog.districtId, filter.districtId));
  if (filter.entityKey) conditions.push(eq(auditLog.entityKey, filter.entityKey));
  if (filter.assessmentId !== undefined) conditions.push(eq(auditLog.assessmentId, filter.assessmentId));
  if (filter.orgUnitId !== undefined) conditions.push(eq(auditLog.orgUnitId, filter.orgUnitId));
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(asc(auditLog.id));
}
