// Signing in and out, sessions, and changing one's own password.
//
// Sessions: the cookie holds a random 32-byte token; the store keeps only its SHA-256, so a copy of the
// database signs nobody in. A session ends after SESSION_POLICY.idleMs without a request (12 h: a
// shared Puskesmas computer left overnight is signed out) or SESSION_POLICY.absoluteMs after sign-in
// (7 days), whichever comes first; last_seen_at is written at most once a minute, so an ordinary
// request costs one read.
//
// Lock-out: SESSION_POLICY.maxFailures consecutive wrong passwords lock the account for lockMs; the
// sign-in that locks it already answers LOGIN_LOCKED. Each attempt is counted *before* its password is
// checked (an atomic reservation in the database), so parallel guesses cannot all pass the check and
// try their passwords: at most maxFailures passwords are ever checked between two right ones. A right
// password clears the count. Changing one's password counts a wrong current password the same way.
//
// An unknown username and a deactivated account get the same answers as a wrong password (the same
// 401, the same argon2 work against a dummy hash, and the same lock-out — counted in memory for an
// unknown name), so neither the words nor the timing nor the lock tell whether an account exists or
// is active.
import { createHash, randomBytes } from 'node:crypto';
import { PASSWORD_MIN_LENGTH, passwordProblem, type UserView } from '../shared/api/auth.schema.ts';
import { AppError } from '../shared/errors.ts';
import { isCommonPassword } from './common-passwords.ts';
import type {
  Account,
  AccountsRepository,
  AccountsUnitOfWork,
  Clock,
  PasswordHasher,
  SessionRecord,
} from './ports.ts';

export const SESSION_POLICY = {
  idleMs: 12 * 60 * 60_000,
  absoluteMs: 7 * 24 * 60 * 60_000,
  /** last_seen_at is refreshed at most this often. */
  touchEveryMs: 60_000,
  maxFailures: 5,
  lockMs: 15 * 60_000,
} as const;

export type SessionPolicy = { -readonly [K in keyof typeof SESSION_POLICY]: number };

/** Who the audit trail names for what the system does by itself (a lock-out). */
export const SYSTEM_ACTOR = 'system';

export interface AuthDeps {
  accounts: AccountsRepository;
  accountsUow: AccountsUnitOfWork;
  hasher: PasswordHasher;
  clock: Clock;
  policy?: Partial<SessionPolicy>;
}

export interface LoginAttempt {
  username: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
  /** The session the browser still holds, if any: it is replaced. */
  previousToken?: string | null;
}

export interface SignedIn {
  /** For the cookie only; never stored. */
  token: string;
  csrfToken: string;
  account: Account;
  expiresAt: Date;
}

export interface ActiveSession {
  account: Account;
  session: SessionRecord;
}

/** The token's SHA-256 in hex: what the sessions table stores. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function userView(account: Account): UserView {
  return {
    id: account.id,
    username: account.username,
    name: account.name,
    role: account.role,
    mustChangePassword: account.mustChangePassword,
    orgUnit: account.orgUnit,
  };
}

const minutesUntil = (until: Date, now: Date) =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

/** At most this many unknown usernames are remembered for the lock-out (oldest forgotten first). */
const UNKNOWN_USERNAMES_KEPT = 10_000;

