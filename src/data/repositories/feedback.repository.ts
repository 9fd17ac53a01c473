// Dinkes' feedback letters with their points, and the Puskesmas' follow-up of each point. A letter is
// one document: any change to it or its points moves its version, and once sent it is never changed.
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db.ts';
import { assessments, feedbackFollowUps, feedbackLetters, feedbackPoints, orgUnits } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';
import { writeVersioned } from './versioned-write.ts';

export type FeedbackLetter = typeof feedbackLetters.$inferSelect;
export type FeedbackPoint = typeof feedbackPoints.$inferSelect;
export type FeedbackFollowUp = typeof feedbackFollowUps.$inferSelect;

export interface LetterFields {
  number: string;
  datedOn: string;
  signerName: string;
  signerTitle: string;
  summary: string;
  points: { id?: number | undefined; scope: FeedbackPoint['scope']; code: string | null; text: string }[];
}

export interface LetterWithPoints extends FeedbackLetter {
  points: (FeedbackPoint & { followUp: FeedbackFollowUp | null })[];
}

/** The points (with their follow-ups) of some letters, by letter id, in order. */
async function pointsOf(
  db: Db,
  letterIds: readonly number[],
): Promise<Map<number, LetterWithPoints['points']>> {
  const out = new Map<number, LetterWithPoints['points']>();
  if (letterIds.length === 0) return out;
  const rows = await db
    .select({ point: feedbackPoints, followUp: feedbackFollowUps })
    .from(feedbackPoints)
    .leftJoin(feedbackFollowUps, eq(feedbackFollowUps.pointId, feedbackPoints.id))
    .where(inArray(feedbackPoints.letterId, [...letterIds]))
    .orderBy(asc(feedbackPoints.letterId), asc(feedbackPoints.position), asc(feedbackPoints.id));
  for (const { point, followUp } of rows) {
    const list = out.get(point.letterId) ?? [];
    list.push({ ...point, followUp });
    out.set(point.letterId, list);
  }
  return out;
}

async function withPoints(db: Db, letters: readonly FeedbackLetter[]): Promise<LetterWithPoints[]> {
  const points = await pointsOf(
    db,
    letters.map((l) => l.id),
  );
  return letters.map((l) => ({ ...l, points: points.get(l.id) ?? [] }));
}

/** The letters of an assessment, oldest first; drafts only when asked. */
export async function listFeedbackLetters(
  db: Db,
  assessmentId: number,
  options: { drafts: boolean },
): Promise<LetterWithPoints[]> {
  const conditions = [eq(feedbackLetters.assessmentId, assessmentId)];
  if (!options.drafts) conditions.push(eq(feedbackLetters.status, 'sent'));
  const letters = await db
    .select()
    .from(feedbackLetters)
    .where(and(...conditions))
    .orderBy(asc(feedbackLetters.datedOn), asc(feedbackLetters.id));
  return withPoints(db, letters);
}

export async function getFeedbackLetter(db: Db, letterId: number): Promise<LetterWithPoints | undefined> {
  const [letter] = await db.select().from(feedbackLetters).where(eq(feedbackLetters.id, letterId));
  return letter && (await withPoints(db, [letter]))[0];
}

/** What the audit trail keeps of a letter: the document as written, points included. */
function audited(letter: FeedbackLetter, points: readonly FeedbackPoint[]): Record<string, unknown> {
  return {
    number: letter.number,
    datedOn: letter.datedOn,
    signerName: letter.signerName,
    signerTitle: letter.signerTitle,
    summary: letter.summary,
    status: letter.status,
    sentAt: letter.sentAt?.toISOString() ?? null,
    points: points.map((p) => ({ id: p.id, scope: p.scope, code: p.code, text: p.text })),
    version: letter.version,
  };
}

