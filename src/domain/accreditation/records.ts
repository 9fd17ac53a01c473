// What a Puskesmas-year's records hold, reduced to what accreditation readiness reads: plain data that
// a use case gathers from the tables (meetings, evidence, month reports, Bab V, RTL, feedback, UKM
// Pengembangan choices, the stored result) and the checks of checks.ts decide on.
import type { FollowUpStatus } from '../improvement/feedback.ts';
import type { RtlStatus } from '../improvement/rtl.ts';
import type { MeetingKind } from '../meetings/meeting-counts.ts';
import type { CalendarDate } from '../periods/calendar.ts';
import type { Month } from '../periods/months.ts';

// The vocabularies are declared once, with the records that use them.
export type { FollowUpStatus, MeetingKind, RtlStatus };

/** The evidence files attached to a meeting, counted by kind. */
export interface MeetingFiles {
  photo: number;
  attendance: number;
  minutes: number;
  document: number;
}

export interface MeetingRecord {
  id: number;
  kind: MeetingKind;
  heldOn: CalendarDate;
  title: string;
  /** Participants marked present on its attendance list in pkp. */
  present: number;
  /** Whether minutes were written in pkp (not blank). */
  minutesWritten: boolean;
  files: MeetingFiles;
  /** The RTL actions its decisions are linked to. */
  rtlActionIds: readonly number[];
}

export interface RtlActionRecord {
  id: number;
  indicatorCode: string;
  status: RtlStatus;
  /** Whether what was done is written (not blank). */
  followUpWritten: boolean;
  dueOn: CalendarDate | null;
}

/** A feedback letter Dinkes has sent (drafts are Dinkes' own until sent, and prove nothing). */
export interface FeedbackLetterRecord {
  id: number;
  number: string;
  datedOn: CalendarDate;
  points: readonly { id: number; followUp: FollowUpStatus | null }[];
}

/** One month's report: when it first became complete and when it was reported, on the Puskesmas' clock. */
export interface MonthRecord {
  month: Month;
  completedOn: CalendarDate | null;
  reportedOn: CalendarDate | null;
}

/** A UKM Pengembangan service of the catalog, and the key indicator the Puskesmas chose for it. */
export interface DevelopmentService {
  code: string;
  name: string;
  /** Null: the Puskesmas does not offer the service. */
  key: {
    code: string;
    name: string;
    /** Whether the stored result meets its target; null while it is not scored (nothing entered). */
    met: boolean | null;
    /** The months with a value entered. */
    months: readonly Month[];
  } | null;
}

export interface ReadinessRecords {
  year: number;
  /** The decree the year's catalog follows, and whether the district has published it. */
  catalog: { decree: string; published: boolean };
  /** Whether the year went to Dinkes (its status is past draft), and on which day if it is known. */
  submitted: boolean;
  submittedOn: CalendarDate | null;
  months: readonly MonthRecord[];
  meetings: readonly MeetingRecord[];
  /** Service indicators whose stored result misses the target, in catalog order. */
  belowTarget: readonly { code: string; name: string }[];
  /** Indicators with a problem analysis (Bab V). */
  gapAnalyses: readonly string[];
  /** Programmes with a written analysis (Bab V). */
  programmeAnalyses: readonly string[];
  rtlActions: readonly RtlActionRecord[];
  feedback: readonly FeedbackLetterRecord[];
  developmentServices: readonly DevelopmentService[];
  /** Whether a programme analysis covers UKM Pengembangan (the cluster or one of its services). */
  developmentAnalysed: boolean;
  /** Files attached to each element, by element code. */
  elementFiles: Readonly<Record<string, number>>;
}
