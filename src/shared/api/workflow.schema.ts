// The assessment cycle's shapes (zod): a Puskesmas-year's status with the moves the user may make and
// its history, a move's request, a district-year's statuses and publications.
import { z } from 'zod';
import { ASSESSMENT_STATUSES } from '../../domain/assessment/status.ts';
import { MOVE_REASON_MAX, MOVES } from '../../domain/assessment/workflow.ts';
import { AssessmentStatus, MonthString, UnitRef } from './org-units.schema.ts';

export const MoveName = z.enum(MOVES);
export const Status = z.enum(ASSESSMENT_STATUSES);

/**
 * POST …/workflow/{move}. `expectedStatus` is the status the user saw: if someone moved the year
 * meanwhile, the move is refused (409 MOVE_STATUS_CHANGED) rather than made on a year they did not see.
 */
export const MoveBody = z.object({
  expectedStatus: Status,
  reason: z.string().max(MOVE_REASON_MAX).nullish(),
});
export type MoveBody = z.infer<typeof MoveBody>;

const Instant = z.string();

/** When the year last reached each status (ISO 8601); null where it has not, or went back before it. */
export const StatusStampsView = z.object({
  submittedAt: Instant.nullable(),
  verifiedAt: Instant.nullable(),
  finalisedAt: Instant.nullable(),
  publishedAt: Instant.nullable(),
});

/** A move the user may make now: where it leads, whether it needs a reason, and what blocks it. */
export const MoveOption = z.object({
  move: MoveName,
  to: Status,
  reason: z.enum(['required', 'optional']),
  /** Null when it can be made; else what must happen first (`count`: the returned items not closed). */
  blocked: z
    .object({ code: z.enum(['returns-open', 'year-not-over']), count: z.number().int().optional() })
    .nullable(),
});
export type MoveOption = z.infer<typeof MoveOption>;

const IndicatorRef = z.object({ code: z.string(), number: z.string(), name: z.string() });

/** What the year still lacks, shown before the Kepala Puskesmas submits it (never a refusal). */
export const SubmissionCheck = z.object({
  /** Months with required values missing, and how many; missing values count as 0 once submitted. */
  months: z.array(z.object({ month: MonthString, missing: z.number().int() })),
  /** Management and quality items not scored: 0 once submitted. */
  unscoredItems: z.array(IndicatorRef),
  /** Coverages and rates without a sasaran: left out of the score. */
  withoutSasaran: z.array(IndicatorRef),
});
export type SubmissionCheck = z.infer<typeof SubmissionCheck>;

export const StatusChange = z.object({
  at: Instant,
  actor: z.string(),
  from: Status.nullable(),
  to: Status,
  /** The move made; `withdrawal` when the district's publication was withdrawn; null outside the workflow. */
  move: z.union([MoveName, z.literal('withdrawal')]).nullable(),
  reason: z.string().nullable(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** A publication as the screens show it (its recap is read by the dashboards). */
export const PublicationSummary = z.object({
  id: z.number().int(),
  publishedAt: Instant,
  publishedBy: z.string(),
  /** Set once it was withdrawn (a year reopened): the results are no longer published. */
  withdrawnAt: Instant.nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawReason: z.string().nullable(),
});
export type PublicationSummary = z.infer<typeof PublicationSummary>;

/** GET /api/puskesmas/{code}/years/{year}/workflow, and the answer to a move. */
export const YearWorkflow = z.object({
  puskesmas: UnitRef,
  year: z.number().int(),
  status: AssessmentStatus,
  stamps: StatusStampsView,
  moves: z.array(MoveOption),
  /** For a user who may submit the year now: what it lacks. */
  submission: SubmissionCheck.nullable(),
  /** Items returned to the Puskesmas and not closed (open, or answered and not accepted). */
  unclosedReturns: z.number().int(),
  /** Newest first. */
  history: z.array(StatusChange),
  /** The district's publication of the year in force, if any. */
  publication: PublicationSummary.nullable(),
});
export type YearWorkflow = z.infer<typeof YearWorkflow>;

/** GET /api/districts/{code}/years/{year}/workflow: every Puskesmas-year's status, and publication. */
export const DistrictWorkflow = z.object({
  district: UnitRef,
  year: z.number().int(),
  rows: z.array(
    z.object({
      puskesmas: UnitRef,
      /** Null: the Puskesmas has not opened the year. */
      status: AssessmentStatus,
      stamps: StatusStampsView,
    }),
  ),
  /** How many Puskesmas-years are in each status, and how many are not opened. */
  counts: z.object({
    notOpened: z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    verified: z.number().int(),
    final: z.number().int(),
    published: z.number().int(),
  }),
  /** Every Puskesmas-year is final: the admin may publish (with `expectedYears` = rows.length). */
  publishable: z.boolean(),
  publication: PublicationSummary.nullable(),
  /** Newest first, withdrawn ones included. */
  publications: z.array(PublicationSummary),
});
export type DistrictWorkflow = z.infer<typeof DistrictWorkflow>;

/**
 * POST /api/districts/{code}/years/{year}/publish. `expectedYears`: how many final Puskesmas-years the
 * admin saw; a year that moved meanwhile refuses the publication (409 PUBLICATION_CHANGED).
 */
export const PublishBody = z.object({ expectedYears: z.number().int().min(1) });
export type PublishBody = z.infer<typeof PublishBody>;
