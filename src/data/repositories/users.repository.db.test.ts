import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createDistrict, uniqueCode } from '../../../test/db/fixtures.ts';
import {
  getUserById,
  getUserByUsername,
  incrementFailedLogins,
  insertUser,
  listUsersOfUnits,
  updateUser,
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

  it('counts failed sign-ins in one statement, so parallel failures all count', async () => {
    const { puskesmas } = await createDistrict(backend.db, 1);
    const user = await newUser(puskesmas[0]!.id);
    const counts = await Promise.all([1, 2, 3].map(() => incrementFailedLogins(backend.db, user.id, at)));
    expect(counts.sort()).toEqual([1, 2, 3]);
    const updated = await updateUser(backend.db, user.id, {
      failedLogins: 0,
      lockedUntil: at,
      updatedAt: at,
    });
    expect(updated).toMatchObject({ failedLogins: 0, lockedUntil: at });
  });
});
