// User administration: an admin_dinkes manages the accounts of their district (the district itself
// and its Puskesmas). Every change lands with its audit entry (entity 'user'), never with a hash.
import { isAllowed, ROLE_UNIT_LEVELS, type Actor, type Role } from '../domain/access/roles.ts';
import type { CreateUserBody, ManagedUser, UpdateUserBody } from '../shared/api/users.schema.ts';
import { AppError } from '../shared/errors.ts';
import { checkNewPassword, userView } from './auth.service.ts';
import type {
  Account,
  AccountPatch,
  AccountsRepository,
  AccountsUnitOfWork,
  Clock,
  OrgUnitRef,
  OrgUnitWithAncestors,
  PasswordHasher,
} from './ports.ts';

export interface UsersDeps {
  accounts: AccountsRepository;
  accountsUow: AccountsUnitOfWork;
  hasher: PasswordHasher;
  clock: Clock;
}

/** The admin acting: who they are (for the audit trail) and what they may reach. */
export interface UserAdmin extends Actor {
  id: number;
  username: string;
}

export function managedUser(account: Account): ManagedUser {
  return {
    ...userView(account),
    active: account.active,
    lockedUntil: account.lockedUntil?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of an account: everything an admin can change, never the hash. */
export function accountSnapshot(account: Account): Record<string, unknown> {
  return {
    username: account.username,
    name: account.name,
    role: account.role,
    orgUnitCode: account.orgUnit.code,
    active: account.active,
    mustChangePassword: account.mustChangePassword,
  };
}

/** The keys whose values differ, with the values on each side. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((k) => before[k] !== after[k]);
  return {
    oldValue: Object.fromEntries(keys.map((k) => [k, before[k]])),
    newValue: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}

/** Postgres' unique_violation, as pg and PGlite report it (drizzle wraps it in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export function createUsersService(deps: UsersDeps) {
  const { accounts, accountsUow, hasher, clock } = deps;

  /** The org units of a district: itself and the units directly under it. */
  async function districtUnitIds(district: OrgUnitRef): Promise<Set<number>> {
    return new Set([district.id, ...(await accounts.listChildUnitIds(district.id))]);
  }

  /** The single access check: users:manage on this district (the route has checked it too). */
  function requireManage(admin: UserAdmin, district: OrgUnitWithAncestors): void {
    const allowed = isAllowed(admin, 'users:manage', {
      orgUnitId: district.id,
      ancestorIds: district.ancestorIds,
    });
    if (!allowed || district.level !== 'district') throw new AppError('FORBIDDEN', {}, { status: 403 });
  }

  /** The unit a user is placed at: it must exist, lie in the district, and fit the role's levels. */
  async function placement(
    district: OrgUnitWithAncestors,
    orgUnitCode: string,
    role: Role,
  ): Promise<OrgUnitWithAncestors> {
    const unit = await accounts.findOrgUnit(orgUnitCode);
    if (!unit) {
      throw new AppError('ORG_UNIT_NOT_FOUND', { code: orgUnitCode, field: 'orgUnitCode' }, { status: 400 });
    }
    if (unit.id !== district.id && unit.ancestorIds[0] !== district.id) {
      throw new AppError(
        'ORG_UNIT_OUTSIDE_DISTRICT',
        { code: orgUnitCode, district: district.name, field: 'orgUnitCode' },
        { status: 400 },
      );
    }
    const levels = ROLE_UNIT_LEVELS[role];
    if (!levels.includes(unit.level)) {
      throw new AppError(
        'ROLE_UNIT_MISMATCH',
        { role, level: unit.level, levels: levels.join(', '), field: 'role' },
        { status: 400 },
      );
    }
    return unit;
  }

  async function accountInDistrict(district: OrgUnitWithAncestors, id: number): Promise<Account> {
    const account = await accounts.findAccountById(id);
    if (!account || !(await districtUnitIds(district)).has(account.orgUnit.id)) {
      throw new AppError('USER_NOT_FOUND', { id, district: district.name }, { status: 404 });
    }
    return account;
  }

  return {
    /** The accounts of the district and its Puskesmas, by username. */
    async list(admin: UserAdmin, district: OrgUnitWithAncestors): Promise<ManagedUser[]> {
      requireManage(admin, district);
      const ids = await districtUnitIds(district);
      return (await accounts.listAccountsOfUnits([...ids])).map(managedUser);
    },

    /** A new account with an initial password that its owner must change at the first sign-in. */
    async create(
      admin: UserAdmin,
      district: OrgUnitWithAncestors,
      body: CreateUserBody,
    ): Promise<ManagedUser> {
      requireManage(admin, district);
      const unit = await placement(district, body.orgUnitCode, body.role);
      checkNewPassword(body.username, body.password, 'password');
      if (await accounts.findAccountByUsername(body.username)) {
        throw new AppError('USERNAME_TAKEN', { username: body.username, field: 'username' }, { status: 409 });
      }
      const passwordHash = await hasher.hash(body.password);
      const now = clock();
      try {
        const created = await accountsUow(async (tx) => {
          const account = await tx.createAccount({
            username: body.username,
            name: body.name,
            role: body.role,
            orgUnitId: unit.id,
            passwordHash,
            mustChangePassword: true,
            at: now,
          });
          await tx.appendUserAudit({
            actor: admin.username,
            userId: account.id,
            orgUnitId: unit.id,
            oldValue: null,
            newValue: accountSnapshot(account),
          });
          return account;
        });
        return managedUser(created);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new AppError('USERNAME_TAKEN', { username: body.username, field: 'username' }, { status: 409 });
      }
    },

    /**
     * Changes what the body gives. A new password is an initial one again (must change, unlocked);
     * deactivating or resetting the password signs the account out everywhere. An admin cannot change
     * their own role, unit or status, nor reset their own password here (the password form is for that).
     */
    async update(
      admin: UserAdmin,
      district: OrgUnitWithAncestors,
      id: number,
      body: UpdateUserBody,
    ): Promise<ManagedUser> {
      requireManage(admin, district);
      const before = await accountInDistrict(district, id);
      const role = body.role ?? before.role;
      const unitCode = body.orgUnitCode ?? before.orgUnit.code;
      const self = before.id === admin.id;
      const touchesAccess =
        role !== before.role ||
        unitCode !== before.orgUnit.code ||
        (body.active !== undefined && body.active !== before.active) ||
        body.password !== undefined;
      if (self && touchesAccess) throw new AppError('USER_SELF_CHANGE', {}, { status: 400 });

      const now = clock();
      const patch: AccountPatch = { at: now };
      if (body.name !== undefined && body.name !== before.name) patch.name = body.name;
      if (role !== before.role || unitCode !== before.orgUnit.code) {
        const unit = await placement(district, unitCode, role);
        if (role !== before.role) patch.role = role;
        if (unit.id !== before.orgUnit.id) patch.orgUnitId = unit.id;
      }
      if (body.active !== undefined && body.active !== before.active) patch.active = body.active;
      if (body.password !== undefined) {
        checkNewPassword(before.username, body.password, 'password');
        patch.passwordHash = await hasher.hash(body.password);
        patch.mustChangePassword = true;
        patch.failedLogins = 0;
        patch.lockedUntil = null;
      }
      if (Object.keys(patch).length === 1) return managedUser(before);

      const after = await accountsUow(async (tx) => {
        const updated = await tx.updateAccount(id, patch);
        if (patch.active === false || patch.passwordHash !== undefined) {
          await tx.deleteSessionsOfAccount(id);
        }
        const { oldValue, newValue } = diff(accountSnapshot(before), accountSnapshot(updated));
        if (patch.passwordHash !== undefined) {
          newValue.passwordReset = true;
          if (before.lockedUntil) oldValue.lockedUntil = before.lockedUntil.toISOString();
        }
        await tx.appendUserAudit({
          actor: admin.username,
          userId: id,
          orgUnitId: updated.orgUnit.id,
          oldValue,
          newValue,
        });
        return updated;
      });
      return managedUser(after);
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
