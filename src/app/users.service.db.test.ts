import { hash } from '@node-rs/argon2';
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { createDistrict, uniqueCode } from '../../test/db/fixtures.ts';
import { accountsUnitOfWork, storeAccounts } from '../data/adapters/accounts.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { listSessionsOfUser } from '../data/repositories/sessions.repository.ts';
import type { OrgUnit } from '../data/repositories/org-units.repository.ts';
import { argon2Hasher } from '../http/auth/passwords.ts';
import type { Role } from '../domain/access/roles.ts';
import { createAuthService } from './auth.service.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { createUsersService, type UserAdmin } from './users.service.ts';

const PASSWORD = 'kata-sandi-awal-1';
let passwordHash: string;
beforeAll(async () => {
  passwordHash = await hash(PASSWORD);
});

const at = new Date('2024-03-01T01:00:00Z');
const clock = () => at;

const asTarget = (unit: OrgUnit): OrgUnitWithAncestors => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  level: unit.level,
  rawatInap: unit.rawatInap,
  ancestorIds: unit.parentId === null ? [] : [unit.parentId],
});

describeOnBackends('the user administration service', (backend) => {
  const service = () =>
    createUsersService({
      accounts: storeAccounts(backend.store),
      accountsUow: accountsUnitOfWork(backend.store),
      hasher: argon2Hasher,
      clock,
    });

  /** A district with two Puskesmas, its admin, and a second district with its own officer. */
  async function world() {
    const own = await createDistrict(backend.db, 2);
    const other = await createDistrict(backend.db, 1);
    const accounts = storeAccounts(backend.store);
    const make = (role: Role, unit: OrgUnit) =>
      accounts.createAccount({
        username: uniqueCode(role.replace('_', '.')).toLowerCase(),
        name: `Akun ${role}`,
        role,
        orgUnitId: unit.id,
        passwordHash,
        mustChangePassword: false,
        at,
      });
    const adminAccount = await make('admin_dinkes', own.district);
    const officer = await make('pelaksana', own.puskesmas[0]!);
    const foreigner = await make('pelaksana', other.puskesmas[0]!);
    const admin: UserAdmin = {
      id: adminAccount.id,
      username: adminAccount.username,
      role: 'admin_dinkes',
      orgUnitId: own.district.id,
    };
    return { own, other, admin, officer, foreigner, district: asTarget(own.district) };
  }

  it('lists the accounts of the district and its Puskesmas, not those of another district', async () => {
    const w = await world();
    const users = await service().list(w.admin, w.district);
    expect(users.map((u) => u.username).sort()).toEqual([w.admin.username, w.officer.username].sort());
    expect(users[0]).not.toHaveProperty('passwordHash');
  });

  it('refuses anyone but an admin of this district', async () => {
    const w = await world();
    const officerActor: UserAdmin = {
      ...w.admin,
      id: w.officer.id,
      role: 'pelaksana',
      orgUnitId: w.officer.orgUnit.id,
    };
    await expect(service().list(officerActor, w.district)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
    await expect(service().list(w.admin, asTarget(w.other.district))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('creates an account that must change its password, and audits it without the hash', async () => {
    const w = await world();
    const created = await service().create(w.admin, w.district, {
      username: 'kapus.baru',
      name: 'Kepala Puskesmas Baru',
      role: 'kepala_puskesmas',
      orgUnitCode: w.own.puskesmas[1]!.code,
      password: PASSWORD,
    });
    expect(created).toMatchObject({
      username: 'kapus.baru',
      role: 'kepala_puskesmas',
      mustChangePassword: true,
      active: true,
      orgUnit: { code: w.own.puskesmas[1]!.code, level: 'puskesmas' },
    });
    const audit = await listAudit(backend.db, { entity: 'user', entityKey: { userId: created.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: w.admin.username,
      orgUnitId: w.own.puskesmas[1]!.id,
      oldValue: null,
      newValue: { username: 'kapus.baru', role: 'kepala_puskesmas', mustChangePassword: true },
    });
    expect(JSON.stringify(audit)).not.toMatch(/argon2|kata-sandi/);
  });

  it.each([
    ['a Puskesmas role at the district', 'pelaksana', 'district', 'ROLE_UNIT_MISMATCH', 'role'],
    ['a district role at a Puskesmas', 'verifikator', 'puskesmas', 'ROLE_UNIT_MISMATCH', 'role'],
    ['a unit of another district', 'pelaksana', 'foreign', 'ORG_UNIT_OUTSIDE_DISTRICT', 'orgUnitCode'],
    ['a unit that does not exist', 'pelaksana', 'missing', 'ORG_UNIT_NOT_FOUND', 'orgUnitCode'],
  ] as const)('refuses to place %s', async (_name, role, where, code, field) => {
    const w = await world();
    const orgUnitCode = {
      district: w.own.district.code,
      puskesmas: w.own.puskesmas[0]!.code,
      foreign: w.other.puskesmas[0]!.code,
      missing: 'P9999999',
    }[where];
    const create = service().create(w.admin, w.district, {
      username: uniqueCode('calon').toLowerCase(),
      name: 'Calon',
      role,
      orgUnitCode,
      password: PASSWORD,
    });
    await expect(create).rejects.toMatchObject({ code, status: 400, params: { field } });
  });

  it('refuses a taken username with 409 and a weak initial password with 400', async () => {
    const w = await world();
    const base = { name: 'X', role: 'pelaksana' as const, orgUnitCode: w.own.puskesmas[0]!.code };
    await expect(
      service().create(w.admin, w.district, { ...base, username: w.officer.username, password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'USERNAME_TAKEN', status: 409 });
    await expect(
      service().create(w.admin, w.district, { ...base, username: 'orang.baru.sekali', password: 'pendek' }),
    ).rejects.toMatchObject({ code: 'PASSWORD_TOO_SHORT', params: { field: 'password', min: 10 } });
    await expect(
      service().create(w.admin, w.district, {
        ...base,
        username: 'orang.baru.sekali',
        password: 'orang.baru.sekali',
      }),
    ).rejects.toMatchObject({ code: 'PASSWORD_IS_USERNAME', params: { field: 'password' } });
  });

  it.each(['password1234', 'Bismillah123', 'PUSKESMAS2024', ' rahasia123 '])(
    'refuses the common password "%s" as an initial password and as a reset, changing nothing',
    async (common) => {
      const w = await world();
      const base = { name: 'X', role: 'pelaksana' as const, orgUnitCode: w.own.puskesmas[0]!.code };
      await expect(
        service().create(w.admin, w.district, { ...base, username: 'orang.baru.umum', password: common }),
      ).rejects.toMatchObject({ code: 'PASSWORD_TOO_COMMON', status: 400, params: { field: 'password' } });
      expect(await storeAccounts(backend.store).findAccountByUsername('orang.baru.umum')).toBeUndefined();

      const before = await storeAccounts(backend.store).findAccountById(w.officer.id);
      await expect(
        service().update(w.admin, w.district, w.officer.id, { password: common }),
      ).rejects.toMatchObject({ code: 'PASSWORD_TOO_COMMON', status: 400, params: { field: 'password' } });
      expect((await storeAccounts(backend.store).findAccountById(w.officer.id))!.passwordHash).toBe(
        before!.passwordHash,
      );
    },
  );

  it('changes name, role and unit, and audits only what changed', async () => {
    const w = await world();
    const updated = await service().update(w.admin, w.district, w.officer.id, {
      name: 'Nama Baru',
      role: 'koordinator',
      orgUnitCode: w.own.puskesmas[1]!.code,
    });
    expect(updated).toMatchObject({
      name: 'Nama Baru',
      role: 'koordinator',
      orgUnit: { code: w.own.puskesmas[1]!.code },
    });
    const audit = await listAudit(backend.db, { entity: 'user', entityKey: { userId: w.officer.id } });
    expect(audit.map((a) => [a.oldValue, a.newValue])).toEqual([
      [
        { name: 'Akun pelaksana', role: 'pelaksana', orgUnitCode: w.own.puskesmas[0]!.code },
        { name: 'Nama Baru', role: 'koordinator', orgUnitCode: w.own.puskesmas[1]!.code },
      ],
    ]);
  });

  it('writes nothing when nothing changes', async () => {
    const w = await world();
    const same = await service().update(w.admin, w.district, w.officer.id, { name: w.officer.name });
    expect(same.updatedAt).toBe(w.officer.updatedAt.toISOString());
    expect(await listAudit(backend.db, { entity: 'user', entityKey: { userId: w.officer.id } })).toEqual([]);
  });

  it('answers 404 for an account of another district, as for one that does not exist', async () => {
    const w = await world();
    for (const id of [w.foreigner.id, 999_999]) {
      await expect(service().update(w.admin, w.district, id, { name: 'X' })).rejects.toMatchObject({
        code: 'USER_NOT_FOUND',
        status: 404,
      });
    }
    const foreigner = await storeAccounts(backend.store).findAccountById(w.foreigner.id);
    expect(foreigner!.name).toBe('Akun pelaksana');
  });

  it('deactivating or resetting a password signs the account out; a reset unlocks and forces a change', async () => {
    const w = await world();
    const auth = createAuthService({
      accounts: storeAccounts(backend.store),
      accountsUow: accountsUnitOfWork(backend.store),
      hasher: argon2Hasher,
      clock,
    });
    await auth.login({ username: w.officer.username, password: PASSWORD });
    await storeAccounts(backend.store).updateAccount(w.officer.id, {
      lockedUntil: new Date(at.getTime() + 600_000),
      at,
    });
    const reset = await service().update(w.admin, w.district, w.officer.id, {
      password: 'sandi-baru-dari-admin',
    });
    expect(reset).toMatchObject({ mustChangePassword: true, lockedUntil: null });
    expect(await listSessionsOfUser(backend.db, w.officer.id)).toEqual([]);
    const signedIn = await auth.login({ username: w.officer.username, password: 'sandi-baru-dari-admin' });
    expect(signedIn.account.mustChangePassword).toBe(true);

    const off = await service().update(w.admin, w.district, w.officer.id, { active: false });
    expect(off.active).toBe(false);
    expect(await listSessionsOfUser(backend.db, w.officer.id)).toEqual([]);

    const audit = await listAudit(backend.db, { entity: 'user', entityKey: { userId: w.officer.id } });
    expect(audit.map((a) => a.newValue)).toEqual([
      { mustChangePassword: true, passwordReset: true },
      { active: false },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|sandi-baru/);
  });

  it('does not let an admin change their own role, unit or status, or reset their own password', async () => {
    const w = await world();
    for (const body of [
      { role: 'verifikator' as const },
      { active: false },
      { password: 'sandi-baru-sendiri' },
    ]) {
      await expect(service().update(w.admin, w.district, w.admin.id, body)).rejects.toMatchObject({
        code: 'USER_SELF_CHANGE',
        status: 400,
      });
    }
    const renamed = await service().update(w.admin, w.district, w.admin.id, { name: 'Admin Baru' });
    expect(renamed.name).toBe('Admin Baru');
  });
});
