import { hash } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { createDistrict, uniqueCode } from '../../test/db/fixtures.ts';
import { accountsUnitOfWork, storeAccounts } from '../data/adapters/accounts.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { listSessionsOfUser } from '../data/repositories/sessions.repository.ts';
import { argon2Hasher } from '../http/auth/passwords.ts';
import { createAuthService, hashToken, SESSION_POLICY, type AuthService } from './auth.service.ts';
import type { Account, PasswordHasher } from './ports.ts';
import { AppError } from '../shared/errors.ts';

const PASSWORD = 'benar-sekali-123';
let passwordHash: string;
beforeAll(async () => {
  passwordHash = await hash(PASSWORD);
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function movableClock(start = new Date('2024-03-01T01:00:00Z')) {
  let now = start.getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (ms: number) => void (now += ms) });
}

/** The AppError a promise is refused with (the test fails if it is not refused with one). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** argon2, counting how often it verifies. */
function countingHasher(): PasswordHasher & { verifies: number } {
  const hasher = {
    verifies: 0,
    hash: argon2Hasher.hash,
    verify: (phc: string, password: string) => {
      hasher.verifies += 1;
      return argon2Hasher.verify(phc, password);
    },
  };
  return hasher;
}

describeOnBackends('the auth service', (backend) => {
  let clock: ReturnType<typeof movableClock>;
  let hasher: ReturnType<typeof countingHasher>;
  let auth: AuthService;

  /** A fresh account at a fresh Puskesmas. */
  async function newAccount(overrides: { active?: boolean } = {}): Promise<Account> {
    const { puskesmas } = await createDistrict(backend.db, 1);
    const accounts = storeAccounts(backend.store);
    const account = await accounts.createAccount({
      username: uniqueCode('petugas.contoh').toLowerCase(),
      name: 'Petugas Contoh',
      role: 'pelaksana',
      orgUnitId: puskesmas[0]!.id,
      passwordHash,
      mustChangePassword: true,
      at: clock(),
    });
    if (overrides.active === false) {
      return accounts.updateAccount(account.id, { active: false, at: clock() });
    }
    return account;
  }

  const fresh = () => {
    clock = movableClock();
    hasher = countingHasher();
    auth = createAuthService({
      accounts: storeAccounts(backend.store),
      accountsUow: accountsUnitOfWork(backend.store),
      hasher,
      clock,
    });
  };

  describe('signing in', () => {
    it('opens a session whose token is stored only as its SHA-256', async () => {
      fresh();
      const account = await newAccount();
      const signedIn = await auth.login({ username: account.username, password: PASSWORD, ip: '10.0.0.1' });
      expect(signedIn.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(signedIn.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(signedIn.csrfToken).not.toBe(signedIn.token);
      const rows = await listSessionsOfUser(backend.db, account.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.tokenHash).toBe(hashToken(signedIn.token));
      expect(rows[0]!.tokenHash).not.toContain(signedIn.token);
      expect(rows[0]!.expiresAt.getTime() - clock().getTime()).toBe(SESSION_POLICY.absoluteMs);
      expect(rows[0]!.ip).toBe('10.0.0.1');
      expect((await auth.authenticate(signedIn.token))?.account.id).toBe(account.id);
    });

    it('accepts the username in any letter case and with spaces around it', async () => {
      fresh();
      const account = await newAccount();
      const signedIn = await auth.login({
        username: `  ${account.username.toUpperCase()} `,
        password: PASSWORD,
      });
      expect(signedIn.account.id).toBe(account.id);
    });

    it('answers a wrong password and an unknown username alike, verifying a hash either way', async () => {
      fresh();
      const account = await newAccount();
      const wrongPassword = auth.login({ username: account.username, password: 'salah-salah-salah' });
      await expect(wrongPassword).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
      expect(hasher.verifies).toBe(1);
      const unknown = auth.login({ username: 'tidak.ada', password: PASSWORD });
      await expect(unknown).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401, params: {} });
      expect(hasher.verifies).toBe(2);
    });

    it('answers a deactivated account exactly as a wrong password, after the same password check', async () => {
      fresh();
      const active = await newAccount();
      const inactive = await newAccount({ active: false });
      const wrong = await refusal(auth.login({ username: active.username, password: 'salah-salah-salah' }));
      const before = hasher.verifies;
      const deactivated = await refusal(auth.login({ username: inactive.username, password: PASSWORD }));
      expect(hasher.verifies).toBe(before + 1);
      expect([deactivated.code, deactivated.status, deactivated.params]).toEqual([
        wrong.code,
        wrong.status,
        wrong.params,
      ]);
      expect(deactivated.localized('id')).toBe(wrong.localized('id'));
      expect(deactivated.localized('en')).toBe(wrong.localized('en'));
      expect(await listSessionsOfUser(backend.db, inactive.id)).toHaveLength(0);
    });
  });

  describe('lock-out', () => {
    it('locks the account for 15 minutes at the fifth consecutive failure, and says how long', async () => {
      fresh();
      const account = await newAccount();
      const wrong = () => auth.login({ username: account.username, password: 'salah-salah-salah' });
      for (let i = 1; i <= 4; i++)
        await expect(wrong()).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
      await expect(wrong()).rejects.toMatchObject({
        code: 'LOGIN_LOCKED',
        status: 429,
        params: { minutes: 15 },
      });

      clock.advance(5 * MINUTE + 1);
      const verifies = hasher.verifies;
      const right = auth.login({ username: account.username, password: PASSWORD });
      await expect(right).rejects.toMatchObject({ code: 'LOGIN_LOCKED', params: { minutes: 10 } });
      expect(hasher.verifies).toBe(verifies);

      clock.advance(10 * MINUTE);
      const signedIn = await auth.login({ username: account.username, password: PASSWORD });
      expect(signedIn.account.lockedUntil).toBeNull();
      const stored = await storeAccounts(backend.store).findAccountById(account.id);
      expect(stored).toMatchObject({ failedLogins: 0, lockedUntil: null });

      const audit = await listAudit(backend.db, { entity: 'user', entityKey: { userId: account.id } });
      expect(audit.map((a) => [a.actor, a.newValue])).toEqual([
        ['system', { lockedUntil: new Date(clock().getTime() - 1).toISOString() }],
      ]);
    });

    it('counts only consecutive failures: a success starts the count again', async () => {
      fresh();
      const account = await newAccount();
      const wrong = () => auth.login({ username: account.username, password: 'salah-salah-salah' });
      for (let i = 0; i < 4; i++)
        await expect(wrong()).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
      await auth.login({ username: account.username, password: PASSWORD });
      for (let i = 0; i < 4; i++)
        await expect(wrong()).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
      expect((await storeAccounts(backend.store).findAccountById(account.id))!.failedLogins).toBe(4);
    });

    it('locks an unknown username the same way, so a lock-out does not tell that an account exists', async () => {
      fresh();
      const wrong = () => auth.login({ username: 'hantu', password: 'salah-salah-salah' });
      for (let i = 0; i < 4; i++)
        await expect(wrong()).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
      await expect(wrong()).rejects.toMatchObject({ code: 'LOGIN_LOCKED', params: { minutes: 15 } });
      await expect(wrong()).rejects.toMatchObject({ code: 'LOGIN_LOCKED' });
      clock.advance(15 * MINUTE);
      await expect(wrong()).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    });
    it('checks five passwords of 40 guessed at once, locks the account, and refuses the right one then', async () => {
      fresh();
      const account = await newAccount();
      const guesses = await Promise.allSettled(
        Array.from({ length: 40 }, (_, i) =>
          auth.login({ username: account.username, password: `tebakan-ke-${i}` }),
        ),
      );
      expect(hasher.verifies).toBe(SESSION_POLICY.maxFailures);
      const codes = guesses.map((g) => (g.status === 'rejected' ? (g.reason as AppError).code : 'SIGNED_IN'));
      expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(SESSION_POLICY.maxFailures - 1);
      expect(codes.filter((c) => c === 'LOGIN_LOCKED')).toHaveLength(40 - SESSION_POLICY.maxFailures + 1);

      const right = auth.login({ username: account.username, password: PASSWORD });
      await expect(right).rejects.toMatchObject({ code: 'LOGIN_LOCKED', params: { minutes: 15 } });
      expect(hasher.verifies).toBe(SESSION_POLICY.maxFailures);
      const stored = await storeAccounts(backend.store).findAccountById(account.id);
      expect(stored!.lockedUntil).toEqual(new Date(clock().getTime() + SESSION_POLICY.lockMs));
    });

    it('checks five passwords of 40 guessed at once for an unknown username too', async () => {
      fresh();
      const guesses = await Promise.allSettled(
        Array.from({ length: 40 }, (_, i) =>
          auth.login({ username: 'hantu.paralel', password: `tebakan-${i}` }),
        ),
      );
      expect(hasher.verifies).toBe(SESSION_POLICY.maxFailures);
      expect(guesses.every((g) => g.status === 'rejected')).toBe(true);
    });
  });

  describe('lock-out of the password change', () => {
    const NEW_PASSWORD = 'kata-sandi-baru-1';

    async function signedInAccount() {
      const account = await newAccount();
      const { token } = await auth.login({ username: account.username, password: PASSWORD });
      const change = (currentPassword: string) =>
        auth.changePassword(account.id, hashToken(token), { currentPassword, newPassword: NEW_PASSWORD });
      return { account, change };
    }

    it('counts a wrong current password as a failed sign-in: the fifth locks the account', async () => {
      fresh();
      const { account, change } = await signedInAccount();
      for (let i = 1; i <= 4; i++)
        await expect(change('salah-salah-salah')).rejects.toMatchObject({ code: 'PASSWORD_WRONG' });
      await expect(change('salah-salah-salah')).rejects.toMatchObject({
        code: 'LOGIN_LOCKED',
        status: 429,
        params: { minutes: 15 },
      });
      const verifies = hasher.verifies;
      await expect(change(PASSWORD)).rejects.toMatchObject({ code: 'LOGIN_LOCKED' });
      await expect(auth.login({ username: account.username, password: PASSWORD })).rejects.toMatchObject({
        code: 'LOGIN_LOCKED',
      });
      expect(hasher.verifies).toBe(verifies);
      const stored = await storeAccounts(backend.store).findAccountById(account.id);
      expect(stored!.passwordHash).toBe(passwordHash);
    });

    it('checks five current passwords of 40 guessed at once', async () => {
      fresh();
      const { change } = await signedInAccount();
      const verifies = hasher.verifies;
      const guesses = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => change(`tebakan-${i}`)));
      expect(hasher.verifies - verifies).toBe(SESSION_POLICY.maxFailures);
      expect(guesses.every((g) => g.status === 'rejected')).toBe(true);
    });

    it('starts the count again after a right current password', async () => {
      fresh();
      const { account, change } = await signedInAccount();
      for (let i = 1; i <= 4; i++)
        await expect(change('salah-salah-salah')).rejects.toMatchObject({ code: 'PASSWORD_WRONG' });
      await change(PASSWORD);
      const stored = await storeAccounts(backend.store).findAccountById(account.id);
      expect(stored).toMatchObject({ failedLogins: 0, lockedUntil: null });
    });
  });

  describe('sessions', () => {
    it('ends a session after 12 hours without a request, and deletes it', async () => {
      fresh();
      const account = await newAccount();
      const { token } = await auth.login({ username: account.username, password: PASSWORD });
      clock.advance(11 * HOUR);
      expect(await auth.authenticate(token)).not.toBeNull();
      clock.advance(12 * HOUR - 1);
      expect(await auth.authenticate(token)).not.toBeNull();
      clock.advance(12 * HOUR);
      expect(await auth.authenticate(token)).toBeNull();
      expect(await listSessionsOfUser(backend.db, account.id)).toHaveLength(0);
    });

    it('ends a session 7 days after sign-in however busy it is', async () => {
      fresh();
      const account = await newAccount();
      const { token } = await auth.login({ username: account.username, password: PASSWORD });
      // A request every 10 hours keeps it from going idle…
      for (let hours = 10; hours < 7 * 24; hours += 10) {
        clock.advance(10 * HOUR);
        expect(await auth.authenticate(token), `after ${hours} h`).not.toBeNull();
      }
      // …until 7 days (168 h) after sign-in.
      clock.advance(8 * HOUR);
      expect(await auth.authenticate(token)).toBeNull();
    });

    it('writes last_seen_at at most once a minute', async () => {
      fresh();
      const account = await newAccount();
      const { token } = await auth.login({ username: account.username, password: PASSWORD });
      const signedInAt = clock().getTime();
      clock.advance(59_000);
      await auth.authenticate(token);
      expect((await listSessionsOfUser(backend.db, account.id))[0]!.lastSeenAt.getTime()).toBe(signedInAt);
      clock.advance(1_000);
      await auth.authenticate(token);
      expect((await listSessionsOfUser(backend.db, account.id))[0]!.lastSeenAt.getTime()).toBe(
        clock().getTime(),
      );
    });

    it('signs out a deactivated account on its next request', async () => {
      fresh();
      const account = await newAccount();
      const { token } = await auth.login({ username: account.username, password: PASSWORD });
      await storeAccounts(backend.store).updateAccount(account.id, { active: false, at: clock() });
      expect(await auth.authenticate(token)).toBeNull();
      expect(await listSessionsOfUser(backend.db, account.id)).toHaveLength(0);
    });

    it('ignores a token of the wrong shape without asking the database', async () => {
      fresh();
      expect(await auth.authenticate('not-a-token')).toBeNull();
    });

    it('replaces the session the browser still held at a new sign-in', async () => {
      fresh();
      const account = await newAccount();
      const first = await auth.login({ username: account.username, password: PASSWORD });
      await auth.login({ username: account.username, password: PASSWORD, previousToken: first.token });
      expect(await auth.authenticate(first.token)).toBeNull();
      expect(await listSessionsOfUser(backend.db, account.id)).toHaveLength(1);
    });
  });

  describe('changing one’s password', () => {
    it.each([
      [
        'the current password is wrong',
        'salah-salah-salah',
        'kata-sandi-baru-1',
        'PASSWORD_WRONG',
        'currentPassword',
      ],
      ['the new one has fewer than 10 characters', PASSWORD, 'pendek', 'PASSWORD_TOO_SHORT', 'newPassword'],
      ['the new one is the username', PASSWORD, '<username>', 'PASSWORD_IS_USERNAME', 'newPassword'],
      ['the new one is a common password', PASSWORD, 'Puskesmas2024', 'PASSWORD_TOO_COMMON', 'newPassword'],
      ['the new one is the current one', PASSWORD, PASSWORD, 'PASSWORD_UNCHANGED', 'newPassword'],
    ])('refuses when %s, naming the field', async (_name, currentPassword, newPassword, code, field) => {
      fresh();
      const account = await newAccount();
      const { token } = await auth.login({ username: account.username, password: PASSWORD });
      const change = auth.changePassword(account.id, hashToken(token), {
        currentPassword,
        newPassword: newPassword === '<username>' ? account.username : newPassword,
      });
      await expect(change).rejects.toMatchObject({ code, status: 400, params: { field } });
      const stored = await storeAccounts(backend.store).findAccountById(account.id);
      expect(stored!.passwordHash).toBe(passwordHash);
    });

    it('sets the new password, clears the forced change, signs out the other sessions and audits it', async () => {
      fresh();
      const account = await newAccount();
      const here = await auth.login({ username: account.username, password: PASSWORD });
      const elsewhere = await auth.login({ username: account.username, password: PASSWORD });
      const updated = await auth.changePassword(account.id, hashToken(here.token), {
        currentPassword: PASSWORD,
        newPassword: 'kata-sandi-baru-1',
      });
      expect(updated.mustChangePassword).toBe(false);
      expect(updated.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await auth.authenticate(here.token)).not.toBeNull();
      expect(await auth.authenticate(elsewhere.token)).toBeNull();
      await expect(auth.login({ username: account.username, password: PASSWORD })).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
      await auth.login({ username: account.username, password: 'kata-sandi-baru-1' });

      const audit = await listAudit(backend.db, { entity: 'user', entityKey: { userId: account.id } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actor: account.username,
        newValue: { passwordChanged: true, mustChangePassword: false },
      });
      expect(JSON.stringify(audit)).not.toContain('$argon2');
    });
  });
});
