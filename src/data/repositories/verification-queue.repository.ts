// The verification queue of a district-year, read in one query per table whatever the number of
// Puskesmas: assessments, returned items, looks, when each indicator's own rows last changed, and
// how many corrections each indicator has.
import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { onItsYear, rowsOfDistrictYear, yearsOfDistrict } from './district-keys.ts';
import {
  assessments,
  monthlyValues,
  orgUnits,
  returnedItems,
  rubricScores,
  targets,
  verificationReviews,
} from '../schema.ts';

export async function listDistrictVerificationAssessments(db: Db, districtId: number, year: number) {
  return db
    .select({
      assessmentId: assessments.id,
      status: assessments.status,
      submittedAt: assessments.submittedAt,
      code: orgUnits.code,
      name: orgUnits.name,
    })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .where(yearsOfDistrict(districtId, year))
    .orderBy(asc(orgUnits.code));
}

export async function listDistrictReturnedItems(db: Db, districtId: number, year: number) {
  return db
    .select({ item: returnedItems })
    .from(returnedItems)
    .innerJoin(assessments, eq(assessments.id, returnedItems.assessmentId))
    .where(yearsOfDistrict(districtId, year))
    .orderBy(asc(returnedItems.id));
}

export async function listDistrictReviews(db: Db, districtId: number, year: number) {
  return db
    .select({ review: verificationReviews })
    .from(verificationReviews)
    .innerJoin(assessments, eq(assessments.id, verificationReviews.assessmentId))
    .where(yearsOfDistrict(districtId, year));
}

/** The latest change of the Puskesmas' own rows per assessment and indicator, from each of the three tables. */
export async function listDistrictLatestChanges(db: Db, districtId: number, year: number) {
  // The three tables share the columns read here; the casts only let one builder serve them all.
  const of = (
    table: typeof monthlyValues | typeof targets | typeof rubricScores,
    at: typeof monthlyValues.enteredAt | typeof targets.updatedAt | typeof rubricScores.enteredAt,
  ) =>
    db
      .select({
        assessmentId: table.assessmentId,
        indicatorCode: table.indicatorCode,
        at: max(at as typeof monthlyValues.enteredAt),
      })
      .from(table as typeof monthlyValues)
      .innerJoin(assessments, onItsYear(table))
      .where(and(rowsOfDistrictYear(table, districtId, year), eq(table.stage, 'self')))
      .groupBy(table.assessmentId, table.indicatorCode);
  // One after another: a transaction is one connection.
  const values = await of(monthlyValues, monthlyValues.enteredAt);
  const rows = await of(targets, targets.updatedAt);
  const scores = await of(rubricScores, rubricScores.enteredAt);
  return [...values, ...rows, ...scores];
}

/** How many corrections (rows of stage 'verified') each indicator of each assessment has. */
export async function listDistrictCorrectionCounts(db: Db, districtId: number, year: number) {
  const of = (table: typeof monthlyValues | typeof targets | typeof rubricScores) =>
    db
      .select({ assessmentId: table.assessmentId, indicatorCode: table.indicatorCode, n: count() })
      .from(table as typeof monthlyValues)
      .innerJoin(assessments, onItsYear(table))
      .where(and(rowsOfDistrictYear(table, districtId, year), eq(table.stage, sql`'verified'`)))
      .groupBy(table.assessmentId, table.indicatorCode);
  const values = await of(monthlyValues);
  const rows = await of(targets);
  const scores = await of(rubricScores);
  return [...values, ...rows, ...scores];
}
