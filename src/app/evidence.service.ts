// Evidence files of a Puskesmas-year: listed per record, added (typed from their content, hashed, kept
// with their row in one transaction under the year's lock), read back only after their SHA-256 is
// checked, removed by their uploader or by Dinkes. Who may do what is domain/evidence/evidence-rules.ts.
import { createHash } from 'node:crypto';
import type { Role } from '../domain/access/roles.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import {
  deletionRefusal,
  displayName,
  EVIDENCE_TYPES,
  isEvidenceType,
  uploadRefusal,
  type EvidenceAttachment,
  type EvidenceRefusal,
} from '../domain/evidence/evidence-rules.ts';
import type { EvidenceFile, EvidenceList, EvidenceUploadFields } from '../shared/api/evidence.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { AssessmentRef, Clock, Repositories, UnitOfWork } from './ports.ts';
import type { PuskesmasUnit } from './puskesmas-year.ts';
import type { EvidenceBlobStore, EvidenceRecord, StagedUpload } from './record-ports.ts';
import { writeYear, type Editor } from './year-write.ts';

export interface EvidenceDeps {
  uow: UnitOfWork;
  /** Reads outside a transaction. */
  repos: Repositories;
  blobs: EvidenceBlobStore;
  clock: Clock;
  /** The largest upload, in bytes. */
  maxBytes: number;
}

export interface YearOf {
  unit: PuskesmasUnit;
  year: number;
}

/** The words of an attachment kind in messages ("rapat", "butir manajemen"); the UI has its own. */
const ATTACHMENT_WORDS: Record<EvidenceAttachment, string> = {
  indicator: 'indikator',
  rubric: 'butir manajemen/mutu',
  meeting: 'rapat',
  rtl_action: 'RTL',
  feedback_point: 'butir umpan balik',
  accreditation: 'elemen akreditasi',
};

function typeLabel(mime: string): string {
  return EVIDENCE_TYPES.find((t) => t.mime === mime)?.label ?? mime;
}

function refusalError(
  refusal: Exclude<EvidenceRefusal, null> | 'submitted-with',
  at: YearOf & { status: AssessmentStatus | null; attachedTo: EvidenceAttachment; file?: EvidenceRecord },
): AppError {
  const attachedTo = ATTACHMENT_WORDS[at.attachedTo];
  if (refusal === 'role') {
    if (at.file) {
      return new AppError(
        'EVIDENCE_NOT_UPLOADER',
        { name: at.file.filename, uploadedBy: at.file.uploadedBy },
        { status: 403 },
      );
    }
    return new AppError('EVIDENCE_ROLE_REFUSED', { attachedTo }, { status: 403 });
  }
  if (refusal === 'submitted-with') {
    return new AppError('EVIDENCE_SUBMITTED_WITH', { name: at.file?.filename ?? '' }, { status: 409 });
  }
  return new AppError(
    'EVIDENCE_YEAR_CLOSED',
    { puskesmas: at.unit.name, year: at.year, status: at.status ?? 'draft', attachedTo },
    { status: 409 },
  );
}

/** Throws unless `editor` may attach a file to an `attachedTo` record of a year in `status`. */
function assertMayUpload(
  editor: Pick<Editor, 'role'>,
  at: YearOf,
  attachedTo: EvidenceAttachment,
  status: AssessmentStatus | null,
) {
  const refusal = uploadRefusal(editor.role, attachedTo, status);
  if (refusal) throw refusalError(refusal, { ...at, status, attachedTo });
}

/** A whole positive number as its canonical text ("12", never "012" or "1e1"). */
function recordId(key: string): number | null {
  return /^[1-9]\d{0,9}$/.test(key) && Number(key) <= 2_147_483_647 ? Number(key) : null;
}

/** An accreditation element as the seeds letter them: criterion and element, "2.8.4.a". */
const ACCREDITATION_ELEMENT = /^\d{1,2}\.\d{1,2}\.\d{1,2}\.[a-z]$/;

