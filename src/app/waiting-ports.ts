// What "what waits for me" reads from the outside world, straight from the cycle's tables (returned
// items, feedback points and their follow-ups, the verifier's looks, the years' statuses): one read per
// table for a whole district-year. src/data implements it (adapters/waiting.ts).
import type { AssessmentStatus } from '../domain/assessment/status.ts';

export interface WaitingAssessmentRow {
  assessmentId: number;
  puskesmasId: number;
  status: AssessmentStatus;
  submittedAt: Date | null;
  verifiedAt: Date | null;
}

export interface ReturnedItemRow {
  id: number;
  assessmentId: number;
  scope: 'indicator' | 'programme';
  code: string;
  comment: string;
  status: 'open' | 'answered' | 'closed';
  returnedBy: string;
  returnedAt: Date;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
}

export interface FeedbackPointRow {
  pointId: number;
  assessmentId: number;
  letterId: number;
  letterNumber: string;
  /** 'YYYY-MM-DD'. */
  datedOn: string;
  scope: 'overall' | 'programme' | 'indicator';
  code: string | null;
  text: string;
  position: number;
  followUp: 'belum' | 'berjalan' | 'selesai' | null;
}

export interface ReviewRow {
  assessmentId: number;
  programmeCode: string;
  outcome: 'accepted' | 'corrected' | 'returned';
  reviewedAt: Date;
}

export interface WaitingReader {
  /** The opened Puskesmas-years of a district-year, with when they were submitted and verified. */
  listWaitingAssessments(districtId: number, year: number): Promise<WaitingAssessmentRow[]>;
  /** The returned items of these assessments in these statuses, oldest first. */
  listReturnedItemsOf(
    assessmentIds: readonly number[],
    statuses: readonly ReturnedItemRow['status'][],
  ): Promise<ReturnedItemRow[]>;
  /** The points of the letters Dinkes sent (not drafts) about these assessments, with their follow-up. */
  listSentFeedbackPoints(assessmentIds: readonly number[]): Promise<FeedbackPointRow[]>;
  /** The verifier's last look at each programme of these assessments. */
  listProgrammeReviews(assessmentIds: readonly number[]): Promise<ReviewRow[]>;
}
