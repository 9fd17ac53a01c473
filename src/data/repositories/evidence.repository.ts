// Evidence files: their rows (who uploaded what, typed and hashed), and the bytes of those kept in the
// database as numbered chunks. Queries only; the rules are in app/evidence.service.ts.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import {
  assessments,
  evidenceChunks,
  evidenceFiles,
  feedbackLetters,
  feedbackPoints,
  rtlActions,
} from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

export type EvidenceFile = typeof evidenceFiles.$inferSelect;
export type NewEvidenceFile = typeof evidenceFiles.$inferInsert;

/** What the audit trail keeps of a file: everything but where pkp put its bytes. */
function audited(file: EvidenceFile): Record<string, unknown> {
  return {
    attachedTo: file.attachedTo,
    attachedKey: file.attachedKey,
    kind: file.kind,
    filename: file.filename,
    mime: file.mime,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    storage: file.storage,
  };
}

export async function insertEvidenceFile(db: Db, file: NewEvidenceFile): Promise<EvidenceFile> {
  const [row] = await db.insert(evidenceFiles).values(file).returning();
  if (!row) throw new Error('evidence_files insert returned no row');
  await appendAudit(db, {
    actor: row.uploadedBy,
    entity: 'evidence',
    entityKey: { id: row.id },
    oldValue: null,
    newValue: audited(row),
    assessmentId: row.assessmentId,
    orgUnitId: row.orgUnitId,
  });
  return row;
}

export async function setEvidenceStoragePath(db: Db, id: number, storagePath: string): Promise<void> {
  await db.update(evidenceFiles).set({ storagePath }).where(eq(evidenceFiles.id, id));
}

export async function getEvidenceFile(db: Db, id: number): Promise<EvidenceFile | undefined> {
  const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return row;
}

export async function listEvidenceFiles(
  db: Db,
  assessmentId: number,
  filter: { attachedTo?: EvidenceFile['attachedTo']; attachedKey?: string } = {},
): Promise<EvidenceFile[]> {
  const conditions = [eq(evidenceFiles.assessmentId, assessmentId)];
  if (filter.attachedTo) conditions.push(eq(evidenceFiles.attachedTo, filter.attachedTo));
  if (filter.attachedKey !== undefined) conditions.push(eq(evidenceFiles.attachedKey, filter.attachedKey));
  return db
    .select()
    .from(evidenceFiles)
    .where(and(...conditions))
    .orderBy(asc(evidenceFiles.uploadedAt), asc(evidenceFiles.id));
}

/** Deletes the row (its chunks cascade) with its audit entry. */
export async function deleteEvidenceFile(
  db: Db,
  file: EvidenceFile,
  audit: { actor: string; at: Date },
): Promise<void> {
  await db.delete(evidenceFiles).where(eq(evidenceFiles.id, file.id));
  await appendAudit(db, {
    actor: audit.actor,
    entity: 'evidence',
    entityKey: { id: file.id },
    oldValue: audited(file),
    newValue: null,
    assessmentId: file.assessmentId,
    orgUnitId: file.orgUnitId,
  });
}

export async function insertEvidenceChunk(db: Db, fileId: number, seq: number, bytes: Uint8Array) {
  await db.insert(evidenceChunks).values({ fileId, seq, bytes });
}

export async function getEvidenceChunk(db: Db, fileId: number, seq: number): Promise<Uint8Array | undefined> {
  const [row] = await db
    .select({ bytes: evidenceChunks.bytes })
    .from(evidenceChunks)
    .where(and(eq(evidenceChunks.fileId, fileId), eq(evidenceChunks.seq, seq)));
  return row?.bytes;
}

export async function getSubmittedAt(db: Db, assessmentId: number): Promise<Date | null> {
  const [row] = await db
    .select({ submittedAt: assessments.submittedAt })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  return row?.submittedAt ?? null;
}

export async function rtlActionBelongs(db: Db, assessmentId: number, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: rtlActions.id })
    .from(rtlActions)
    .where(and(eq(rtlActions.id, id), eq(rtlActions.assessmentId, assessmentId)));
  return row !== undefined;
}

export async function feedbackPointBelongs(db: Db, assessmentId: number, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: feedbackPoints.id })
    .from(feedbackPoints)
    .innerJoin(feedbackLetters, eq(feedbackLetters.id, feedbackPoints.letterId))
    .where(and(eq(feedbackPoints.id, id), eq(feedbackLetters.assessmentId, assessmentId)));
  return row !== undefined;
}
