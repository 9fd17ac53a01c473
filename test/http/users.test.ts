import { expect, it } from 'vitest';
import { storeAccounts } from '../../src/data/adapters/accounts.ts';
import { listAudit } from '../../src/data/repositories/audit.repository.ts';
import type { ManagedUser, UserList } from '../../src/shared/api/users.schema.ts';
import { call, callJson, demoPasswordHash, describeHttp, signIn, UNITS, userIdOf } from './harness.ts';

interface ErrorBody {
  code: string;
  params?: Record<string, string | number>;
}

const USERS = `/api/districts/${UNITS.district}/users`;

describeHttp('user administration', (t) => {
  it('lists the accounts of the district and its Puskesmas to its admin', async () => {
    const admin = await signIn(t.app, 'admin.3318');
    const { status, body } = await callJson<UserList>(t.app, admin, 'GET', USERS);
    expect(status).toBe(200);
    expect(body.users.map((u) => u.username)).toEqual([
      'admin.3318',
      'kapus.p3318001',
      'koordinator.p3318001',
      'pelaksana.p3318001',
      'pelaksana.p3318002',
      'verifikator.3318',
      'viewer.3318',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash/);
  });

  it('creates an account, which signs in and must change its password; the audit trail has it', async () => {
    const admin = await signIn(t.app, 'admin.3318');
    const created = await callJson<ManagedUser>(t.app, admin, 'POST', USERS, {
      username: 'Pelaksana.P3318003',
      name: 'Pelaksana Baru',
      role: 'pelaksana',
      orgUnitCode: 'P3318003',
      password: 'sandi-awal-dari-admin',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'pelaksana.p3318003',
      mustChangePassword: true,
      active: true,
      orgUnit: { code: 'P3318003' },
    });
    const session = await signIn(t.app, 'pelaksana.p3318003', 'sandi-awal-dari-admin');
    expect(session.user.mustChangePassword).toBe(true);

    const audit = await listAudit(t.store.db, { entity: 'user', entityKey: { userId: created.body.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'admin.3318', oldValue: null, newValue: { role: 'pelaksana' } });
    expect(JSON.stringify(audit)).not.toMatch(/argon2|sandi-awal/);

    const again = await callJson<ErrorBody>(t.app, admin, 'POST', USERS, {
      username: 'pelaksana.p3318003',
      name: 'Lagi',
      role: 'pelaksana',
      orgUnitCode: 'P3318003',
      password: 'sandi-awal-dari-admin',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('USERNAME_TAKEN');
  });

  it('refuses a role that does not fit the unit, naming the field', async () => {
    const admin = await signIn(t.app, 'admin.3318');
    const res = await callJson<ErrorBody>(t.app, admin, 'POST', USERS, {
      username: 'verif.salah.tempat',
      name: 'Salah Tempat',
      role: 'verifikator',
      orgUnitCode: 'P3318002',
      password: 'sandi-awal-dari-admin',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'ROLE_UNIT_MISMATCH',
      params: { field: 'role', level: 'puskesmas' },
    });
  });

  it('refuses a bad username with a validation error on that field', async () => {
    const admin = await signIn(t.app, 'admin.3318');
    const res = await callJson<{ code: string; issues: { path: string }[] }>(t.app, admin, 'POST', USERS, {
      username: 'x',
      name: 'X',
      role: 'pelaksana',
      orgUnitCode: 'P3318002',
      password: 'sandi-awal-dari-admin',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION');
    expect(res.body.issues.map((i) => i.path)).toEqual(['username']);
  });

  it('updates an account of the district and audits the change', async () => {
    const admin = await signIn(t.app, 'admin.3318');
    const id = await userIdOf(t.store, 'pelaksana.p3318002');
    const res = await callJson<ManagedUser>(t.app, admin, 'PATCH', `${USERS}/${id}`, {
      name: 'Pelaksana Pati II (baru)',
      role: 'koordinator',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Pelaksana Pati II (baru)', role: 'koordinator' });
    const audit = await listAudit(t.store.db, { entity: 'user', entityKey: { userId: id } });
    expect(audit.at(-1)).toMatchObject({
      actor: 'admin.3318',
      oldValue: { name: 'Pelaksana Pati II', role: 'pelaksana' },
      newValue: { name: 'Pelaksana Pati II (baru)', role: 'koordinator' },
    });
    // Put it back for the other tests of this store.
    await call(t.app, admin, 'PATCH', `${USERS}/${id}`, { name: 'Pelaksana Pati II', role: 'pelaksana' });
  });

  it('answers 404 for an account of another district, and leaves it as it was', async () => {
    const unit = (await t.deps.repos.findOrgUnit(UNITS.foreignPuskesmas))!;
    const foreigner = await storeAccounts(t.store).createAccount({
      username: 'pelaksana.p3319001',
      name: 'Pelaksana Kudus',
      role: 'pelaksana',
      orgUnitId: unit.id,
      passwordHash: await demoPasswordHash(),
      mustChangePassword: false,
      at: t.clock(),
    });
    const admin = await signIn(t.app, 'admin.3318');
    const res = await callJson<ErrorBody>(t.app, admin, 'PATCH', `${USERS}/${foreigner.id}`, {
      active: false,
    });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('USER_NOT_FOUND');
    expect((await storeAccounts(t.store).findAccountById(foreigner.id))!.active).toBe(true);
  });

  it('deactivating an account signs it out at once', async () => {
    const admin = await signIn(t.app, 'admin.3318');
    const created = await callJson<ManagedUser>(t.app, admin, 'POST', USERS, {
      username: 'akan.dinonaktifkan',
      name: 'Akan Dinonaktifkan',
      role: 'viewer',
      orgUnitCode: UNITS.district,
      password: 'sandi-awal-dari-admin',
    });
    const victim = await signIn(t.app, 'akan.dinonaktifkan', 'sandi-awal-dari-admin');
    const res = await call(t.app, admin, 'PATCH', `${USERS}/${created.body.id}`, { active: false });
    expect(res.status).toBe(200);
    expect((await call(t.app, victim, 'GET', '/api/auth/me')).status).toBe(401);
    await expect(signIn(t.app, 'akan.dinonaktifkan', 'sandi-awal-dari-admin')).rejects.toThrow(
      /401.*INVALID_CREDENTIALS/,
    );
  });

  it('is only for the admin of that district', async () => {
    const verifikator = await signIn(t.app, 'verifikator.3318');
    expect((await call(t.app, verifikator, 'GET', USERS)).status).toBe(403);
    const admin = await signIn(t.app, 'admin.3318');
    expect((await call(t.app, admin, 'GET', `/api/districts/${UNITS.foreignDistrict}/users`)).status).toBe(
      403,
    );
    expect((await call(t.app, admin, 'GET', `/api/districts/9999/users`)).status).toBe(404);
    expect((await call(t.app, admin, 'GET', `/api/districts/${UNITS.puskesmas[0]}/users`)).status).toBe(404);
  });
});
