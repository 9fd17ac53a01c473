// Accounts: users with the org unit they are bound to. Queries only; the rules live in the services.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { orgUnits, users } from '../schema.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

/** A user with the org unit it is bound to. */
export interface UserWithUnit extends UserRow {
  orgUnit: { id: number; code: string; name: string; level: 'province' | 'district' | 'puskesmas' };
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

/** Adds one to the consecutive failed sign-ins in one statement and returns the new count. */
export async function incrementFailedLogins(db: Db, id: number, at: Date): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1`, updatedAt: at })
    .where(eq(users.id, id))
    .returning({ failedLogins: users.failedLogins });
  return row?.failedLogins ?? 0;
}
