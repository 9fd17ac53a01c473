// Sign-in limits under parallel guesses (on PostgreSQL too: PGlite runs one transaction at a time and
// would hide a race). Each guess takes its attempt before its password is checked, so a burst cannot
// check more passwords than the lock-out and the per-address limit allow.
import { expect, it } from 'vitest';
import type { PasswordHasher } from '../../src/app/ports.ts';
import { SESSION_POLICY } from '../../src/app/auth.service.ts';
import { storeAccounts } from '../../src/data/adapters/accounts.ts';
import { argon2Hasher } from '../../src/http/auth/passwords.ts';
import { describeOnPostgres } from '../db/backends.ts';
import {
  call,
  createTestApp,
  demoPasswordHash,
  describeHttp,
  DEMO_PASSWORD,
  signIn,
  UNITS,
} from './harness.ts';

/** argon2 itself, with a count of the passwords it checked. */
const hasher: PasswordHasher & { verifies: number } = {
  verifies: 0,
  hash: (password) => argon2Hasher.hash(password),
  verify: (phc, password) => {
    hasher.verifies += 1;
    return argon2Hasher.verify(phc, password);
  },
};

interface Answer {
  status: number;
  code: string;
}

let counter = 0;

describeHttp(
  'sign-in under parallel guesses',
  (t) => {
    async function freshAccount(options: { active?: boolean } = {}) {
      counter += 1;
      const unit = (await t.deps.repos.findOrgUnit(UNITS.puskesmas[2]))!;
      const accounts = storeAccounts(t.store);
      const account = await accounts.createAccount({
        username: `sasaran.tebakan.${counter}`,
        name: `Sasaran Tebakan ${counter}`,
        role: 'pelaksana',
        orgUnitId: unit.id,
        passwordHash: await demoPasswordHash(),
        mustChangePassword: false,
        at: t.clock(),
      });
      if (options.active === false)
        await accounts.updateAccount(account.id, { active: false, at: t.clock() });
      return account;
    }

    const login = async (username: string, password: string, ip: string) => {
      const res = await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-client-ip': ip },
        body: JSON.stringify({ username, password }),
      });
      return { res, body: (await res.json()) as Answer & { message: string; params?: unknown } };
    };

    it('checks at most five of 40 passwords guessed at once from one address, and then refuses the right one', async () => {
      const account = await freshAccount();
      const before = hasher.verifies;
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => login(account.username, `tebakan-ke-${i}`, '203.0.113.40')),
      );
      expect(hasher.verifies - before).toBeLessThanOrEqual(SESSION_POLICY.maxFailures);
      expect(answers.every((a) => a.res.status === 401 || a.res.status === 429)).toBe(true);

      const sameAddress = await login(account.username, DEMO_PASSWORD, '203.0.113.40');
      expect(sameAddress.res.status).toBe(429);
      const elsewhere = await login(account.username, DEMO_PASSWORD, '203.0.113.41');
      expect(elsewhere.res.status).toBe(429);
      expect(elsewhere.body.code).toBe('LOGIN_LOCKED');
      expect(hasher.verifies - before).toBeLessThanOrEqual(SESSION_POLICY.maxFailures);
      const stored = await storeAccounts(t.store).findAccountById(account.id);
      expect(stored!.lockedUntil!.getTime()).toBeGreaterThan(t.clock().getTime());
    });

    it('checks at most 20 passwords of 40 guessed at once from one address across usernames', async () => {
      const before = hasher.verifies;
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          login(`tidak.ada.${counter}.${i}`, 'tebak-tebak', '203.0.113.50'),
        ),
      );
      expect(hasher.verifies - before).toBeLessThanOrEqual(t.throttle.max);
      expect(answers.filter((a) => a.body.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(40 - t.throttle.max);
      const blocked = await login('kapus.p3318001', DEMO_PASSWORD, '203.0.113.50');
      expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    });

    it('limits guesses of the current password in the password form the same way', async () => {
      const account = await freshAccount();
      const session = await signIn(t.app, account.username, DEMO_PASSWORD, { ip: '203.0.113.60' });
      const before = hasher.verifies;
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          call(t.app, session, 'POST', '/api/auth/password', {
            currentPassword: `tebakan-ke-${i}`,
            newPassword: 'sandi-baru-yang-panjang',
          }),
        ),
      );
      expect(hasher.verifies - before).toBeLessThanOrEqual(SESSION_POLICY.maxFailures);
      const codes = await Promise.all(answers.map(async (r) => ((await r.json()) as Answer).code));
      expect(codes.filter((c) => c === 'PASSWORD_WRONG')).toHaveLength(SESSION_POLICY.maxFailures - 1);
      expect(new Set(codes)).toEqual(new Set(['PASSWORD_WRONG', 'LOGIN_LOCKED', 'TOO_MANY_ATTEMPTS']));
      const right = await call(t.app, session, 'POST', '/api/auth/password', {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'sandi-baru-yang-panjang',
      });
      expect(right.status).toBe(429);
    });

    it('answers a deactivated account exactly as a wrong password', async () => {
      const active = await freshAccount();
      const inactive = await freshAccount({ active: false });
      const wrong = await login(active.username, 'bukan-sandinya', '203.0.113.70');
      const deactivated = await login(inactive.username, DEMO_PASSWORD, '203.0.113.71');
      expect(deactivated.res.status).toBe(wrong.res.status);
      expect(deactivated.body).toEqual(wrong.body);
      expect(deactivated.res.headers.getSetCookie()).toEqual(wrong.res.headers.getSetCookie());
      expect(deactivated.body.code).toBe('INVALID_CREDENTIALS');
    });
  },
  { hasher },
);

describeOnPostgres('sign-in guesses spread over two server processes', (backend) => {
  it('counts the guesses of one address on every server of one database: 20 of 40 checked, the rest refused', async () => {
    const first = await createTestApp(backend.store);
    const other = await backend.openAnother();
    try {
      const second = await createTestApp(other, { clock: first.clock });
      const apps = [first.app, second.app];
      const answers = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const res = await apps[i % 2]!.request('/api/auth/login', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-test-client-ip': '203.0.113.70' },
            body: JSON.stringify({ username: `tidak.ada.dua.${i}`, password: 'tebak-tebak' }),
          });
          return ((await res.json()) as Answer).code;
        }),
      );
      expect(answers.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(first.throttle.max);
      expect(answers.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(40 - first.throttle.max);
      // A restart forgets nothing: a new server on the same database still refuses the address.
      const restarted = await createTestApp(backend.store, { clock: first.clock });
      const again = await restarted.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-client-ip': '203.0.113.70' },
        body: JSON.stringify({ username: 'kapus.p3318001', password: DEMO_PASSWORD }),
      });
      expect(again.status).toBe(429);
    } finally {
      await other.close();
    }
  });
});