export async function createFeedbackLetter(
  db: Db,
  write: { assessmentId: number; fields: LetterFields; actor: string; at: Date },
): Promise<LetterWithPoints> {
  return db.transaction(async (tx) => {
    const { points, ...fields } = write.fields;
    const [letter] = await tx
      .insert(feedbackLetters)
      .values({ assessmentId: write.assessmentId, ...fields, createdBy: write.actor, createdAt: write.at })
      .returning();
    if (!letter) throw new Error('feedback letter was not stored');
    const stored = await replacePoints(tx, letter.id, [], points);
    await appendAudit(tx, {
      actor: write.actor,
      entity: 'feedback',
      assessmentId: write.assessmentId,
      entityKey: { letterId: letter.id },
      oldValue: null,
      newValue: audited(letter, stored),
    });
    return (await getFeedbackLetter(tx, letter.id))!;
  });
}

/**
 * Locks a letter, checks it is the version the writer edited and still a draft, and hands it to
 * `change`; STALE_VALUE (409) or FEEDBACK_SENT (409) otherwise, with nothing changed.
 */
async function changeDraft<T>(
  db: Db,
  letterId: number,
  expectedVersion: number,
  change: (tx: Db, letter: FeedbackLetter, points: FeedbackPoint[]) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const [letter] = await tx
      .select()
      .from(feedbackLetters)
      .where(eq(feedbackLetters.id, letterId))
      .for('update');
    if (!letter) throw new AppError('FEEDBACK_NOT_FOUND', { id: letterId }, { status: 404 });
    if (letter.version !== expectedVersion)
      throw new AppError(
        'STALE_VALUE',
        { current: letter.version, expected: expectedVersion },
        { status: 409 },
      );
    if (letter.status !== 'draft')
      throw new AppError('FEEDBACK_SENT', { number: letter.number }, { status: 409 });
    const points = await tx
      .select()
      .from(feedbackPoints)
      .where(eq(feedbackPoints.letterId, letterId))
      .orderBy(asc(feedbackPoints.position));
    return change(tx, letter, points);
  });
}

/**
 * Makes the letter's points those given, in that order: a point with the id of one of the letter's
 * points keeps it (its text and place may change), one without is added, and the letter's other
 * points are removed. A draft's points have no follow-up yet, so nothing is lost.
 */
async function replacePoints(
  tx: Db,
  letterId: number,
  before: readonly FeedbackPoint[],
  points: LetterFields['points'],
): Promise<FeedbackPoint[]> {
  const kept = new Set(points.flatMap((p) => (p.id === undefined ? [] : [p.id])));
  const gone = before.filter((p) => !kept.has(p.id)).map((p) => p.id);
  if (gone.length > 0) await tx.delete(feedbackPoints).where(inArray(feedbackPoints.id, gone));
  const known = new Set(before.map((p) => p.id));
  const out: FeedbackPoint[] = [];
  for (const [position, point] of points.entries()) {
    const fields = { scope: point.scope, code: point.code, text: point.text, position };
    if (point.id !== undefined && !known.has(point.id))
      throw new AppError('FEEDBACK_POINT_NOT_FOUND', { id: point.id }, { status: 404 });
    const [row] =
      point.id === undefined
        ? await tx
            .insert(feedbackPoints)
            .values({ letterId, ...fields })
            .returning()
        : await tx.update(feedbackPoints).set(fields).where(eq(feedbackPoints.id, point.id)).returning();
    if (!row) throw new Error(`feedback point of letter ${letterId} was not stored`);
    out.push(row);
  }
  return out;
}

export async function updateFeedbackLetter(
  db: Db,
  write: { letterId: number; fields: LetterFields; expectedVersion: number; actor: string; at: Date },
): Promise<LetterWithPoints> {
  return changeDraft(db, write.letterId, write.expectedVersion, async (tx, letter, before) => {
    const { points, ...fields } = write.fields;
    const [after] = await tx
      .update(feedbackLetters)
      .set({ ...fields, version: letter.version + 1 })
      .where(eq(feedbackLetters.id, letter.id))
      .returning();
    if (!after) throw new Error(`feedback letter ${letter.id} was not updated`);
    const stored = await replacePoints(tx, letter.id, before, points);
    await appendAudit(tx, {
      actor: write.actor,
      entity: 'feedback',
      assessmentId: letter.assessmentId,
      entityKey: { letterId: letter.id },
      oldValue: audited(letter, before),
      newValue: audited(after, stored),
    });
    return (await getFeedbackLetter(tx, letter.id))!;
  });
}

