// The evidence API's shapes (zod): files attached to a Puskesmas-year's records, as the UI lists them.
import { z } from 'zod';
import { EVIDENCE_ATTACHMENTS, EVIDENCE_KINDS } from '../../domain/evidence/evidence-rules.ts';

export const EvidenceAttachment = z.enum(EVIDENCE_ATTACHMENTS);
export const EvidenceKind = z.enum(EVIDENCE_KINDS);

/**
 * The record a file is attached to: an indicator or rubric item code, a meeting's, RTL action's or
 * feedback point's id, an accreditation element ("2.8.4.a").
 */
export const AttachedKey = z.string().trim().min(1).max(80);

/** The form fields of POST …/evidence (multipart/form-data), besides the `file` itself. */
export const EvidenceUploadFields = z.object({
  attachedTo: EvidenceAttachment,
  attachedKey: AttachedKey,
  kind: EvidenceKind.default('document'),
});
export type EvidenceUploadFields = z.infer<typeof EvidenceUploadFields>;

/** GET …/evidence?attachedTo=&attachedKey= (both optional: the whole year, or one kind of record). */
export const EvidenceQuery = z.object({
  attachedTo: EvidenceAttachment.optional(),
  attachedKey: AttachedKey.optional(),
});

export const EvidenceFile = z.object({
  id: z.number().int(),
  attachedTo: EvidenceAttachment,
  attachedKey: z.string(),
  kind: EvidenceKind,
  /** The name it was uploaded with (display only). */
  filename: z.string(),
  /** As read from its content. */
  mime: z.string(),
  /** "PDF", "JPEG", … */
  typeLabel: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  /** Whether the signed-in user may remove it now. */
  canDelete: z.boolean(),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const EvidenceList = z.object({
  files: z.array(EvidenceFile),
  /** The largest upload taken, in bytes (PKP_UPLOAD_MAX_MB). */
  maxBytes: z.number().int(),
  /** The types taken, as read from the content. */
  types: z.array(z.object({ mime: z.string(), extension: z.string(), label: z.string() })),
  /**
   * Whether the signed-in user may attach a file to the asked kind of record now (the role and the
   * year's status); null when the list spans several kinds.
   */
  canUpload: z.boolean().nullable(),
});
export type EvidenceList = z.infer<typeof EvidenceList>;

export const EvidenceIdParam = z.coerce.number().int().positive().max(2_147_483_647);
