// What verification needs from the outside world: Dinkes' corrections (the rows of stage 'verified'),
// the items returned to the Puskesmas, the verifier's looks, and a district-year's queue in a few
// reads. src/data implements them (data/adapters/verification.ts).
import type { ReviewOutcome } from '../domain/verification/queue.ts';
import type { ReturnScope, ReturnStatus } from '../domain/verification/returns.ts';
import type { RubricLevel } from '../domain/catalog/types.ts';
import type {
  AssessmentRef,
  AuditRecord,
  MonthlyValueRecord,
  RubricScoreRecord,
  TargetRecord,
  YearKey,
} from './ports.ts';

/** A Dinkes correction: the row it lays over the Puskesmas' own, with why. */
export type Correction<R> = R & { correctionReason: string | null };

/** Every correction of a Puskesmas-year. */
export interface CorrectionRows {
  targets: Correction<TargetRecord>[];
  monthly: Correction<MonthlyValueRecord>[];
  rubrics: Correction<RubricScoreRecord>[];
}

interface CorrectionWrite extends YearKey {
  indicatorCode: string;
  /** Why Dinkes corrected it; required. */
  reason: string;
  /** The version of the correction the verifier saw: 0 when there was none. */
  expectedVersion: number;
  actor: string;
  at: Date;
}

export interface ValueCorrectionWrite extends CorrectionWrite {
  month: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flag: boolean | null;
}

export interface TargetCorrectionWrite extends CorrectionWrite {
  targetValue: number | null;
  targetSasaran: number | null;
  sasaran: number | null;
  applicable: boolean;
  notApplicableReason: string | null;
  chosen: boolean | null;
}

export interface RubricCorrectionWrite extends CorrectionWrite {
  level: RubricLevel | null;
  percent: number | null;
}

export type CorrectionKind = 'value' | 'target' | 'rubric';

export interface CorrectionWithdrawal extends YearKey {
  kind: CorrectionKind;
  indicatorCode: string;
  /** For a value. */
  month?: string;
  reason: string;
  expectedVersion: number;
  actor: string;
}

export interface ReturnedItemRecord {
  id: number;
  scope: ReturnScope;
  code: string;
  comment: string;
  status: ReturnStatus;
  returnedBy: string;
  returnedAt: Date;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  closedBy: string | null;
  closedAt: Date | null;
}

export interface ReviewRecord {
  programmeCode: string;
  outcome: ReviewOutcome;
  reviewedBy: string;
  reviewedAt: Date;
}

/** A district-year as the queue reads it, one query each whatever the number of Puskesmas. */
export interface DistrictVerificationRows {
  assessments: {
    assessmentId: number;
    status: AssessmentRef['status'];
    submittedAt: Date | null;
    puskesmas: { code: string; name: string };
  }[];
  returns: (ReturnedItemRecord & { assessmentId: number })[];
  reviews: (ReviewRecord & { assessmentId: number })[];
  /** When the Puskesmas' own rows (values, targets, rubric scores) of each indicator last changed. */
  latestChanges: { assessmentId: number; indicatorCode: string; at: Date }[];
  /** How many corrections each indicator has. */
  corrections: { assessmentId: number; indicatorCode: string; count: number }[];
}

export interface VerificationRepository {
  listCorrections(year: YearKey): Promise<CorrectionRows>;
  /** Each throws STALE_VALUE (409) when `expectedVersion` is not the stored correction's; audited. */
  saveValueCorrection(write: ValueCorrectionWrite): Promise<Correction<MonthlyValueRecord>>;
  saveTargetCorrection(write: TargetCorrectionWrite): Promise<Correction<TargetRecord>>;
  saveRubricCorrection(write: RubricCorrectionWrite): Promise<Correction<RubricScoreRecord>>;
  /** Removes a correction (the Puskesmas' figure shows again); STALE_VALUE when moved or gone; audited. */
  withdrawCorrection(write: CorrectionWithdrawal): Promise<void>;

  listReturnedItems(assessmentId: number): Promise<ReturnedItemRecord[]>;
  /**
   * Returns still waiting, open or answered: the year cannot be signed off as verified while any is
   * (the workflow's "verify" asks this under the year's lock).
   */
  countOpenReturns(assessmentId: number): Promise<number>;
  createReturnedItem(write: {
    assessmentId: number;
    scope: ReturnScope;
    code: string;
    comment: string;
    actor: string;
    at: Date;
  }): Promise<ReturnedItemRecord>;
  /**
   * Moves a returned item from one of `from` to `to`, setting the answer (to 'answered'), the new
   * comment (back to 'open') or who closed it; audited. Undefined when it is not in `from` any more.
   */
  moveReturnedItem(write: {
    assessmentId: number;
    id: number;
    from: readonly ReturnStatus[];
    to: ReturnStatus;
    text: string | null;
    actor: string;
    at: Date;
  }): Promise<ReturnedItemRecord | undefined>;
  /** The audit trail of returned items of an assessment (each entry's key holds the item's id), oldest first. */
  listReturnTrail(year: YearKey): Promise<(AuditRecord & { id: number })[]>;

  listReviews(assessmentId: number): Promise<ReviewRecord[]>;
  /** Records the verifier's look at a programme (replacing the last one), audited. */
  saveReview(write: {
    assessmentId: number;
    programmeCode: string;
    outcome: ReviewOutcome;
    actor: string;
    at: Date;
  }): Promise<ReviewRecord>;

  loadDistrictVerification(districtId: number, year: number): Promise<DistrictVerificationRows>;
}
