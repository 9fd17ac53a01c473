// Accounts: users with the org unit they are bound to. Queries only; the rules live in the services.
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { OrgUnitLevel } from '../../domain/access/roles.ts';
import type { Db } from '../db.ts';
import { orgUnits, users } from '../schema.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

/** A user with the org unit it is bound to. */
export interface UserWithUnit extends UserRow {
  orgUnit: { id: number; code: string; name: string; level: OrgUnitLevel };
}

const unitColumns = { id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, level: orgUnits.level };

function selectUsers(db: Db) {
  return db
    .select({ user: users, orgUnit: unitColumns })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId));
}

const withUnit = (row: { user: UserRow; orgUnit: UserWithUnit['orgUnit'] }): UserWithUnit => ({
  ...row.user,
  orgUnit: row.orgUnit,
});

export async function insertUser(db: Db, user: NewUserRow): Promise<UserRow> {
  const [created] = await db.insert(users).values(user).returning();
  return created!;
}

export async function getUserById(db: Db, id: number): Promise<UserWithUnit | undefined> {
  const [row] = await selectUsers(db).where(eq(users.id, id));
  return row && withUnit(row);
}

export async function getUserByUsername(db: Db, username: string): Promise<UserWithUnit | undefined> {
  const [row] = await selectUsers(db).where(eq(users.username, username));
  return row && withUnit(row);
}

/** The users bound to any of `orgUnitIds`, by username. */
export async function listUsersOfUnits(db: Db, orgUnitIds: readonly number[]): Promise<UserWithUnit[]> {
  if (orgUnitIds.length === 0) return [];
  const rows = await selectUsers(db)
    .where(inArray(users.orgUnitId, [...orgUnitIds]))
    .orderBy(asc(users.username));
  return rows.map(withUnit);
}

export type UserUpdate = Partial<
  Pick<
    NewUserRow,
    | 'name'
    | 'role'
    | 'orgUnitId'
    | 'active'
    | 'passwordHash'
    | 'mustChangePassword'
    | 'failedLogins'
    | 'lockedUntil'
  >
> & { updatedAt: Date };

export async function updateUser(db: Db, id: number, update: UserUpdate): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(update).where(eq(users.id, id)).returning();
  return row;
}

/** A sign-in attempt taken (or refused) by `reserveLoginAttempt`, with the account's state after it. */
export interface LoginAttemptReservation {
  /** False when the account is locked at `now`: no attempt was taken and no password may be checked. */
  taken: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

/**
 * Takes one sign-in attempt before its password is checked: adds one to the consecutive failures (it
 * counts as one until the password proves right and `clearLoginFailures` runs), and sets `lockUntil`
 * when the count reaches `maxFailures`. One statement: parallel attempts each take their own, and
 * PostgreSQL re-checks the WHERE of a row another attempt has just locked, so none slips past the
 * limit. A lock that has run out starts the count again from one. Refused (taken: false) while locked.
 * `updated_at` stays: counting attempts is no change of the account.
 */
export async function reserveLoginAttempt(
  db: Db,
  id: number,
  { now, maxFailures, lockUntil }: { now: Date; maxFailures: number; lockUntil: Date },
): Promise<LoginAttemptReservation | undefined> {
  const nowAt = sql`${now.toISOString()}::timestamptz`;
  const lockRanOut = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${nowAt})`;
  const count = sql`(case when ${lockRanOut} then 1 else ${users.failedLogins} + 1 end)`;
  const [row] = await db
    .update(users)
    .set({
      failedLogins: count,
      lockedUntil: sql`(case when ${count} >= ${maxFailures} then ${lockUntil.toISOString()}::timestamptz else null end)`,
    })
    .where(and(eq(users.id, id), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  if (row) return { taken: true, ...row };
  const [locked] = await db
    .select({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.id, id));
  return locked && { taken: false, ...locked };
}

/** A right password: the consecutive failures start again from zero and a lock ends. */
export async function clearLoginFailures(db: Db, id: number): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
}