/** Throws EVIDENCE_TARGET_NOT_FOUND unless the record exists in this Puskesmas-year. */
async function assertTargetExists(
  repos: Repositories,
  at: YearOf & { assessment: AssessmentRef | null },
  fields: Pick<EvidenceUploadFields, 'attachedTo' | 'attachedKey'>,
): Promise<void> {
  const { attachedTo, attachedKey } = fields;
  const exists = await (async () => {
    if (attachedTo === 'indicator' || attachedTo === 'rubric') {
      const catalog = at.assessment
        ? await repos.loadAssessmentCatalog(at.assessment.id)
        : await repos.findDistrictCatalog(at.unit.ancestorIds[0] ?? -1, at.year);
      const item = catalog && listIndicators(catalog.catalog).find((p) => p.indicator.code === attachedKey);
      return item !== undefined && (item.indicator.kind === 'rubric') === (attachedTo === 'rubric');
    }
    if (attachedTo === 'accreditation') return ACCREDITATION_ELEMENT.test(attachedKey);
    const id = recordId(attachedKey);
    if (id === null) return false;
    if (attachedTo === 'meeting') {
      const meeting = await repos.getMeeting(id);
      return meeting?.orgUnitId === at.unit.id && meeting.year === at.year;
    }
    if (!at.assessment) return false;
    if (attachedTo === 'rtl_action') return repos.hasRtlAction(at.assessment.id, id);
    return repos.hasFeedbackPoint(at.assessment.id, id);
  })();
  if (!exists) {
    throw new AppError(
      'EVIDENCE_TARGET_NOT_FOUND',
      { attachedTo: ATTACHMENT_WORDS[attachedTo], attachedKey, puskesmas: at.unit.name, year: at.year },
      { status: 404 },
    );
  }
}

/**
 * The checks that need no byte of the file: the name, the role and the year's status, the record it
 * is for. The upload route runs them as soon as the form's fields have arrived, so that a refused
 * upload is refused before its bytes are read (they are checked again under the year's lock).
 */
export async function checkUpload(
  repos: Repositories,
  input: YearOf & { editor: Editor; fields: EvidenceUploadFields; filename: string },
): Promise<void> {
  if (displayName(input.filename) === null) {
    throw new AppError('EVIDENCE_NAME_INVALID', { name: printable(input.filename) }, { status: 400 });
  }
  const assessment = (await repos.findAssessment(input.unit.code, input.year)) ?? null;
  assertMayUpload(input.editor, input, input.fields.attachedTo, assessment?.status ?? null);
  await assertTargetExists(repos, { ...input, assessment }, input.fields);
}

/** A name for a message: control characters shown as "?", and not too long. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return Array.from(name.replace(/[\u0000-\u001f\u007f]/g, '?'))
    .slice(0, 120)
    .join('');
}

/**
 * Adds a staged upload as evidence: refused unless its content is a type taken (the name says
 * nothing), then written with its audit entry and its bytes kept, in one transaction under the
 * year's lock. The staged upload is gone afterwards, kept or not.
 */
export async function recordEvidence(
  deps: EvidenceDeps,
  input: YearOf & { editor: Editor; fields: EvidenceUploadFields; filename: string; staged: StagedUpload },
): Promise<EvidenceFile> {
  const { uow, blobs, clock } = deps;
  const { unit, year, editor, fields, staged } = input;
  // Set inside the transaction once the bytes are in place, so that a failed commit can take them away.
  const kept: { path: string | null } = { path: null };
  try {
    const filename = displayName(input.filename);
    if (filename === null) {
      throw new AppError('EVIDENCE_NAME_INVALID', { name: printable(input.filename) }, { status: 400 });
    }
    if (!isEvidenceType(staged.mime)) {
      const detected = staged.mime ? ` (isinya: ${staged.mime})` : '';
      throw new AppError('EVIDENCE_TYPE_REFUSED', { name: filename, detected }, { status: 415 });
    }
    const file = await writeYear(
      uow,
      {
        unit,
        year,
        editor,
        mayChange: (assessment) => assertMayUpload(editor, input, fields.attachedTo, assessment.status),
      },
      async (repos, assessment) => {
        await assertTargetExists(repos, { unit, year, assessment }, fields);
        const row = await repos.insertEvidence({
          orgUnitId: unit.id,
          assessmentId: assessment.id,
          attachedTo: fields.attachedTo,
          attachedKey: fields.attachedKey,
          kind: fields.kind,
          filename,
          mime: staged.mime!,
          sizeBytes: staged.sizeBytes,
          sha256: staged.sha256,
          storage: blobs.storage,
          storagePath: null,
          uploadedBy: editor.username,
          uploadedAt: clock(),
        });
        kept.path = await blobs.keep(staged, row, repos);
        if (kept.path !== null) await repos.setEvidenceStoragePath(row.id, kept.path);
        return {
          row: { ...row, storagePath: kept.path },
          status: assessment.status,
          assessmentId: assessment.id,
        };
      },
    );
    const submittedAt = await deps.repos.getSubmittedAt(file.assessmentId);
    return viewOf(file.row, editor, { status: file.status, submittedAt });
  } catch (error) {
    // The bytes were moved into place, and then the transaction did not commit: take them away again.
    if (kept.path !== null) await blobs.remove({ storagePath: kept.path }).catch(() => {});
    throw error;
  } finally {
    await blobs.discard(staged);
  }
}

