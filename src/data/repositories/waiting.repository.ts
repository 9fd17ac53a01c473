// What waits for whom: reads over the assessment cycle's tables, one query per table for a set of
// assessments. Queries only; which items a role sees is the app's (waiting.service.ts).
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db.ts';
import {
  assessments,
  feedbackFollowUps,
  feedbackLetters,
  feedbackPoints,
  orgUnits,
  returnedItems,
  verificationReviews,
} from '../schema.ts';

/** The opened Puskesmas-years of a district-year. */
export async function listWaitingAssessments(db: Db, districtId: number, year: number) {
  return db
    .select({
      assessmentId: assessments.id,
      puskesmasId: assessments.puskesmasId,
      status: assessments.status,
      submittedAt: assessments.submittedAt,
      verifiedAt: assessments.verifiedAt,
    })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .where(and(eq(orgUnits.parentId, districtId), eq(assessments.year, year)))
    .orderBy(asc(orgUnits.code));
}

export async function listReturnedItemsOf(
  db: Db,
  assessmentIds: readonly number[],
  statuses: readonly ('open' | 'answered' | 'closed')[],
) {
  if (assessmentIds.length === 0 || statuses.length === 0) return [];
  return db
    .select()
    .from(returnedItems)
    .where(
      and(
        inArray(returnedItems.assessmentId, [...assessmentIds]),
        inArray(returnedItems.status, [...statuses]),
      ),
    )
    .orderBy(asc(returnedItems.returnedAt), asc(returnedItems.id));
}

/** The points of every letter sent (not a draft) about these assessments, with the follow-up if any. */
export async function listSentFeedbackPoints(db: Db, assessmentIds: readonly number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      pointId: feedbackPoints.id,
      assessmentId: feedbackLetters.assessmentId,
      letterId: feedbackLetters.id,
      letterNumber: feedbackLetters.number,
      datedOn: feedbackLetters.datedOn,
      scope: feedbackPoints.scope,
      code: feedbackPoints.code,
      text: feedbackPoints.text,
      position: feedbackPoints.position,
      followUp: feedbackFollowUps.status,
    })
    .from(feedbackPoints)
    .innerJoin(feedbackLetters, eq(feedbackLetters.id, feedbackPoints.letterId))
    .leftJoin(feedbackFollowUps, eq(feedbackFollowUps.pointId, feedbackPoints.id))
    .where(
      and(inArray(feedbackLetters.assessmentId, [...assessmentIds]), ne(feedbackLetters.status, 'draft')),
    )
    .orderBy(asc(feedbackLetters.datedOn), asc(feedbackLetters.id), asc(feedbackPoints.position));
}

export async function listProgrammeReviews(db: Db, assessmentIds: readonly number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: verificationReviews.assessmentId,
      programmeCode: verificationReviews.programmeCode,
      outcome: verificationReviews.outcome,
      reviewedAt: verificationReviews.reviewedAt,
    })
    .from(verificationReviews)
    .where(inArray(verificationReviews.assessmentId, [...assessmentIds]));
}
