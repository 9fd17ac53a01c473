// The accreditation readiness API's shapes (zod): each element of criteria 2.7.1, 2.8.3 and 2.8.4 for
// a Puskesmas-year — what its records prove and what is missing — and the district's overview.
import { z } from 'zod';
import { CRITERIA, EVIDENCE_KINDS, PROOFS } from '../../domain/accreditation/elements.ts';
import { AssessmentStatus, UnitRef, YearHeader } from './org-units.schema.ts';

export const ELEMENT_STATUSES = ['fulfilled', 'partly', 'missing', 'not-due'] as const;
export const CHECK_STATUSES = ['met', 'partly', 'unmet', 'not-due'] as const;

export const ElementStatus = z.enum(ELEMENT_STATUSES);
export type ElementStatus = z.infer<typeof ElementStatus>;

/** A sentence in both languages (the screen picks one; the printed checklist too). */
export const Words = z.object({ id: z.string(), en: z.string() });
export type Words = z.infer<typeof Words>;

export const CheckView = z.object({
  proof: z.enum(PROOFS),
  status: z.enum(CHECK_STATUSES),
  /** What the records hold. */
  sentence: Words,
  /** What is still missing, one sentence each. */
  missing: z.array(Words),
  /** The figures behind the sentences, by proof (docs/accreditation.md). */
  facts: z.record(z.string(), z.unknown()),
});
export type CheckView = z.infer<typeof CheckView>;

export const ElementEvidenceView = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  /** As the criterion prints it. */
  text: z.string(),
  /** `surveyor`: a regulation, an interview or an observation the surveyor checks in person. */
  status: z.enum([...CHECK_STATUSES, 'surveyor']),
  proofs: z.array(z.enum(PROOFS)),
});
export type ElementEvidenceView = z.infer<typeof ElementEvidenceView>;

/** A file attached to the element itself (a decree, an SOP, the evidence pkp does not record). */
export const ElementFileView = z.object({
  id: z.number().int(),
  filename: z.string(),
  kind: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type ElementFileView = z.infer<typeof ElementFileView>;

export const ElementView = z.object({
  /** "2.8.4.a": the key evidence is attached under (attachedTo 'accreditation'). */
  code: z.string(),
  criterion: z.enum(CRITERIA),
  letter: z.string(),
  /** The element as the standard prints it (Indonesian). */
  text: z.string(),
  /** Its English gloss. */
  gloss: z.string(),
  kinds: z.array(z.enum(EVIDENCE_KINDS)),
  status: ElementStatus,
  evidence: z.array(ElementEvidenceView),
  checks: z.array(CheckView),
  files: z.array(ElementFileView),
});
export type ElementView = z.infer<typeof ElementView>;

export const CriterionView = z.object({
  code: z.enum(CRITERIA),
  title: z.string(),
  text: z.string(),
  gloss: z.string(),
});
export type CriterionView = z.infer<typeof CriterionView>;

export const ReadinessCounts = z.object({
  fulfilled: z.number().int(),
  partly: z.number().int(),
  missing: z.number().int(),
  'not-due': z.number().int(),
});
export type ReadinessCounts = z.infer<typeof ReadinessCounts>;

/** GET /api/puskesmas/{code}/years/{year}/accreditation. */
export const YearReadinessView = YearHeader.extend({
  /** The day the readiness was read on (the Puskesmas' clock): what is due depends on it. */
  asOf: z.string(),
  criteria: z.array(CriterionView),
  elements: z.array(ElementView),
  counts: ReadinessCounts,
});
export type YearReadinessView = z.infer<typeof YearReadinessView>;

/** GET /api/districts/{code}/years/{year}/accreditation: every Puskesmas of the district, by code. */
export const DistrictReadinessView = z.object({
  district: UnitRef,
  year: z.number().int(),
  asOf: z.string(),
  criteria: z.array(CriterionView),
  /** The columns: every element, in order. */
  elements: z.array(z.object({ code: z.string(), criterion: z.enum(CRITERIA), letter: z.string() })),
  puskesmas: z.array(
    UnitRef.extend({
      status: AssessmentStatus,
      counts: ReadinessCounts,
      /** Each element's status, in the order of `elements`. */
      elements: z.array(ElementStatus),
    }),
  ),
});
export type DistrictReadinessView = z.infer<typeof DistrictReadinessView>;
