// The workflow's queries: a Puskesmas-year's status moved with its audit entry, the district's row
// lock for district-wide moves, the statuses of a district-year, and the history of moves. Which
// moves are allowed is the service's call (the returns verification waits for: returned-items).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { StatusCause } from '../../domain/assessment/workflow.ts';
import type { YearKey } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import { ASSESSMENT_STATUSES, assessments, auditLog, orgUnits, type AssessmentStatus } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

type AssessmentRow = typeof assessments.$inferSelect;

/** The column that records when the year last reached each status (a draft has none). */
const STATUS_STAMP = {
  draft: undefined,
  submitted: 'submittedAt',
  verified: 'verifiedAt',
  final: 'finalisedAt',
  published: 'publishedAt',
} as const satisfies Record<AssessmentStatus, keyof AssessmentRow | undefined>;

export interface StatusMove {
  assessmentId: number;
  from: AssessmentStatus;
  to: AssessmentStatus;
  move: StatusCause;
  actor: string;
  reason: string | null;
  at: Date;
}

/**
 * Sets the status of an assessment whose row lock the caller holds, stamping when it was reached.
 * A move backwards clears the stamps of the statuses after the new one, so that the stamps always
 * describe the way the year took to where it is now (the audit trail keeps every step).
 */
export async function moveAssessmentStatus(db: Db, change: StatusMove): Promise<AssessmentRow> {
  const set: PgUpdateSetSource<typeof assessments> = { status: change.to };
  const reached = ASSESSMENT_STATUSES.indexOf(change.to);
  for (const [index, status] of ASSESSMENT_STATUSES.entries()) {
    const stamp = STATUS_STAMP[status];
    if (stamp === undefined) continue;
    if (index === reached) set[stamp] = change.at;
    else if (index > reached) set[stamp] = null;
  }
  const [after] = await db
    .update(assessments)
    .set(set)
    .where(and(eq(assessments.id, change.assessmentId), eq(assessments.status, change.from)))
    .returning();
  // The caller checked the status under the row lock; a miss here is a bug, never a user's race.
  if (!after) throw new Error(`assessment ${change.assessmentId} is not ${change.from}`);
  await appendAudit(db, {
    actor: change.actor,
    entity: 'assessment',
    assessmentId: after.id,
    entityKey: { year: after.year },
    oldValue: { status: change.from },
    newValue: { status: change.to, move: change.move },
    reason: change.reason,
  });
  return after;
}

/**
 * Holds the district's row until the transaction ends: the moves that touch every Puskesmas-year of a
 * district (publishing, withdrawing a publication) take it first, so two of them never interleave.
 * NO KEY UPDATE: it does not block rows that merely reference the district (accounts, audit entries).
 */
export async function lockDistrictRow(db: Db, districtId: number): Promise<void> {
  const [found] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, districtId), eq(orgUnits.level, 'district')))
    .for('no key update');
  if (!found) throw new Error(`unit ${districtId} is not a district`);
}

/** Every Puskesmas of a district with its year's assessment, if it has one, by Puskesmas code. */
export async function listDistrictYearStatuses(db: Db, districtId: number, year: number) {
  return db
    .select({
      puskesmasId: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      assessmentId: assessments.id,
      status: assessments.status,
      submittedAt: assessments.submittedAt,
      verifiedAt: assessments.verifiedAt,
      finalisedAt: assessments.finalisedAt,
      publishedAt: assessments.publishedAt,
    })
    .from(orgUnits)
    .leftJoin(assessments, and(eq(assessments.puskesmasId, orgUnits.id), eq(assessments.year, year)))
    .where(and(eq(orgUnits.parentId, districtId), eq(orgUnits.level, 'puskesmas')))
    .orderBy(asc(orgUnits.code));
}

/** When an assessment last reached each status (null where it has not, or went back before it). */
export async function getStatusStamps(db: Db, assessmentId: number) {
  const [row] = await db
    .select({
      submittedAt: assessments.submittedAt,
      verifiedAt: assessments.verifiedAt,
      finalisedAt: assessments.finalisedAt,
      publishedAt: assessments.publishedAt,
    })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  return row;
}

/** The status changes of an assessment, newest first: the audit entries that moved its status. */
export async function listStatusHistory(db: Db, { districtId, assessmentId }: YearKey) {
  return db
    .select({
      at: auditLog.at,
      actor: auditLog.actor,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
      reason: auditLog.reason,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.districtId, districtId),
        eq(auditLog.assessmentId, assessmentId),
        eq(auditLog.entity, 'assessment'),
        sql`${auditLog.newValue} ? 'status'`,
      ),
    )
    .orderBy(desc(auditLog.id));
}
