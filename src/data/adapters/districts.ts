// The districts port (src/app/district-ports.ts) over the org unit, catalog and account repositories,
// for one Db or transaction.
import {
  listNationalProvinceResults,
  listProvinceDistrictResults,
} from '../repositories/roll-up.repository.ts';
import type { DistrictsRepository, DistrictsUnitOfWork } from '../../app/district-ports.ts';
import type { Db, Store } from '../db.ts';
import { appendAudit } from '../repositories/audit.repository.ts';
import { listCatalogYears, listPublishedCatalogYears } from '../repositories/catalogs.repository.ts';
import {
  createOrgUnit,
  createOrgUnits,
  listDistrictsOfProvince,
  listOrgUnitsByCodes,
} from '../repositories/org-units.repository.ts';
import { createAccountsRepository } from './accounts.ts';

export function createDistrictsRepository(db: Db): DistrictsRepository {
  const accounts = createAccountsRepository(db);
  return {
    findOrgUnit: (code) => accounts.findOrgUnit(code),
    findAccountByUsername: (username) => accounts.findAccountByUsername(username),
    createAccount: (account) => accounts.createAccount(account),
    appendUserAudit: (entry) => accounts.appendUserAudit(entry),

    async findOrgUnitsByCodes(codes) {
      const units = await listOrgUnitsByCodes(db, codes);
      return units.map(({ code, name, level }) => ({ code, name, level }));
    },

    async createDistrict(input) {
      const district = await createOrgUnit(db, {
        code: input.code,
        name: input.name,
        level: 'district',
        parentId: input.provinceId,
      });
      const units = await createOrgUnits(
        db,
        input.puskesmas.map((p) => ({ ...p, level: 'puskesmas' as const, parentId: district.id })),
      );
      await appendAudit(db, {
        actor: input.actor,
        entity: 'org_unit',
        orgUnitId: district.id,
        entityKey: { code: district.code },
        oldValue: null,
        newValue: {
          code: district.code,
          name: district.name,
          level: 'district',
          puskesmas: units.map((u) => ({ code: u.code, name: u.name, rawatInap: u.rawatInap })),
        },
      });
      return {
        district: { id: district.id, code: district.code, name: district.name },
        puskesmas: units.map((u) => ({ id: u.id, code: u.code, name: u.name, rawatInap: u.rawatInap })),
      };
    },

    async listProvinceDistricts(provinceId) {
      const districts = await listDistrictsOfProvince(db, provinceId);
      const out = [];
      // One after another: a transaction is one connection, and pg refuses overlapping queries.
      for (const d of districts) {
        const years = await listCatalogYears(db, d.id);
        out.push({
          id: d.id,
          code: d.code,
          name: d.name,
          puskesmas: d.puskesmas,
          catalogYears: years.map(({ year, status, publishedAt }) => ({ year, status, publishedAt })),
        });
      }
      return out;
    },
    listProvinceDistrictResults: (provinceId, year) => listProvinceDistrictResults(db, provinceId, year),
    listNationalProvinceResults: (nationalId, year) => listNationalProvinceResults(db, nationalId, year),
    listPublishedCatalogYears: () => listPublishedCatalogYears(db),
  };
}

export function storeDistricts(store: Store): DistrictsRepository {
  return createDistrictsRepository(store.db);
}

export function districtsUnitOfWork(store: Store): DistrictsUnitOfWork {
  return (work) => store.db.transaction((tx) => work(createDistrictsRepository(tx)));
}
