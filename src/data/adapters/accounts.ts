// The accounts port (src/app/ports.ts) over the users and sessions repositories, for one Db or transaction.
import type { Account, AccountsRepository, AccountsUnitOfWork, SessionRecord } from '../../app/ports.ts';
import type { Db, Store } from '../db.ts';
import { appendAudit } from '../repositories/audit.repository.ts';
import { findOrgUnitWithAncestors, listChildUnits } from '../repositories/org-units.repository.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  getSessionWithUser,
  insertSession,
  touchSession,
  type SessionRow,
} from '../repositories/sessions.repository.ts';
import {
  clearLoginFailures,
  getUserById,
  getUserByUsername,
  insertUser,
  listUsersOfUnits,
  reserveLoginAttempt,
  updateUser,
  type UserWithUnit,
} from '../repositories/users.repository.ts';

function toAccount(row: UserWithUnit): Account {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    orgUnit: row.orgUnit,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    failedLogins: row.failedLogins,
    lockedUntil: row.lockedUntil,
    passwordHash: row.passwordHash,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toSession(row: SessionRow): SessionRecord {
  return { ...row };
}

export function createAccountsRepository(db: Db): AccountsRepository {
  const byId = async (id: number): Promise<Account> => {
    const row = await getUserById(db, id);
    if (!row) throw new Error(`user ${id} vanished`);
    return toAccount(row);
  };
  return {
    async findAccountByUsername(username) {
      const row = await getUserByUsername(db, username);
      return row && toAccount(row);
    },
    async findAccountById(id) {
      const row = await getUserById(db, id);
      return row && toAccount(row);
    },
    async listAccountsOfUnits(orgUnitIds) {
      return (await listUsersOfUnits(db, orgUnitIds)).map(toAccount);
    },
    async createAccount(account) {
      const row = await insertUser(db, {
        username: account.username,
        name: account.name,
        role: account.role,
        orgUnitId: account.orgUnitId,
        passwordHash: account.passwordHash,
        mustChangePassword: account.mustChangePassword,
        createdAt: account.at,
        updatedAt: account.at,
      });
      return byId(row.id);
    },
    async updateAccount(id, { at, ...patch }) {
      await updateUser(db, id, { ...patch, updatedAt: at });
      return byId(id);
    },
    reserveLoginAttempt: (id, limits) => reserveLoginAttempt(db, id, limits),
    clearLoginFailures: (id) => clearLoginFailures(db, id),

    createSession: (session) => insertSession(db, session),
    async findSession(tokenHash) {
      const found = await getSessionWithUser(db, tokenHash);
      return found && { session: toSession(found.session), account: toAccount(found.user) };
    },
    touchSession: (tokenHash, at) => touchSession(db, tokenHash, at),
    deleteSession: (tokenHash) => deleteSession(db, tokenHash),
    deleteSessionsOfAccount: (userId, except) => deleteSessionsOfUser(db, userId, except),
    deleteExpiredSessions: (now, idleSince) => deleteExpiredSessions(db, now, idleSince),

    async appendUserAudit(entry) {
      await appendAudit(db, {
        actor: entry.actor,
        entity: 'user',
        entityKey: { userId: entry.userId },
        orgUnitId: entry.orgUnitId,
        oldValue: entry.oldValue,
        newValue: entry.newValue,
        reason: entry.reason ?? null,
      });
    },
    findOrgUnit: (code) => findOrgUnitWithAncestors(db, code),
    async listChildUnitIds(parentId) {
      return (await listChildUnits(db, parentId)).map((u) => u.id);
    },
  };
}

/** Reads and single-statement writes outside a transaction. */
export function storeAccounts(store: Store): AccountsRepository {
  return createAccountsRepository(store.db);
}

/** One transaction per change of an account, its audit entry included. */
export function accountsUnitOfWork(store: Store): AccountsUnitOfWork {
  return (work) => store.db.transaction((tx) => work(createAccountsRepository(tx)));
}
