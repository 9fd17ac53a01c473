// The verifier's last look at each programme of a Puskesmas-year (what "changed since" counts from);
// each look audited (entity 'verification_review', key { programmeCode }), so the history is kept.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { verificationReviews } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

export type VerificationReview = typeof verificationReviews.$inferSelect;

export async function listReviews(db: Db, assessmentId: number): Promise<VerificationReview[]> {
  return db
    .select()
    .from(verificationReviews)
    .where(eq(verificationReviews.assessmentId, assessmentId))
    .orderBy(asc(verificationReviews.programmeCode));
}

export async function upsertReview(
  db: Db,
  look: {
    assessmentId: number;
    programmeCode: string;
    outcome: VerificationReview['outcome'];
    actor: string;
    at: Date;
  },
): Promise<VerificationReview> {
  return db.transaction(async (tx) => {
    const fields = { outcome: look.outcome, reviewedBy: look.actor, reviewedAt: look.at };
    const [row] = await tx
      .insert(verificationReviews)
      .values({ assessmentId: look.assessmentId, programmeCode: look.programmeCode, ...fields })
      .onConflictDoUpdate({
        target: [verificationReviews.assessmentId, verificationReviews.programmeCode],
        set: fields,
      })
      .returning();
    if (!row) throw new Error('review was not stored');
    await appendAudit(tx, {
      actor: look.actor,
      entity: 'verification_review',
      assessmentId: look.assessmentId,
      entityKey: { programmeCode: look.programmeCode },
      oldValue: null,
      newValue: { outcome: look.outcome },
      reason: null,
    });
    return row;
  });
}
