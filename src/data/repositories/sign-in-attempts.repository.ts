// The sign-in throttle's slots per client address. Taking a slot is one transaction under an advisory
// lock on the address, so parallel guesses from one address — on any server process — are counted one
// after another: none passes the check before the others are counted.
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { signInAttempts } from '../schema.ts';

/** A number in the advisory lock space of the throttle, apart from the migration lock's. */
const LOCK_SPACE = 0x7369676e; // "sign"

/**
 * Takes a slot for `address` at `now` unless `max` are taken within `windowMs`: the slot's id, or
 * the time the oldest counting slot leaves the window. Slots past the window are deleted on the way.
 */
export async function takeSignInSlot(
  db: Db,
  input: { address: string; now: Date; max: number; windowMs: number },
): Promise<{ id: number } | { freeAt: Date }> {
  const since = new Date(input.now.getTime() - input.windowMs);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE}, hashtext(${input.address}))`);
    await tx.delete(signInAttempts).where(lte(signInAttempts.at, since));
    const taken = await tx
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.address, input.address), gt(signInAttempts.at, since)))
      .orderBy(asc(signInAttempts.at));
    if (taken.length >= input.max) {
      const oldest = taken[taken.length - input.max]!.at;
      return { freeAt: new Date(oldest.getTime() + input.windowMs) };
    }
    const [row] = await tx
      .insert(signInAttempts)
      .values({ address: input.address, at: input.now })
      .returning({ id: signInAttempts.id });
    return { id: row!.id };
  });
}

/** Gives a slot back: the attempt succeeded, or failed for a reason that is no guess. */
export async function releaseSignInSlot(db: Db, id: number): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.id, id));
}
