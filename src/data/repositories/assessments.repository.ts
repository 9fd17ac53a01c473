// Assessments: one per Puskesmas-year, with its workflow status.
import { and, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../db.ts';
import { assessments, type AssessmentStatus } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

export type Assessment = typeof assessments.$inferSelect;

/**
 * The assessment of a Puskesmas-year, created with `catalogVersionId` if there is none yet. An
 * existing one is returned as it is, with the catalog version it was opened with.
 */
export async function getOrCreateAssessment(
  db: Db,
  key: { puskesmasId: number; year: number; catalogVersionId: number },
): Promise<Assessment> {
  const [created] = await db.insert(assessments).values(key).onConflictDoNothing().returning();
  if (created) return created;
  const existing = await getAssessment(db, key.puskesmasId, key.year);
  if (!existing)
    throw new Error(`assessment of unit ${key.puskesmasId} for ${key.year} was neither created nor found`);
  return existing;
}

export async function getAssessment(
  db: Db,
  puskesmasId: number,
  year: number,
): Promise<Assessment | undefined> {
  const [found] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.puskesmasId, puskesmasId), eq(assessments.year, year)));
  return found;
}

export async function getAssessmentById(db: Db, assessmentId: number): Promise<Assessment | undefined> {
  const [found] = await db.select().from(assessments).where(eq(assessments.id, assessmentId));
  return found;
}

/** The column that records when an assessment reached each status; a return to draft records none. */
const STATUS_STAMP = {
  draft: undefined,
  submitted: 'submittedAt',
  verified: 'verifiedAt',
  locked: 'lockedAt',
} as const satisfies Record<AssessmentStatus, keyof Assessment | undefined>;

/** Sets the status (and the time it was reached), with an audit entry. Which moves are allowed is the service's call. */
export async function setAssessmentStatus(
  db: Db,
  input: { assessmentId: number; status: AssessmentStatus; actor: string; reason?: string; at?: Date },
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(assessments)
      .where(eq(assessments.id, input.assessmentId))
      .for('update');
    if (!before) throw new Error(`assessment ${input.assessmentId} does not exist`);
    const changes: PgUpdateSetSource<typeof assessments> = { status: input.status };
    const stamp = STATUS_STAMP[input.status];
    if (stamp) changes[stamp] = input.at ?? sql`now()`;
    const [after] = await tx
      .update(assessments)
      .set(changes)
      .where(eq(assessments.id, input.assessmentId))
      .returning();
    if (!after) throw new Error(`assessment ${input.assessmentId} was not updated`);
    await appendAudit(tx, {
      actor: input.actor,
      entity: 'assessment',
      assessmentId: after.id,
      entityKey: { year: after.year },
      oldValue: { status: before.status },
      newValue: { status: after.status },
      reason: input.reason ?? null,
    });
    return after;
  });
}

/** Every assessment of a Puskesmas, oldest year first. */
export async function listAssessmentsOfPuskesmas(db: Db, puskesmasId: number): Promise<Assessment[]> {
  return db
    .select()
    .from(assessments)
    .where(eq(assessments.puskesmasId, puskesmasId))
    .orderBy(assessments.year);
}
