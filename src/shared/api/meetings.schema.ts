// The meetings API's shapes (zod): a Puskesmas-year's meetings with attendance and decisions, their
// counts per kind and quarter, and the management item levels those counts propose.
import { z } from 'zod';
import { EVIDENCE_KINDS } from '../../domain/evidence/evidence-rules.ts';
import { MEETING_KINDS } from '../../domain/meetings/meeting-counts.ts';
import { YearHeader } from './org-units.schema.ts';
import { RubricLevel } from './rubric.schema.ts';

export const MeetingKind = z.enum(MEETING_KINDS);

const Text = (max: number) => z.string().trim().max(max);

export const MeetingParticipant = z.object({
  name: Text(120).min(1),
  /** Position or programme ("Bidan koordinator", "Lintas sektor: Camat"). */
  role: Text(120).default(''),
  present: z.boolean().default(true),
});

export const MeetingDecision = z.object({
  text: Text(2000).min(1),
  /** The RTL action (Bab VI) the decision created or follows up. */
  rtlActionId: z.number().int().positive().nullable().default(null),
});

/** POST …/meetings, and PUT …/meetings/{id} with `expectedVersion`. */
export const MeetingBody = z.object({
  kind: MeetingKind,
  heldOn: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD'),
  title: Text(200).min(1),
  agenda: Text(4000).min(1),
  minutes: Text(20_000).default(''),
  participants: z.array(MeetingParticipant).max(300).default([]),
  decisions: z.array(MeetingDecision).max(100).default([]),
});
export type MeetingBody = z.input<typeof MeetingBody>;
export type MeetingInput = z.output<typeof MeetingBody>;

export const MeetingUpdateBody = MeetingBody.extend({ expectedVersion: z.number().int().positive() });
export type MeetingUpdateBody = z.input<typeof MeetingUpdateBody>;

/** DELETE …/meetings/{id}?expectedVersion=N */
export const MeetingDeleteQuery = z.object({ expectedVersion: z.coerce.number().int().positive() });

export const EvidenceCounts = z.object(
  Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, z.number().int()])) as Record<
    (typeof EVIDENCE_KINDS)[number],
    z.ZodNumber
  >,
);
export type EvidenceCounts = z.infer<typeof EvidenceCounts>;

export const MeetingDetail = z.object({
  id: z.number().int(),
  kind: MeetingKind,
  heldOn: z.string(),
  title: z.string(),
  agenda: z.string(),
  minutes: z.string(),
  participants: z.array(z.object({ name: z.string(), role: z.string(), present: z.boolean() })),
  decisions: z.array(z.object({ text: z.string(), rtlActionId: z.number().int().nullable() })),
  /** The files attached to the meeting, per kind (photo, attendance, minutes, document). */
  evidence: EvidenceCounts,
  version: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const KindCount = z.object({
  meetings: z.number().int(),
  byQuarter: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
  months: z.number().int(),
  quarters: z.number().int(),
});

export const LevelProposal = z.object({
  itemCode: z.string(),
  /** The item's number and name as the rubric prints them ("A2 6", "Melaksanakan mini lokakarya bulanan"). */
  itemName: z.string(),
  level: RubricLevel,
  kind: MeetingKind,
  countedBy: z.enum(['months', 'quarters', 'meetings']),
  count: z.number().int(),
  meetings: z.number().int(),
  /** For B2.2: whether the year's analysis of achievements (Bab V) is written; null for the others. */
  analysed: z.boolean().nullable(),
});
export type LevelProposal = z.infer<typeof LevelProposal>;

export const RtlActionChoice = z.object({
  id: z.number().int(),
  indicatorCode: z.string(),
  action: z.string(),
  status: z.string(),
});
export type RtlActionChoice = z.infer<typeof RtlActionChoice>;

/** GET …/meetings */
export const MeetingsView = YearHeader.extend({
  meetings: z.array(MeetingDetail),
  counts: z.record(MeetingKind, KindCount),
  proposals: z.array(LevelProposal),
  /** The year's RTL actions, for linking a decision. */
  rtlActions: z.array(RtlActionChoice),
  /** Whether the signed-in user may record meetings now (role and the year's status). */
  canEdit: z.boolean(),
});
export type MeetingsView = z.infer<typeof MeetingsView>;

/** GET …/meetings/proposals: what the rubric screen shows beside A2.6, A2.7 and B2.2. */
export const LevelProposals = z.object({ proposals: z.array(LevelProposal) });
export type LevelProposals = z.infer<typeof LevelProposals>;
