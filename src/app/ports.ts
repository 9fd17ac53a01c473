// What the use cases need from the outside world, as types; src/data implements them.
import type { IndicatorTarget, MonthlyEntry, RubricEntry, Stage } from '../domain/assessment/inputs.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import type { Category, Kelompok } from '../domain/scoring/classify.ts';
import type { ScoringSettings, SettingsOverrides } from '../domain/scoring/settings.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';

export interface OrgUnitRef {
  id: number;
  code: string;
  name: string;
}

export interface PuskesmasRef extends OrgUnitRef {
  rawatInap: boolean;
}

export interface AssessmentRef {
  id: number;
  year: number;
  status: 'draft' | 'submitted' | 'verified' | 'locked';
  puskesmas: PuskesmasRef;
  district: OrgUnitRef;
}

/** Everything a Puskesmas-year is scored from, as stored. */
export interface ScoringInputs {
  assessment: AssessmentRef;
  catalog: Catalog;
  settings: SettingsOverrides;
  targets: ReadonlyMap<string, IndicatorTarget>;
  monthly: ReadonlyMap<string, MonthlyEntry[]>;
  rubrics: ReadonlyMap<string, RubricEntry>;
}

/** The stored result of one Puskesmas-year at one stage: what recaps read. */
export interface StoredResult {
  assessmentId: number;
  stage: Stage;
  service: number | null;
  management: number | null;
  quality: number | null;
  serviceCategory: Category | null;
  managementCategory: Category | null;
  qualityCategory: Category | null;
  overallCategory: Category | null;
  kelompok: Kelompok | null;
  /**
   * The three axis trees with every node's score and explanation, and the settings in force (the
   * convention, capping and thresholds that the result can name as its rule).
   */
  detail: {
    service: NodeResult | null;
    management: NodeResult | null;
    quality: NodeResult | null;
    settings: ScoringSettings;
  };
  computedAt: Date;
}

export interface DistrictResultRow extends Omit<StoredResult, 'detail'> {
  puskesmas: PuskesmasRef;
}

export interface ScoringRepository {
  loadScoringInputs(assessmentId: number, stage: Stage): Promise<ScoringInputs>;
  saveResult(result: StoredResult): Promise<void>;
}

/** An org unit with the chain above it, for access checks: a Puskesmas lies under its district. */
export interface OrgUnitWithAncestors extends OrgUnitRef {
  level: 'province' | 'district' | 'puskesmas';
  rawatInap: boolean;
  /** Parent first, then its parent, up to the province. */
  ancestorIds: number[];
}

export interface ResultsReader {
  findOrgUnit(code: string): Promise<OrgUnitWithAncestors | undefined>;
  findDistrict(code: string): Promise<OrgUnitRef | undefined>;
  /** The catalog version a district adopted for a year. */
  loadDistrictCatalog(districtCode: string, year: number): Promise<Catalog | undefined>;
  findPuskesmas(code: string): Promise<PuskesmasRef | undefined>;
  findAssessment(puskesmasCode: string, year: number): Promise<AssessmentRef | undefined>;
  getResult(assessmentId: number, stage: Stage): Promise<StoredResult | undefined>;
  listDistrictResults(districtId: number, year: number, stage: Stage): Promise<DistrictResultRow[]>;
}

/** Saving one monthly value (an officer's cell); throws STALE_VALUE when `expectedVersion` is outdated. */
export interface MonthlyValueWrite {
  assessmentId: number;
  indicatorCode: string;
  month: string;
  stage: Stage;
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  flag?: boolean | null;
  expectedVersion: number;
  actor: string;
  reason?: string | null;
}

export interface EntryWriter {
  saveMonthlyValue(write: MonthlyValueWrite): Promise<{ version: number }>;
}

export interface Repositories extends ScoringRepository, ResultsReader, EntryWriter {}

/** Runs `work` in one transaction: everything it writes lands together, or nothing does. */
export type UnitOfWork = <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;

export type Clock = () => Date;
