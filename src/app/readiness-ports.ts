// What accreditation readiness reads from the outside world: the records of one Puskesmas-year or of
// every one of a district-year, in one read per table. src/data implements it (adapters/readiness.ts).
import type { MeetingKind, RtlStatus, FollowUpStatus } from '../domain/accreditation/records.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';

export interface ReadinessRows {
  assessments: {
    id: number;
    puskesmasId: number;
    catalogVersionId: number;
    status: AssessmentStatus;
    submittedAt: Date | null;
  }[];
  months: { assessmentId: number; month: string; completedAt: Date | null; reportedAt: Date | null }[];
  meetings: {
    id: number;
    orgUnitId: number;
    kind: MeetingKind;
    /** 'YYYY-MM-DD'. */
    heldOn: string;
    title: string;
    present: number;
    minutesWritten: boolean;
    files: { photo: number; attendance: number; minutes: number; document: number };
    rtlActionIds: number[];
  }[];
  gapAnalyses: { assessmentId: number; indicatorCode: string }[];
  programmeAnalyses: { assessmentId: number; programmeCode: string }[];
  rtlActions: {
    assessmentId: number;
    id: number;
    indicatorCode: string;
    status: RtlStatus;
    followUpWritten: boolean;
    dueOn: string | null;
  }[];
  /** Letters Dinkes has sent, each with its points in order. */
  feedback: {
    assessmentId: number;
    id: number;
    number: string;
    datedOn: string;
    points: { id: number; followUp: FollowUpStatus | null }[];
  }[];
  /** The UKM Pengembangan indicators chosen, with the months that have a value of theirs. */
  chosen: { assessmentId: number; indicatorCode: string; months: string[] }[];
  /** The scored indicators of each assessment's own stored result, and whether each meets its target. */
  scoredLeaves: { assessmentId: number; indicatorCode: string; score: number; met: boolean | null }[];
  /** Files attached to accreditation elements. */
  elementFiles: {
    assessmentId: number;
    attachedKey: string;
    id: number;
    filename: string;
    kind: string;
    uploadedBy: string;
    uploadedAt: Date;
  }[];
}

export interface ReadinessReader {
  /** The records of these Puskesmas in `year` (those without an assessment have meetings at most). */
  loadReadinessRows(year: number, puskesmasIds: readonly number[]): Promise<ReadinessRows>;
}
