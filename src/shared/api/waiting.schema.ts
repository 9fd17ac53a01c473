// "What waits for me" (GET /api/me/waiting): the work of the signed-in person in one year, item by item,
// each saying where it is done. Which items a role sees: src/app/waiting.service.ts.
import { z } from 'zod';
import { ORG_UNIT_LEVELS } from '../../domain/access/roles.ts';
import { AssessmentStatus, MonthString, UnitRef } from './org-units.schema.ts';

export const WaitingQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const IndicatorRef = z.object({ code: z.string(), number: z.string(), name: z.string() });

/** A month that has ended and is not reported: complete (to report) or not (what is missing). */
export const MonthWaiting = z.object({
  kind: z.literal('month'),
  puskesmas: UnitRef,
  month: MonthString,
  /** Its report is due by this date ('YYYY-MM-DD', WIB). */
  due: z.string(),
  /** The due date has passed. */
  overdue: z.boolean(),
  complete: z.boolean(),
  /** How many required indicators have no value, and the first of them in catalog order. */
  missing: z.number().int(),
  missingIndicators: z.array(IndicatorRef),
  /** Whether the signed-in person may report it (koordinator, Kepala Puskesmas). */
  canReport: z.boolean(),
});

const ReturnScope = z.enum(['indicator', 'programme']);

/** An indicator or programme a verifier returned to the Puskesmas: the comment waits for its answer. */
export const ReturnWaiting = z.object({
  kind: z.literal('returned'),
  puskesmas: UnitRef,
  id: z.number().int(),
  scope: ReturnScope,
  code: z.string(),
  /** The indicator's or programme's name in the catalog (the code when the catalog has no such node). */
  name: z.string(),
  /** The programme it belongs to (verification shows a Puskesmas-year programme by programme). */
  programme: z.string(),
  comment: z.string(),
  returnedBy: z.string(),
  returnedAt: z.string(),
  overdue: z.boolean(),
});

/** The year to submit to Dinkes (Kepala Puskesmas), and what stands before it. */
export const SubmissionWaiting = z.object({
  kind: z.literal('submission'),
  puskesmas: UnitRef,
  status: AssessmentStatus,
  /** Every month of the year has ended: the year may be submitted. */
  yearOver: z.boolean(),
  monthsUnreported: z.number().int(),
  warningsOpen: z.number().int(),
  returnsOpen: z.number().int(),
});

/** A point of a feedback letter from Dinkes without a follow-up, or whose follow-up is not done. */
export const FeedbackWaiting = z.object({
  kind: z.literal('feedback'),
  puskesmas: UnitRef,
  pointId: z.number().int(),
  letter: z.object({ id: z.number().int(), number: z.string(), datedOn: z.string() }),
  scope: z.enum(['overall', 'programme', 'indicator']),
  code: z.string().nullable(),
  name: z.string().nullable(),
  text: z.string(),
  followUp: z.enum(['belum', 'berjalan', 'selesai']).nullable(),
});

/** A submitted Puskesmas-year in the verifier's queue. */
export const VerificationWaiting = z.object({
  kind: z.literal('verify'),
  puskesmas: UnitRef,
  submittedAt: z.string().nullable(),
  programmes: z.number().int(),
  /** Programmes nobody at Dinkes has looked at yet. */
  notLooked: z.number().int(),
  /** Programmes with an answered return to close. */
  answered: z.number().int(),
  /** Programmes waiting for the Puskesmas' answer to a return. */
  returned: z.number().int(),
  /** Programmes past their deadline (docs/scoring-decisions.md, verification), and the oldest wait. */
  overdue: z.number().int(),
  overdueDays: z.number().int().nullable(),
});

/** A return the Puskesmas answered: the verifier closes it or returns it again. */
export const AnswerWaiting = z.object({
  kind: z.literal('answered'),
  puskesmas: UnitRef,
  id: z.number().int(),
  scope: ReturnScope,
  code: z.string(),
  name: z.string(),
  programme: z.string(),
  comment: z.string(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  overdue: z.boolean(),
});

/** A Puskesmas that has not submitted its year (the admin's list). */
export const NotSubmittedWaiting = z.object({
  kind: z.literal('not-submitted'),
  puskesmas: UnitRef,
  status: AssessmentStatus,
  monthsReported: z.number().int(),
  /** Months whose report is due by now (12 once the year's December report is due). */
  monthsDue: z.number().int(),
});

/** A verified Puskesmas-year the admin may finalise. */
export const FinaliseWaiting = z.object({
  kind: z.literal('finalise'),
  puskesmas: UnitRef,
  verifiedAt: z.string().nullable(),
});

/** Whether the district's year can be published: every Puskesmas-year final. */
export const PublishWaiting = z.object({
  kind: z.literal('publish'),
  state: z.enum(['ready', 'waiting', 'published']),
  final: z.number().int(),
  published: z.number().int(),
  total: z.number().int(),
});

export const WaitingItem = z.discriminatedUnion('kind', [
  MonthWaiting,
  ReturnWaiting,
  SubmissionWaiting,
  FeedbackWaiting,
  VerificationWaiting,
  AnswerWaiting,
  NotSubmittedWaiting,
  FinaliseWaiting,
  PublishWaiting,
]);
export type WaitingItem = z.infer<typeof WaitingItem>;

export const WaitingView = z.object({
  year: z.number().int(),
  /** The signed-in person's unit: their Puskesmas, or their district. */
  unit: UnitRef.extend({ level: z.enum(ORG_UNIT_LEVELS) }),
  /** The Puskesmas-year's status (a Puskesmas account); null for a district or a year not opened. */
  status: AssessmentStatus,
  /** Today on the Puskesmas' clock (WIB). */
  today: z.string(),
  items: z.array(WaitingItem),
});
export type WaitingView = z.infer<typeof WaitingView>;
