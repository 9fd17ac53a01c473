// Evidence files: what they may be attached to, which kinds of file are taken, and who may add or
// remove one in which status of the Puskesmas-year (docs/scoring-decisions.md, "Meetings and evidence").
//
// Evidence never changes a score, so it does not follow the figures' rule (status.ts: a Puskesmas
// changes nothing once it has submitted): a verifier who returns an indicator asks for proof, a review
// meeting is held after the report went to Dinkes, and a feedback point is followed up after Dinkes
// wrote it. What Dinkes received, though, stays as it was received (see `deletionRefusal`).
import type { Role } from '../access/roles.ts';
import { statusesBefore, type AssessmentStatus } from '../assessment/status.ts';

/** What a file is evidence of; `attachedKey` names the record (an indicator code, a meeting id, …). */
export const EVIDENCE_ATTACHMENTS = [
  'indicator',
  'rubric',
  'meeting',
  'rtl_action',
  'feedback_point',
  'accreditation',
] as const;
export type EvidenceAttachment = (typeof EVIDENCE_ATTACHMENTS)[number];

/** A document (a decree, an SOP, a report), a photo, a scanned attendance list, minutes. */
export const EVIDENCE_KINDS = ['document', 'photo', 'attendance', 'minutes'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * The file types taken, as their content shows them (never their name): PDF, JPEG, PNG, and the two
 * Office formats a Puskesmas writes its SK and recaps in. DOCX and XLSX are zip containers; a plain
 * zip, an old .doc/.xls, an executable or a script is refused whatever it is called.
 */
export const EVIDENCE_TYPES = [
  { mime: 'application/pdf', extension: 'pdf', label: 'PDF' },
  { mime: 'image/jpeg', extension: 'jpg', label: 'JPEG' },
  { mime: 'image/png', extension: 'png', label: 'PNG' },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    label: 'DOCX',
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    label: 'XLSX',
  },
] as const;

export function isEvidenceType(mime: string | null | undefined): boolean {
  return EVIDENCE_TYPES.some((t) => t.mime === mime);
}

const PUSKESMAS_LEADS: readonly Role[] = ['koordinator', 'kepala_puskesmas'];
const DINKES: readonly Role[] = ['verifikator', 'admin_dinkes'];
/** Until the year is final: Dinkes' "everything locked". */
const UNTIL_FINAL = statusesBefore('final');

export interface EvidenceWriters {
  roles: readonly Role[];
  /** The statuses of the year in which those roles may add a file. */
  statuses: readonly AssessmentStatus[];
}

/**
 * Who may attach a file to each kind of record, and while the year is in which status. A monthly
 * figure's proof comes from whoever enters it; a management item's, a meeting's, an RTL action's, a
 * feedback follow-up's and an accreditation element's from the coordinator or the head. Follow-ups of
 * Dinkes' feedback and accreditation evidence answer to the surveyor, not to the year's score: they
 * stay open after the year is final.
 */
export const EVIDENCE_WRITERS: Readonly<Record<EvidenceAttachment, EvidenceWriters>> = {
  indicator: {
    roles: ['pelaksana', ...PUSKESMAS_LEADS, ...DINKES],
    statuses: UNTIL_FINAL,
  },
  rubric: { roles: [...PUSKESMAS_LEADS, ...DINKES], statuses: UNTIL_FINAL },
  meeting: { roles: PUSKESMAS_LEADS, statuses: UNTIL_FINAL },
  rtl_action: { roles: PUSKESMAS_LEADS, statuses: UNTIL_FINAL },
  feedback_point: { roles: PUSKESMAS_LEADS, statuses: [...UNTIL_FINAL, 'final', 'published'] },
  accreditation: { roles: PUSKESMAS_LEADS, statuses: [...UNTIL_FINAL, 'final', 'published'] },
};

/** Why the refusal: the role never adds such a file, or the year's status no longer lets it. */
export type EvidenceRefusal = 'role' | 'status' | null;

/** Why `role` may not attach a file to an `attachedTo` record of a year in `status` (null: it may). */
export function uploadRefusal(
  role: Role,
  attachedTo: EvidenceAttachment,
  status: AssessmentStatus | null,
): EvidenceRefusal {
  const writers = EVIDENCE_WRITERS[attachedTo];
  if (!writers.roles.includes(role)) return 'role';
  return writers.statuses.includes(status ?? 'draft') ? null : 'status';
}

export interface EvidenceOnRecord {
  attachedTo: EvidenceAttachment;
  uploadedBy: string;
  uploadedAt: Date;
}

/**
 * Why `user` may not remove `file` (null: they may). Dinkes removes any file while the year is not
 * final (a file in the wrong Puskesmas, or naming a patient). The uploader removes their own while
 * they could still add it — except a file the year was submitted with: Dinkes received the report
 * with it, so only Dinkes takes it away.
 */
export function deletionRefusal(
  user: { username: string; role: Role },
  file: EvidenceOnRecord,
  year: { status: AssessmentStatus | null; submittedAt: Date | null },
): EvidenceRefusal | 'submitted-with' {
  if (DINKES.includes(user.role)) return UNTIL_FINAL.includes(year.status ?? 'draft') ? null : 'status';
  if (file.uploadedBy !== user.username) return 'role';
  const refusal = uploadRefusal(user.role, file.attachedTo, year.status);
  if (refusal !== null) return refusal;
  if (year.submittedAt !== null && file.uploadedAt <= year.submittedAt) return 'submitted-with';
  return null;
}

/**
 * The name an upload is shown with, or null when it is no plain file name: a path ("../../etc/x.pdf",
 * "C:\\x.pdf"), a control character, or nothing left. The name is only ever shown, never a path.
 */
export function displayName(uploaded: string): string | null {
  const name = uploaded.normalize('NFC').trim();
  if (name === '' || name === '.' || name === '..') return null;
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || LONE_SURROGATE.test(name)) return null;
  const chars = Array.from(name);
  return chars.length > 200 ? `${chars.slice(0, 190).join('')}…${chars.slice(-9).join('')}` : name;
}

/** Text no database can store as UTF-8 (a half of a surrogate pair). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
