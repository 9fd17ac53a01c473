// Verification's API shapes (zod): Dinkes' corrections over the Puskesmas' own figures, the items
// returned to the Puskesmas and its answers, the verifier's looks, and the district's queue.
import { z } from 'zod';
import type { ExclusionReason } from '../../domain/scoring/explanation.ts';
import { PROGRAMME_STATES, REVIEW_OUTCOMES } from '../../domain/verification/queue.ts';
import { RETURN_SCOPES, RETURN_STATUSES } from '../../domain/verification/returns.ts';
import { Headline } from './dashboard.schema.ts';
import { EntryField } from './entries.schema.ts';
import { AssessmentStatus, MonthString, UnitRef, YearHeader } from './org-units.schema.ts';
import { SASARAN_KEYS } from './profile.schema.ts';
import { RubricLevel } from './rubric.schema.ts';
import { EntryShape, IndicatorKind } from './targets.schema.ts';

const Amount = z.number().nonnegative();
/** Why, in words. An empty one is refused by the service with its own message (a reason is the point). */
const Why = z.string().trim().max(1000);
const Version = z.number().int().nonnegative();

export const ReturnScope = z.enum(RETURN_SCOPES);
export const ReturnStatus = z.enum(RETURN_STATUSES);
export const ProgrammeState = z.enum(PROGRAMME_STATES);
export const ReviewOutcome = z.enum(REVIEW_OUTCOMES);

// ── Requests ───────────────────────────────────────────────────────────────────────────────────────

/**
 * PUT …/corrections/{indicatorCode}: Dinkes' figure for one month, one target row or one rubric
 * item, with the reason. Fields absent keep the figure in force (Dinkes' if it corrected before,
 * else the Puskesmas'); a month with every field null is corrected to empty.
 */
export const CorrectionBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('value'),
    month: MonthString,
    numerator: Amount.nullable().optional(),
    denominator: Amount.nullable().optional(),
    value: Amount.nullable().optional(),
    flag: z.boolean().nullable().optional(),
    reason: Why,
    expectedVersion: Version,
  }),
  z.object({
    kind: z.literal('target'),
    target: Amount.nullable().optional(),
    targetSasaran: Amount.nullable().optional(),
    sasaran: Amount.nullable().optional(),
    fromProfile: z.enum(SASARAN_KEYS).optional(),
    applicable: z.boolean().optional(),
    notApplicableReason: z.string().trim().max(500).nullable().optional(),
    reason: Why,
    expectedVersion: Version,
  }),
  z.object({
    kind: z.literal('rubric'),
    level: RubricLevel.nullable().optional(),
    percent: z.number().min(0).max(100).nullable().optional(),
    reason: Why,
    expectedVersion: Version,
  }),
]);
export type CorrectionBody = z.infer<typeof CorrectionBody>;

/** POST …/corrections/{indicatorCode}/withdraw: back to the Puskesmas' figure, with the reason. */
export const WithdrawalBody = z.object({
  kind: z.enum(['value', 'target', 'rubric']),
  month: MonthString.optional(),
  reason: Why,
  expectedVersion: Version,
});
export type WithdrawalBody = z.infer<typeof WithdrawalBody>;

/** POST …/returns: an indicator or a whole programme back to the Puskesmas, with a comment. */
export const ReturnBody = z.object({
  scope: ReturnScope,
  code: z.string().trim().min(1).max(80),
  comment: Why,
});
export type ReturnBody = z.infer<typeof ReturnBody>;

/** POST …/returns/{returnId}/answer (the Puskesmas). */
export const AnswerBody = z.object({ answer: Why });
export type AnswerBody = z.infer<typeof AnswerBody>;

/** POST …/returns/{returnId}/return-again (the verifier): the answer does not settle it. */
export const ReturnAgainBody = z.object({ comment: Why });
export type ReturnAgainBody = z.infer<typeof ReturnAgainBody>;

export const ReturnParams = z.object({ returnId: z.coerce.number().int().positive() });
export const ProgrammeParams = z.object({ programmeCode: z.string().trim().min(1).max(80) });

// ── Answers ────────────────────────────────────────────────────────────────────────────────────────

const Stamp = z.object({ by: z.string(), at: z.string() });

export const Overdue = z.object({
  reason: z.enum(['not-looked', 'answer-waiting', 'return-unanswered']),
  since: z.string(),
  days: z.number().int(),
});
export type Overdue = z.infer<typeof Overdue>;

export const LastLook = Stamp.extend({ outcome: ReviewOutcome });

export const ReturnedItemView = z.object({
  id: z.number().int(),
  scope: ReturnScope,
  code: z.string(),
  /** The indicator's or programme's name as printed, with its number. */
  name: z.string(),
  /** The programme it lies in (itself for a programme). */
  programme: z.string(),
  status: ReturnStatus,
  /** The verifier's latest comment. */
  comment: z.string(),
  returned: Stamp,
  answer: z.string().nullable(),
  answered: Stamp.nullable(),
  closed: Stamp.nullable(),
  /** The indicators it reopens for the Puskesmas while open. */
  indicators: z.array(z.string()),
  /** Where the Puskesmas changes them: the monthly grid, or the management and quality items. */
  screen: z.enum(['entries', 'rubric']),
  /** Every step, oldest first: returned, answered, returned again, closed. */
  thread: z.array(
    Stamp.extend({
      step: z.enum(['returned', 'answered', 'returned-again', 'closed']),
      text: z.string().nullable(),
    }),
  ),
  overdue: Overdue.nullable(),
});
export type ReturnedItemView = z.infer<typeof ReturnedItemView>;

