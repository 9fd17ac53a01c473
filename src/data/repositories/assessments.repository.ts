// Assessments: one per Puskesmas-year, with its workflow status.
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../db.ts';
import { assessments, orgUnits, type AssessmentStatus } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

export type Assessment = typeof assessments.$inferSelect;

/**
 * The assessment of a Puskesmas-year, created with `catalogVersionId` if there is none yet. An
 * existing one is returned as it is, with the catalog version it was opened with.
 */
export async function getOrCreateAssessment(
  db: Db,
  key: { puskesmasId: number; year: number; catalogVersionId: number; rawatInap?: boolean },
): Promise<Assessment> {
  // A new year starts from the unit's current rawat inap status unless the caller knows the year's.
  const rawatInap =
    key.rawatInap ??
    sql<boolean>`(select ${orgUnits.rawatInap} from ${orgUnits} where ${orgUnits.id} = ${key.puskesmasId})`;
  // The year belongs to the district the Puskesmas is under when it opens (docs/scale.md).
  const districtId = sql<number>`(select ${orgUnits.parentId} from ${orgUnits} where ${orgUnits.id} = ${key.puskesmasId})`;
  const [created] = await db
    .insert(assessments)
    .values({ ...key, districtId, rawatInap })
    .onConflictDoNothing()
    .returning();
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

/**
 * Takes the Puskesmas-year's row lock for the rest of the transaction (SELECT … FOR UPDATE) and
 * returns the row as it is once the lock is held. Every write to a Puskesmas-year takes it first, so
 * two saves of the same year run one after the other and the second rescoring sees the first's value.
 */
export async function lockAssessment(db: Db, assessmentId: number): Promise<Assessment | undefined> {
  const [found] = await db.select().from(assessments).where(eq(assessments.id, assessmentId)).for('update');
  return found;
}

/** Sets the year's rawat inap status (the profile of that year says it). */
export async function setAssessmentRawatInap(
  db: Db,
  assessmentId: number,
  rawatInap: boolean,
): Promise<void> {
  await db.update(assessments).set({ rawatInap }).where(eq(assessments.id, assessmentId));
}

/** The column that records when an assessment reached each status; a return to draft records none. */
const STATUS_STAMP = {
  draft: undefined,
  submitted: 'submittedAt',
  verified: 'verifiedAt',
  final: 'finalisedAt',
  published: 'publishedAt',
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

/** The assessments of a year (of one district, or of all), with their Puskesmas and district codes. */
export async function listAssessmentsOfYear(db: Db, year: number, districtId?: number) {
  const district = alias(orgUnits, 'district');
  return db
    .select({
      districtId: assessments.districtId,
      assessmentId: assessments.id,
      status: assessments.status,
      puskesmasCode: orgUnits.code,
      puskesmasName: orgUnits.name,
      districtCode: district.code,
    })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .innerJoin(district, eq(district.id, assessments.districtId))
    .where(
      and(
        eq(assessments.year, year),
        districtId === undefined ? undefined : eq(assessments.districtId, districtId),
      ),
    )
    .orderBy(asc(district.code), asc(orgUnits.code));
}

/** Every assessment of a district's Puskesmas, all years: which Puskesmas-years exist, with their status. */
export async function listAssessmentsOfDistrict(db: Db, districtId: number) {
  return db
    .select({
      year: assessments.year,
      status: assessments.status,
      code: orgUnits.code,
      name: orgUnits.name,
    })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .where(eq(assessments.districtId, districtId))
    .orderBy(asc(assessments.year), asc(orgUnits.code));
}
