// What adding a district and listing a province's districts need from the store (data/adapters implements it).
import type {
  AccountsRepository,
  CatalogYearRecord,
  OrgUnitLevel,
  OrgUnitRef,
  OrgUnitWithAncestors,
  PuskesmasRef,
} from './ports.ts';

export interface NewPuskesmasUnit {
  code: string;
  name: string;
  rawatInap: boolean;
}

/** A district of a province, as the province's list shows it. */
export interface ProvinceDistrictRecord extends OrgUnitRef {
  /** How many Puskesmas lie under it. */
  puskesmas: number;
  /** Oldest first. */
  catalogYears: CatalogYearRecord[];
}

export interface DistrictsReader {
  findOrgUnit(code: string): Promise<OrgUnitWithAncestors | undefined>;
  /** By code. */
  listProvinceDistricts(provinceId: number): Promise<ProvinceDistrictRecord[]>;
  /** Each district of the province with its year's stored results rolled up, by code. */
  listProvinceDistrictResults(provinceId: number, year: number): Promise<RollUpRecord[]>;
  /** Each province of the country with its year's stored results rolled up, by code. */
  listNationalProvinceResults(nationalId: number, year: number): Promise<RollUpRecord[]>;
  /** The years some district has published a catalog for, oldest first. */
  listPublishedCatalogYears(): Promise<number[]>;
}

/** A province or a district with the stored results of the Puskesmas under it, rolled up. */
export interface RollUpRecord {
  code: string;
  name: string;
  /** The districts under it (a district: 1). */
  districts: number;
  puskesmas: number;
  /** Puskesmas-years with a stored result. */
  assessed: number;
  kelompokI: number;
  kelompokII: number;
  kelompokIII: number;
  /** Puskesmas-years whose result is published. */
  published: number;
  /** Means over the assessed Puskesmas: service and quality in %, management 0–10. */
  service: number | null;
  management: number | null;
  quality: number | null;
}

export interface DistrictsRepository
  extends
    DistrictsReader,
    Pick<AccountsRepository, 'findAccountByUsername' | 'createAccount' | 'appendUserAudit'> {
  /** The units of any level whose code is one of `codes`, compared without regard to case. */
  findOrgUnitsByCodes(
    codes: readonly string[],
  ): Promise<{ code: string; name: string; level: OrgUnitLevel }[]>;
  /** The district under its province and its Puskesmas under it, with one audit entry naming them all. */
  createDistrict(input: {
    provinceId: number;
    code: string;
    name: string;
    puskesmas: readonly NewPuskesmasUnit[];
    actor: string;
  }): Promise<{ district: OrgUnitRef; puskesmas: PuskesmasRef[] }>;
}

/** Runs `work` in one transaction: the district, its Puskesmas and its admin land together, or nothing does. */
export type DistrictsUnitOfWork = <T>(work: (repos: DistrictsRepository) => Promise<T>) => Promise<T>;