/** GET …/returns: what is returned to the Puskesmas, and the indicators it may change for it now. */
export const ReturnsView = YearHeader.extend({
  returns: z.array(ReturnedItemView),
  reopened: z.array(z.string()),
});
export type ReturnsView = z.infer<typeof ReturnsView>;

const MonthFigures = z.object({
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  flag: z.boolean().nullable(),
});

const TargetFigures = z.object({
  /** T; null: the decree's target is in force. */
  target: z.number().nullable(),
  targetSasaran: z.number().nullable(),
  sasaran: z.number().nullable(),
  applicable: z.boolean(),
  notApplicableReason: z.string().nullable(),
});

const RubricFigures = z.object({ level: RubricLevel.nullable(), percent: z.number().nullable() });

/** The Puskesmas' own row (who entered it, when, its version) … */
const Own = <T extends z.ZodRawShape>(figures: z.ZodObject<T>) =>
  figures.extend({ version: z.number().int(), by: z.string(), at: z.string() });
/** … and Dinkes' correction laid over it (with why). */
const Corrected = <T extends z.ZodRawShape>(figures: z.ZodObject<T>) =>
  Own(figures).extend({ reason: z.string().nullable() });

export const VerificationMonth = z.object({
  month: MonthString,
  own: Own(MonthFigures).nullable(),
  correction: Corrected(MonthFigures).nullable(),
  /** The Puskesmas changed it after the verifier's last look at the programme. */
  changedSinceLook: z.boolean(),
});
export type VerificationMonth = z.infer<typeof VerificationMonth>;

const StageScore = z.object({
  score: z.number().nullable(),
  /** Why it is not scored, when it is not (the engine's vocabulary). */
  excluded: (z.string() as unknown as z.ZodType<ExclusionReason>).nullable(),
});

export const VerificationIndicator = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  unit: z.string(),
  kind: IndicatorKind,
  entry: EntryShape,
  fields: z.array(EntryField),
  scale: z.number().nullable(),
  printedTarget: z.string(),
  /** The decree's target value. */
  defaultTarget: z.number().nullable(),
  sasaranLabel: z.string(),
  /** Why it does not apply at each stage (null: it applies). */
  notApplicable: z.object({ own: z.string().nullable(), verified: z.string().nullable() }),
  target: z.object({ own: Own(TargetFigures).nullable(), correction: Corrected(TargetFigures).nullable() }),
  /**
   * The twin row whose months these are (the catalog's sameAs): entered and corrected there; null
   * for a row with months of its own.
   */
  sameAs: z.string().nullable(),
  /** Twelve months for a monthly indicator (a linked row's are its twin's); none for a Table 5 item. */
  months: z.array(VerificationMonth),
  rubric: z
    .object({
      input: z.enum(['level', 'percent']),
      levels: z.array(z.object({ level: RubricLevel, text: z.string(), selectable: z.boolean() })),
      own: Own(RubricFigures).nullable(),
      correction: Corrected(RubricFigures).nullable(),
      /** An item that must rise above last year's figure (IKS): its figure is an index, not a %. */
      mustRise: z.boolean(),
      /** Last year's figure both rows are scored against; null when none is known (or no such item). */
      lastYear: z.number().nullable(),
    })
    .nullable(),
  score: z.object({ own: StageScore, verified: StageScore }),
  changedSinceLook: z.boolean(),
  /** Ids of the returns (open or answered) that cover it. */
  returns: z.array(z.number().int()),
});
export type VerificationIndicator = z.infer<typeof VerificationIndicator>;

export const ProgrammeSummary = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  state: ProgrammeState,
  lastLook: LastLook.nullable(),
  /** Indicators the Puskesmas changed since the last look (null: never looked at). */
  changedSinceLook: z.number().int().nullable(),
  corrections: z.number().int(),
  openReturns: z.number().int(),
  answeredReturns: z.number().int(),
  overdue: Overdue.nullable(),
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummary>;

/** GET …/verification?programme=: one programme of a Puskesmas-year, both figures side by side. */
export const VerificationView = YearHeader.extend({
  /** Corrections, returns and looks are possible now (the year is submitted). */
  open: z.boolean(),
  programmes: z.array(ProgrammeSummary),
  programme: ProgrammeSummary,
  indicators: z.array(VerificationIndicator),
  returns: z.array(ReturnedItemView),
  /** The year's result at each stage, as the engine scores the stored rows now. */
  result: z.object({ own: Headline, verified: Headline }),
});
export type VerificationView = z.infer<typeof VerificationView>;

export const CorrectionSaved = z.object({ code: z.string(), verified: Headline });
export type CorrectionSaved = z.infer<typeof CorrectionSaved>;

export const ReviewSaved = z.object({ programme: z.string(), lastLook: LastLook });
export type ReviewSaved = z.infer<typeof ReviewSaved>;

export const QueueRow = z.object({
  puskesmas: UnitRef,
  status: AssessmentStatus,
  submittedAt: z.string().nullable(),
  programme: z.string(),
  state: ProgrammeState,
  lastLook: LastLook.nullable(),
  changedSinceLook: z.number().int().nullable(),
  corrections: z.number().int(),
  openReturns: z.number().int(),
  answeredReturns: z.number().int(),
  overdue: Overdue.nullable(),
});
export type QueueRow = z.infer<typeof QueueRow>;

/** GET /api/districts/{code}/years/{year}/verification: every Puskesmas × programme of the district-year. */
export const QueueView = z.object({
  district: UnitRef,
  year: z.number().int(),
  /** Days before an item is overdue (domain/verification/queue.ts). */
  deadlines: z.object({ firstLook: z.number(), answer: z.number(), close: z.number() }),
  programmes: z.array(z.object({ code: z.string(), number: z.string(), name: z.string() })),
  rows: z.array(QueueRow),
});
export type QueueView = z.infer<typeof QueueView>;