/** Sends a draft: from now on the letter is the document the Puskesmas received, and never changes. */
export async function sendFeedbackLetter(
  db: Db,
  write: { letterId: number; expectedVersion: number; actor: string; at: Date },
): Promise<LetterWithPoints> {
  return changeDraft(db, write.letterId, write.expectedVersion, async (tx, letter, points) => {
    const [after] = await tx
      .update(feedbackLetters)
      .set({ status: 'sent', sentAt: write.at, version: letter.version + 1 })
      .where(eq(feedbackLetters.id, letter.id))
      .returning();
    if (!after) throw new Error(`feedback letter ${letter.id} was not sent`);
    await appendAudit(tx, {
      actor: write.actor,
      entity: 'feedback',
      assessmentId: letter.assessmentId,
      entityKey: { letterId: letter.id },
      oldValue: { status: letter.status, version: letter.version },
      newValue: audited(after, points),
    });
    return (await getFeedbackLetter(tx, letter.id))!;
  });
}

/** Removes a draft (a sent letter is a document the Puskesmas holds: it stays). */
export async function deleteFeedbackLetter(
  db: Db,
  write: { letterId: number; expectedVersion: number; actor: string },
): Promise<void> {
  await changeDraft(db, write.letterId, write.expectedVersion, async (tx, letter, points) => {
    await tx.delete(feedbackLetters).where(eq(feedbackLetters.id, letter.id));
    await appendAudit(tx, {
      actor: write.actor,
      entity: 'feedback',
      assessmentId: letter.assessmentId,
      entityKey: { letterId: letter.id },
      oldValue: audited(letter, points),
      newValue: null,
    });
  });
}

/** Writes a point's follow-up if its stored version is `expectedVersion` (0: none yet), with its audit entry. */
export async function saveFollowUp(
  db: Db,
  write: {
    assessmentId: number;
    letterId: number;
    pointId: number;
    text: string;
    status: FeedbackFollowUp['status'];
    expectedVersion: number;
    actor: string;
    at: Date;
  },
): Promise<FeedbackFollowUp> {
  const fields = { text: write.text, status: write.status, updatedBy: write.actor, updatedAt: write.at };
  const kept = (row: FeedbackFollowUp) => ({
    letterId: write.letterId,
    text: row.text,
    status: row.status,
    version: row.version,
  });
  return writeVersioned(db, feedbackFollowUps, {
    where: eq(feedbackFollowUps.pointId, write.pointId),
    key: { pointId: write.pointId },
    fields,
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'feedback_followup',
      assessmentId: write.assessmentId,
      entityKey: { pointId: write.pointId },
      oldValue: before ? kept(before) : null,
      newValue: kept(after),
    }),
  });
}

/** The signer of the district's most recently sent letter. */
export async function findLastSigner(db: Db, districtId: number) {
  const [row] = await db
    .select({ signerName: feedbackLetters.signerName, signerTitle: feedbackLetters.signerTitle })
    .from(feedbackLetters)
    .innerJoin(assessments, eq(assessments.id, feedbackLetters.assessmentId))
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .where(and(eq(orgUnits.parentId, districtId), isNotNull(feedbackLetters.sentAt)))
    .orderBy(desc(feedbackLetters.sentAt), desc(feedbackLetters.id))
    .limit(1);
  return row;
}

/** Every letter of a district-year with its Puskesmas' code, by Puskesmas then date. */
export async function listDistrictFeedback(db: Db, districtId: number, year: number) {
  const rows = await db
    .select({ letter: feedbackLetters, puskesmasCode: orgUnits.code })
    .from(feedbackLetters)
    .innerJoin(assessments, eq(assessments.id, feedbackLetters.assessmentId))
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .where(and(eq(orgUnits.parentId, districtId), eq(assessments.year, year)))
    .orderBy(asc(orgUnits.code), asc(feedbackLetters.datedOn), asc(feedbackLetters.id));
  const letters = await withPoints(
    db,
    rows.map((r) => r.letter),
  );
  return letters.map((l, i) => ({ ...l, puskesmasCode: rows[i]?.puskesmasCode ?? '' }));
}