export function createAuthService(deps: AuthDeps) {
  const policy: SessionPolicy = { ...SESSION_POLICY, ...deps.policy };
  const { accounts, accountsUow, hasher, clock } = deps;
  let dummyHash: Promise<string> | undefined;
  const unknownFailures = new Map<string, { count: number; lockedUntil: Date | null }>();

  /** An unknown name or a deactivated account costs the same argon2 work as a wrong password. */
  async function verifyOrDummy(hash: string | undefined, password: string): Promise<boolean> {
    dummyHash ??= hasher.hash(newToken());
    const ok = await hasher.verify(hash ?? (await dummyHash), password).catch(() => false);
    return ok && hash !== undefined;
  }

  function lockedError(until: Date, now: Date): AppError {
    return new AppError('LOGIN_LOCKED', { minutes: minutesUntil(until, now) }, { status: 429 });
  }

  const invalid = () => new AppError('INVALID_CREDENTIALS', {}, { status: 401 });

  /**
   * The in-memory twin of `reserveLoginAttempt` for a name no account has: counted before the dummy
   * check (synchronously, so parallel guesses each count), locked at maxFailures, refused while locked.
   */
  function reserveUnknown(username: string, now: Date): { lockedUntil: Date | null } {
    const entry = unknownFailures.get(username) ?? { count: 0, lockedUntil: null };
    unknownFailures.delete(username);
    unknownFailures.set(username, entry);
    if (unknownFailures.size > UNKNOWN_USERNAMES_KEPT) {
      unknownFailures.delete(unknownFailures.keys().next().value!);
    }
    if (entry.lockedUntil && entry.lockedUntil > now) throw lockedError(entry.lockedUntil, now);
    if (entry.lockedUntil) entry.count = 0;
    entry.count += 1;
    entry.lockedUntil = entry.count >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
    return { lockedUntil: entry.lockedUntil };
  }

  /**
   * Takes one attempt at the account's password before it is checked: LOGIN_LOCKED (429) without any
   * check while the account is locked. The attempt counts as a failure until `clearLoginFailures`.
   */
  async function reserveAttempt(account: Account, now: Date): Promise<{ lockedUntil: Date | null }> {
    const lockUntil = new Date(now.getTime() + policy.lockMs);
    const reserved = await accounts.reserveLoginAttempt(account.id, {
      now,
      maxFailures: policy.maxFailures,
      lockUntil,
    });
    if (!reserved) throw invalid();
    if (!reserved.taken) throw lockedError(reserved.lockedUntil ?? lockUntil, now);
    return { lockedUntil: reserved.lockedUntil };
  }

  /** A wrong password on a reserved attempt: the one that reached the limit locks, and says so. */
  async function failedAttempt(
    account: Account,
    reserved: { lockedUntil: Date | null },
    now: Date,
    error: AppError,
  ): Promise<never> {
    if (!reserved.lockedUntil) throw error;
    await accounts.appendUserAudit({
      actor: SYSTEM_ACTOR,
      userId: account.id,
      orgUnitId: account.orgUnit.id,
      oldValue: { lockedUntil: null },
      newValue: { lockedUntil: reserved.lockedUntil.toISOString() },
      reason: `${policy.maxFailures} consecutive failed sign-ins`,
    });
    throw lockedError(reserved.lockedUntil, now);
  }

  async function startSession(account: Account, attempt: LoginAttempt, now: Date): Promise<SignedIn> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(now.getTime() + policy.absoluteMs);
    await accountsUow(async (tx) => {
      await tx.clearLoginFailures(account.id);
      if (attempt.previousToken) await tx.deleteSession(hashToken(attempt.previousToken));
      await tx.createSession({
        tokenHash: hashToken(token),
        userId: account.id,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        userAgent: attempt.userAgent?.slice(0, 300) ?? null,
        ip: attempt.ip ?? null,
      });
    });
    // Housekeeping on the rare path (sign-in), so that ordinary requests never pay for it.
    await accounts.deleteExpiredSessions(now, new Date(now.getTime() - policy.idleMs));
    return { token, csrfToken, account: { ...account, failedLogins: 0, lockedUntil: null }, expiresAt };
  }

  return {
    policy,

    /**
     * Checks the password and opens a session. Throws INVALID_CREDENTIALS (401) for a wrong username or
     * password and for a deactivated account alike, LOGIN_LOCKED (429) while the account is locked.
     */
    async login(attempt: LoginAttempt): Promise<SignedIn> {
      const username = attempt.username.trim().toLowerCase();
      const now = clock();
      const account = await accounts.findAccountByUsername(username);
      if (!account) {
        const reserved = reserveUnknown(username, now);
        await verifyOrDummy(undefined, attempt.password);
        throw reserved.lockedUntil ? lockedError(reserved.lockedUntil, now) : invalid();
      }
      const reserved = await reserveAttempt(account, now);
      const ok = await verifyOrDummy(account.active ? account.passwordHash : undefined, attempt.password);
      if (!ok) return failedAttempt(account, reserved, now, invalid());
      return startSession(account, attempt, now);
    },

    /**
     * The session of a cookie's token with its account, or null when there is none, it has expired
     * (idle or absolute), or its account is inactive; such sessions are deleted.
     */
    async authenticate(token: string): Promise<ActiveSession | null> {
      if (!TOKEN_PATTERN.test(token)) return null;
      const tokenHash = hashToken(token);
      const found = await accounts.findSession(tokenHash);
      if (!found) return null;
      const { session, account } = found;
      const now = clock();
      const idle = now.getTime() - session.lastSeenAt.getTime();
      if (session.expiresAt <= now || idle >= policy.idleMs) {
        await accounts.deleteSession(tokenHash);
        return null;
      }
      if (!account.active) {
        await accounts.deleteSessionsOfAccount(account.id);
        return null;
      }
      if (idle >= policy.touchEveryMs) {
        await accounts.touchSession(tokenHash, now);
        session.lastSeenAt = now;
      }
      return { account, session };
    },

    /** The signed-in user's view, read afresh (the UI's "who am I"). */
    async currentUser(userId: number): Promise<UserView> {
      const account = await accounts.findAccountById(userId);
      if (!account) throw new AppError('UNAUTHENTICATED', {}, { status: 401 });
      return userView(account);
    },

    async logout(tokenHash: string): Promise<void> {
      await accounts.deleteSession(tokenHash);
    },

    /**
     * Changes the signed-in user's password: the new one at least PASSWORD_MIN_LENGTH characters, not
     * the username, not a common password, not the current one; the current one must be right, and a
     * wrong one counts towards the lock-out as a failed sign-in does (LOGIN_LOCKED once locked). Every
     * other session of the account is signed out; this one stays.
     */
    async changePassword(
      userId: number,
      sessionTokenHash: string,
      passwords: { currentPassword: string; newPassword: string },
    ): Promise<Account> {
      const { currentPassword, newPassword } = passwords;
      const account = await accounts.findAccountById(userId);
      if (!account) throw new AppError('UNAUTHENTICATED', {}, { status: 401 });
      // The new password's rules first: they need no secret, so they cost no attempt.
      checkNewPassword(account.username, newPassword, 'newPassword');
      if (newPassword === currentPassword) {
        throw new AppError('PASSWORD_UNCHANGED', { field: 'newPassword' }, { status: 400 });
      }
      const now = clock();
      const reserved = await reserveAttempt(account, now);
      if (!(await hasher.verify(account.passwordHash, currentPassword).catch(() => false))) {
        const wrong = new AppError('PASSWORD_WRONG', { field: 'currentPassword' }, { status: 400 });
        return failedAttempt(account, reserved, now, wrong);
      }
      const passwordHash = await hasher.hash(newPassword);
      return accountsUow(async (tx) => {
        await tx.clearLoginFailures(account.id);
        const updated = await tx.updateAccount(account.id, {
          passwordHash,
          mustChangePassword: false,
          at: now,
        });
        await tx.deleteSessionsOfAccount(account.id, sessionTokenHash);
        await tx.appendUserAudit({
          actor: account.username,
          userId: account.id,
          orgUnitId: account.orgUnit.id,
          oldValue: { mustChangePassword: account.mustChangePassword },
          newValue: { passwordChanged: true, mustChangePassword: false },
        });
        return updated;
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;

/** Throws PASSWORD_TOO_SHORT / PASSWORD_IS_USERNAME / PASSWORD_TOO_COMMON (400) naming `field`. */
export function checkNewPassword(username: string, password: string, field: string): void {
  const problem = passwordProblem(username, password);
  if (problem === 'PASSWORD_TOO_SHORT') {
    throw new AppError('PASSWORD_TOO_SHORT', { field, min: PASSWORD_MIN_LENGTH }, { status: 400 });
  }
  if (problem === 'PASSWORD_IS_USERNAME') {
    throw new AppError('PASSWORD_IS_USERNAME', { field }, { status: 400 });
  }
  if (isCommonPassword(password)) throw new AppError('PASSWORD_TOO_COMMON', { field }, { status: 400 });
}
