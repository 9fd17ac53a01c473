// The feedback API's shapes (zod): Dinkes' letters to a Puskesmas-year with their points, and the
// Puskesmas' follow-up of each point (criterion 2.8.3 f–g, 2.8.4 d–e).
import { z } from 'zod';
import { FEEDBACK_SCOPES, FEEDBACK_STATUSES, FOLLOW_UP_STATUSES } from '../../domain/improvement/feedback.ts';
import { CalendarDateString } from './date.schema.ts';
import { AssessmentStatus, UnitRef, YearHeader } from './org-units.schema.ts';

export const FollowUpView = z.object({
  text: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  updatedBy: z.string(),
  updatedAt: z.string(),
  /** Send it back with the next change. */
  version: z.number().int(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

/** What a point is about, in words: a programme's or an indicator's number and name. */
export const TopicView = z.object({ code: z.string(), number: z.string(), name: z.string() });

export const FeedbackPointView = z.object({
  id: z.number().int(),
  scope: z.enum(FEEDBACK_SCOPES),
  /** Null for the whole assessment; a code no longer in the catalog is named by its code. */
  topic: TopicView.nullable(),
  text: z.string(),
  /** Null until the Puskesmas writes one. */
  followUp: FollowUpView.nullable(),
});
export type FeedbackPointView = z.infer<typeof FeedbackPointView>;

export const FeedbackLetterView = z.object({
  id: z.number().int(),
  number: z.string(),
  /** The date the letter bears, 'YYYY-MM-DD'. */
  datedOn: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  summary: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  createdBy: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  version: z.number().int(),
  points: z.array(FeedbackPointView),
});
export type FeedbackLetterView = z.infer<typeof FeedbackLetterView>;

/** A programme or indicator a point can be about, with its stored score for the writer's eye. */
export const TopicChoice = TopicView.extend({
  /** The programme of an indicator (its code); null for a programme. */
  programmeCode: z.string().nullable(),
  /** On its axis' scale (0–100, or 0–10 for Table 5); null when not scored. */
  score: z.number().nullable(),
  /** An indicator below target (Bab V's list). */
  belowTarget: z.boolean(),
});
export type TopicChoice = z.infer<typeof TopicChoice>;

/** GET /api/puskesmas/{code}/years/{year}/feedback: the letters (drafts for Dinkes only), oldest first. */
export const FeedbackView = YearHeader.extend({
  district: UnitRef,
  letters: z.array(FeedbackLetterView),
  /** Points of sent letters whose follow-up is missing or not done. */
  openPoints: z.number().int(),
  /**
   * For a Dinkes writer: what a point can be about, and the signer of the district's last letter to
   * offer on a new one. Null for a reader who does not write letters.
   */
  writing: z
    .object({
      programmes: z.array(TopicChoice),
      indicators: z.array(TopicChoice),
      lastSigner: z.object({ signerName: z.string(), signerTitle: z.string() }).nullable(),
    })
    .nullable(),
});
export type FeedbackView = z.infer<typeof FeedbackView>;

const Text = (max: number) => z.string().trim().max(max);

export const FeedbackPointBody = z.object({
  /** A point of this letter kept (its id), or none for a new one. */
  id: z.number().int().positive().optional(),
  scope: z.enum(FEEDBACK_SCOPES),
  /** A programme's or indicator's code; null for the whole assessment. */
  code: z.string().trim().min(1).max(80).nullable(),
  text: Text(2000),
});

/** A draft may be saved incomplete; sending needs every part (FEEDBACK_INCOMPLETE). */
export const FeedbackLetterBody = z.object({
  number: Text(100),
  datedOn: CalendarDateString,
  signerName: Text(200),
  signerTitle: Text(200),
  summary: Text(4000),
  points: z.array(FeedbackPointBody).max(60),
});
export type FeedbackLetterBody = z.infer<typeof FeedbackLetterBody>;

export const FeedbackLetterUpdateBody = FeedbackLetterBody.extend({
  expectedVersion: z.number().int().nonnegative(),
});
export type FeedbackLetterUpdateBody = z.infer<typeof FeedbackLetterUpdateBody>;

/** Sending or deleting a draft names the version it saw. */
export const FeedbackVersionBody = z.object({ expectedVersion: z.number().int().nonnegative() });
export type FeedbackVersionBody = z.infer<typeof FeedbackVersionBody>;

export const FollowUpBody = z.object({
  text: Text(4000).min(1),
  status: z.enum(FOLLOW_UP_STATUSES),
  expectedVersion: z.number().int().nonnegative(),
});
export type FollowUpBody = z.infer<typeof FollowUpBody>;

/** GET /api/districts/{code}/years/{year}/feedback: per Puskesmas, its letters and open points. */
export const DistrictFeedbackView = z.object({
  district: UnitRef,
  year: z.number().int(),
  puskesmas: z.array(
    UnitRef.extend({
      status: AssessmentStatus,
      drafts: z.number().int(),
      sent: z.number().int(),
      /** The date of the latest letter sent, 'YYYY-MM-DD'. */
      lastSentOn: z.string().nullable(),
      points: z.number().int(),
      /** Points followed up as done (selesai). */
      done: z.number().int(),
      /** Points with a follow-up not yet done. */
      underWay: z.number().int(),
    }),
  ),
});
export type DistrictFeedbackView = z.infer<typeof DistrictFeedbackView>;
