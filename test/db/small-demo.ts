// The demo district cut to three Puskesmas, loaded with stored results: enough to exercise every
// service on a real database. Extra Puskesmas (no data yet) can be added per test.
import { DEMO_PASSWORD } from '../../src/app/demo/demo-accounts.ts';
import type { OrgUnitWithAncestors, Repositories, UnitOfWork } from '../../src/app/ports.ts';
import { planDemoDistrict } from '../../src/app/demo/plan.ts';
import { rescoreDistrictYear } from '../../src/app/recompute.ts';
import { loadDemoPlan } from '../../src/data/adapters/demo-loader.ts';
import { storeRepositories, unitOfWork } from '../../src/data/adapters/repositories.ts';
import { storeAccounts } from '../../src/data/adapters/accounts.ts';
import { openDb, type Store } from '../../src/data/db.ts';
import { argon2Hasher } from '../../src/http/auth/passwords.ts';
import { createOrgUnit, getOrgUnitByCode } from '../../src/data/repositories/org-units.repository.ts';
import { BUILT_IN_CATALOGS } from '../../src/domain/catalog/builtin.ts';
import { uniqueCode } from './fixtures.ts';

export const DEMO_YEAR = 2023;
export const demoCatalog = BUILT_IN_CATALOGS.get(DEMO_YEAR)!;

export const smallDemoPlan = (() => {
  const full = planDemoDistrict(demoCatalog);
  return { ...full, puskesmas: full.puskesmas.slice(0, 3) };
})();

export interface SmallDemo {
  repos: Repositories;
  uow: UnitOfWork;
  district: OrgUnitWithAncestors;
  /** The three demo Puskesmas, as the access check resolves them. */
  units: OrgUnitWithAncestors[];
}

export async function loadSmallDemo(store: Store): Promise<SmallDemo> {
  await loadDemoPlan(store, smallDemoPlan, {
    afterDistrict: rescoreDistrictYear,
  });
  const repos = storeRepositories(store);
  const district = (await repos.findOrgUnit(smallDemoPlan.district.code))!;
  const units = await Promise.all(
    smallDemoPlan.puskesmas.map(async (p) => (await repos.findOrgUnit(p.puskesmas.code))!),
  );
  return { repos, uow: unitOfWork(store), district, units };
}

/** A new Puskesmas of the demo district with nothing stored for it yet. */
export async function addPuskesmas(store: Store, rawatInap = false): Promise<OrgUnitWithAncestors> {
  const district = (await getOrgUnitByCode(store.db, smallDemoPlan.district.code))!;
  const code = uniqueCode('PKM-BARU');
  await createOrgUnit(store.db, {
    code,
    name: `Puskesmas ${code}`,
    level: 'puskesmas',
    parentId: district.id,
    rawatInap,
  });
  return (await storeRepositories(store).findOrgUnit(code))!;
}

/**
 * The small demo stored on the PostgreSQL database at `databaseUrl`, with a pelaksana of its first
 * Puskesmas (P3318001) who signs in with the demo password: what the tests that run `pkp serve`
 * processes on one database start from.
 */
export async function storeSmallDemoWithOfficer(
  /** A PostgreSQL URL, or an embedded store's directory. */
  target: string | { dataDir: string },
  officer: { username: string; name: string },
  /** A Dinkes verifier of the district too (district reports, verification). */
  verifier?: { username: string; name: string },
): Promise<void> {
  const store = await openDb(typeof target === 'string' ? { databaseUrl: target } : target);
  try {
    const { units, district } = await loadSmallDemo(store);
    const passwordHash = await argon2Hasher.hash(DEMO_PASSWORD);
    const accounts = storeAccounts(store);
    const account = { passwordHash, mustChangePassword: false, at: new Date() };
    await accounts.createAccount({ ...officer, ...account, role: 'pelaksana', orgUnitId: units[0]!.id });
    if (verifier)
      await accounts.createAccount({ ...verifier, ...account, role: 'verifikator', orgUnitId: district.id });
  } finally {
    await store.close();
  }
}
