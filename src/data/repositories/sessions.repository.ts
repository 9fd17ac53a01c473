// Server-side sessions, keyed by the SHA-256 of the cookie's token (the token itself is never stored).
import { eq, and, ne, lt, or } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { orgUnits, sessions, users } from '../schema.ts';
import type { UserWithUnit } from './users.repository.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;

export async function insertSession(db: Db, session: NewSessionRow): Promise<void> {
  await db.insert(sessions).values(session);
}

/** The session, its user and the user's org unit, in one query: this runs on every request. */
export async function getSessionWithUser(
  db: Db,
  tokenHash: string,
): Promise<{ session: SessionRow; user: UserWithUnit } | undefined> {
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      orgUnit: { id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, level: orgUnits.level },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row && { session: row.session, user: { ...row.user, orgUnit: row.orgUnit } };
}

export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Every session of a user, except `exceptTokenHash` when given. */
export async function deleteSessionsOfUser(db: Db, userId: number, exceptTokenHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptTokenHash === undefined
        ? eq(sessions.userId, userId)
        : and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash)),
    );
}

/** Sessions past their absolute expiry, or idle since before `idleSince`; returns how many went. */
export async function deleteExpiredSessions(db: Db, now: Date, idleSince: Date): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
    .returning({ tokenHash: sessions.tokenHash });
  return gone.length;
}

export async function listSessionsOfUser(db: Db, userId: number): Promise<SessionRow[]> {
  return db.select().from(sessions).where(eq(sessions.userId, userId));
}