function viewOf(
  file: EvidenceRecord,
  user: { username: string; role: Role },
  year: { status: AssessmentStatus | null; submittedAt: Date | null },
): EvidenceFile {
  return {
    id: file.id,
    attachedTo: file.attachedTo,
    attachedKey: file.attachedKey,
    kind: file.kind,
    filename: file.filename,
    mime: file.mime,
    typeLabel: typeLabel(file.mime),
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedBy: file.uploadedBy,
    uploadedAt: file.uploadedAt.toISOString(),
    canDelete: deletionRefusal(user, file, year) === null,
  };
}

/** The files of a Puskesmas-year, of one kind of record (and one record) when asked. */
export async function listEvidence(
  deps: Pick<EvidenceDeps, 'repos' | 'maxBytes'>,
  input: YearOf & {
    user: { username: string; role: Role };
    attachedTo?: EvidenceAttachment;
    attachedKey?: string;
  },
): Promise<EvidenceList> {
  const { repos } = deps;
  const assessment = (await repos.findAssessment(input.unit.code, input.year)) ?? null;
  const status = assessment?.status ?? null;
  const submittedAt = assessment ? await repos.getSubmittedAt(assessment.id) : null;
  const files = assessment
    ? await repos.listEvidence(assessment.id, {
        ...(input.attachedTo && { attachedTo: input.attachedTo }),
        ...(input.attachedKey !== undefined && { attachedKey: input.attachedKey }),
      })
    : [];
  return {
    files: files.map((f) => viewOf(f, input.user, { status, submittedAt })),
    maxBytes: deps.maxBytes,
    types: EVIDENCE_TYPES.map((t) => ({ ...t })),
    canUpload: input.attachedTo ? uploadRefusal(input.user.role, input.attachedTo, status) === null : null,
  };
}

/** A file of this Puskesmas-year, or EVIDENCE_NOT_FOUND — a file of another Puskesmas is not found either. */
async function fileOf(repos: Repositories, at: YearOf, id: number): Promise<EvidenceRecord> {
  const file = await repos.getEvidence(id);
  const assessment = file && (await repos.findAssessment(at.unit.code, at.year));
  if (!file || !assessment || file.orgUnitId !== at.unit.id || file.assessmentId !== assessment.id) {
    throw new AppError('EVIDENCE_NOT_FOUND', { id, puskesmas: at.unit.name, year: at.year }, { status: 404 });
  }
  return file;
}

/**
 * A file's bytes to send, after a first read has checked them against the SHA-256 they were uploaded
 * with: a damaged or missing file is said so (500) instead of being sent as if it were whole.
 */
export async function openEvidence(
  deps: Pick<EvidenceDeps, 'repos' | 'blobs'>,
  input: YearOf & { id: number },
): Promise<{ file: EvidenceRecord; content: () => AsyncIterable<Uint8Array> }> {
  const { repos, blobs } = deps;
  const file = await fileOf(repos, input, input.id);
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of blobs.read(file, repos)) {
      hash.update(chunk);
      size += chunk.length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('EVIDENCE_MISSING', { name: file.filename }, { status: 500, cause: error });
    }
    throw error;
  }
  if (size !== file.sizeBytes || hash.digest('hex') !== file.sha256) {
    throw new AppError('EVIDENCE_DAMAGED', { name: file.filename }, { status: 500 });
  }
  return { file, content: () => blobs.read(file, repos) };
}

/** Removes a file (its row with an audit entry, then its bytes), if the rules let `editor`. */
export async function deleteEvidence(
  deps: Pick<EvidenceDeps, 'uow' | 'repos' | 'blobs' | 'clock'>,
  input: YearOf & { editor: Editor; id: number },
): Promise<void> {
  const { uow, repos, blobs, clock } = deps;
  const { unit, year, editor, id } = input;
  const found = await fileOf(repos, input, id);
  const removed = await writeYear(
    uow,
    {
      unit,
      year,
      editor,
      mayChange: () => {},
    },
    async (r, assessment) => {
      // Read again under the lock: another request may have removed it meanwhile.
      const file = await fileOf(r, input, id);
      const submittedAt = await r.getSubmittedAt(assessment.id);
      const refusal = deletionRefusal(editor, file, { status: assessment.status, submittedAt });
      if (refusal) {
        throw refusalError(refusal, {
          unit,
          year,
          status: assessment.status,
          attachedTo: file.attachedTo,
          file,
        });
      }
      await r.deleteEvidence(file, { actor: editor.username, at: clock() });
      return file;
    },
  );
  // After the commit: a crash between the two leaves bytes nobody points to, never a row without bytes.
  await blobs.remove(removed ?? found);
}
