// One demo account per role in the demo district (3318, Kabupaten Pati), all with one known password,
// so that each screen of the UI can be tried as each kind of user; the province's admin and viewer
// above it, the ministry's viewer above all, and the same accounts for the second district (3319, Kabupaten Kudus), so that a district's
// staff can be seen not to reach the other's. For demos only: never on a server that holds real data.
import { NATIONAL_UNIT_CODE, type Role } from '../../domain/access/roles.ts';
import type { AccountsUnitOfWork } from '../ports.ts';

/** Who the audit trail names for everything the demo writes. */
export const DEMO_ACTOR = 'demo';

/** The password of every demo account; printed by `pkp serve --demo`. */
export const DEMO_PASSWORD = 'pkp-demo-2023';

export interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  orgUnitCode: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin.3318', name: 'Admin Dinkes Pati', role: 'admin_dinkes', orgUnitCode: '3318' },
  { username: 'verifikator.3318', name: 'Verifikator Dinkes Pati', role: 'verifikator', orgUnitCode: '3318' },
  { username: 'viewer.3318', name: 'Pemantau Kabupaten Pati', role: 'viewer', orgUnitCode: '3318' },
  {
    username: 'kapus.p3318001',
    name: 'Kepala Puskesmas Pati I',
    role: 'kepala_puskesmas',
    orgUnitCode: 'P3318001',
  },
  {
    username: 'koordinator.p3318001',
    name: 'Koordinator UKM Pati I',
    role: 'koordinator',
    orgUnitCode: 'P3318001',
  },
  { username: 'pelaksana.p3318001', name: 'Pelaksana Pati I', role: 'pelaksana', orgUnitCode: 'P3318001' },
  { username: 'pelaksana.p3318002', name: 'Pelaksana Pati II', role: 'pelaksana', orgUnitCode: 'P3318002' },
];

/** The province's (33, Jawa Tengah): its admin adds districts; its viewer reads every district's results. */
export const PROVINCE_DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin.33',
    name: 'Admin Dinkes Provinsi Jawa Tengah',
    role: 'admin_provinsi',
    orgUnitCode: '33',
  },
  { username: 'viewer.33', name: 'Pemantau Provinsi Jawa Tengah', role: 'viewer', orgUnitCode: '33' },
];

/** The ministry's: a viewer of the whole country (every province's league, and down from there). */
export const NATIONAL_DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'viewer.id',
    name: 'Pemantau Kementerian Kesehatan',
    role: 'viewer',
    orgUnitCode: NATIONAL_UNIT_CODE,
  },
];

/** The second demo district's (3319, Kabupaten Kudus), named as Pati's are. */
export const SECOND_DISTRICT_DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin.3319', name: 'Admin Dinkes Kudus', role: 'admin_dinkes', orgUnitCode: '3319' },
  {
    username: 'verifikator.3319',
    name: 'Verifikator Dinkes Kudus',
    role: 'verifikator',
    orgUnitCode: '3319',
  },
  { username: 'viewer.3319', name: 'Pemantau Kabupaten Kudus', role: 'viewer', orgUnitCode: '3319' },
  {
    username: 'kapus.p3319001',
    name: 'Kepala Puskesmas Purwosari',
    role: 'kepala_puskesmas',
    orgUnitCode: 'P3319001',
  },
  {
    username: 'koordinator.p3319001',
    name: 'Koordinator UKM Purwosari',
    role: 'koordinator',
    orgUnitCode: 'P3319001',
  },
  { username: 'pelaksana.p3319001', name: 'Pelaksana Purwosari', role: 'pelaksana', orgUnitCode: 'P3319001' },
];

/** Every account `pkp serve --demo` creates. */
export const ALL_DEMO_ACCOUNTS: readonly DemoAccount[] = [
  ...DEMO_ACCOUNTS,
  ...PROVINCE_DEMO_ACCOUNTS,
  ...SECOND_DISTRICT_DEMO_ACCOUNTS,
  ...NATIONAL_DEMO_ACCOUNTS,
];

/**
 * Creates the demo accounts that do not exist yet (an existing username is left as it is), with
 * `passwordHash` — the hash of DEMO_PASSWORD, computed once by the caller — and no forced password
 * change. Returns the usernames it created.
 */
export async function ensureDemoAccounts(
  uow: AccountsUnitOfWork,
  /** The demo password's hash, or how to make it: argon2 is slow on purpose, and is run only when an account is missing. */
  password: string | (() => Promise<string>),
  options: { at: Date; accounts?: readonly DemoAccount[] },
): Promise<string[]> {
  let hash: Promise<string> | undefined;
  const hashed = () => (hash ??= typeof password === 'string' ? Promise.resolve(password) : password());
  return uow(async (tx) => {
    const created: string[] = [];
    for (const demo of options.accounts ?? DEMO_ACCOUNTS) {
      if (await tx.findAccountByUsername(demo.username)) continue;
      const passwordHash = await hashed();
      const unit = await tx.findOrgUnit(demo.orgUnitCode);
      if (!unit) throw new Error(`demo account ${demo.username}: org unit ${demo.orgUnitCode} is missing`);
      const account = await tx.createAccount({
        username: demo.username,
        name: demo.name,
        role: demo.role,
        orgUnitId: unit.id,
        passwordHash,
        mustChangePassword: false,
        at: options.at,
      });
      await tx.appendUserAudit({
        actor: DEMO_ACTOR,
        userId: account.id,
        orgUnitId: unit.id,
        oldValue: null,
        newValue: {
          username: demo.username,
          name: demo.name,
          role: demo.role,
          orgUnitCode: demo.orgUnitCode,
        },
        reason: 'Akun demo',
      });
      created.push(demo.username);
    }
    return created;
  });
}

/**
 * The Puskesmas whose staff have demo accounts. Their demo year is left in draft (the self-assessment
 * still open) so that their officers can try every screen; the others have submitted.
 */
export function demoDraftPuskesmas(accounts: readonly DemoAccount[] = DEMO_ACCOUNTS): Set<string> {
  return new Set(accounts.filter((a) => /^P\d/.test(a.orgUnitCode)).map((a) => a.orgUnitCode));
}
