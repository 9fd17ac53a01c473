import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createDistrict, uniqueCode } from '../../../test/db/fixtures.ts';
import {
  clearLoginFailures,
  getUserById,
  getUserByUsername,
  insertUser,
  listUsersOfUnits,
  reserveLoginAttempt,
} from './users.repository.ts';

const at = new Date('2024-03-01T01:00:00Z');

describeOnBackends('users repository', (backend) => {
  const newUser = (orgUnitId: number, username = uniqueCode('akun').toLowerCase()) =>
    insertUser(backend.db, {
      username,
      name: 'Akun',
      role: 'pelaksana',
      orgUnitId,
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
      createdAt: at,
      updatedAt: at,
    });

  it('reads a user with its org unit, by id and by username', async () => {
    const { puskesmas } = await createDistrict(backend.db, 1);
    const user = await newUser(puskesmas[0]!.id);
    const byName = await getUserByUsername(backend.db, user.username);
    expect(byName).toMatchObject({
      id: user.id,
      active: true,
      mustChangePassword: false,
      failedLogins: 0,
      lockedUntil: null,
      orgUnit: { id: puskesmas[0]!.id, code: puskesmas[0]!.code, level: 'puskesmas' },
    });
    expect(await getUserById(backend.db, user.id)).toEqual(byName);
    expect(await getUserByUsername(backend.db, 'tidak.ada')).toBeUndefined();
  });

  it('refuses a second user with the same username', async () => {
    const { puskesmas } = await createDistrict(backend.db, 1);
    const user = await newUser(puskesmas[0]!.id);
    await expect(newUser(puskesmas[0]!.id, user.username)).rejects.toThrow();
  });

  it('lists the users of some org units by username', async () => {
    const { district, puskesmas } = await createDistrict(backend.db, 2);
    const b = await newUser(puskesmas[0]!.id, uniqueCode('b').toLowerCase());
    const a = await newUser(district.id, uniqueCode('a').toLowerCase());
    await newUser(puskesmas[1]!.id);
    const listed = await listUsersOfUnits(backend.db, [district.id, puskesmas[0]!.id]);
    expect(listed.map((u) => u.id)).toEqual([a.id, b.id]);
    expect(await listUsersOfUnits(backend.db, [])).toEqual([]);
  });

  it('takes parallel sign-in attempts one each, locks the account at the limit and refuses while locked', async () => {
    const { puskesmas } = await createDistrict(backend.db, 1);
    const user = await newUser(puskesmas[0]!.id);
    const lockUntil = new Date(at.getTime() + 15 * 60_000);
    const limits = { now: at, maxFailures: 5, lockUntil };
    const taken = await Promise.all(
      Array.from({ length: 8 }, () => reserveLoginAttempt(backend.db, user.id, limits)),
    );
    expect(
      taken
        .filter((r) => r!.taken)
        .map((r) => r!.failedLogins)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(taken.filter((r) => !r!.taken)).toHaveLength(3);
    expect(taken.find((r) => r!.taken && r!.failedLogins === 5)).toMatchObject({
      taken: true,
      lockedUntil: lockUntil,
    });
    expect(await getUserById(backend.db, user.id)).toMatchObject({
      failedLogins: 5,
      lockedUntil: lockUntil,
      updatedAt: at,
    });

    const later = new Date(lockUntil.getTime() + 1);
    const afterLock = await reserveLoginAttempt(backend.db, user.id, {
      now: later,
      maxFailures: 5,
      lockUntil: new Date(later.getTime() + 15 * 60_000),
    });
    expect(afterLock).toEqual({ taken: true, failedLogins: 1, lockedUntil: null });
    await clearLoginFailures(backend.db, user.id);
    expect(await getUserById(backend.db, user.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect(await reserveLoginAttempt(backend.db, -1, limits)).toBeUndefined();
  });
});
