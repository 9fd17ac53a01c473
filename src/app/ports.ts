// What the use cases need from the outside world, as types; src/data implements them.
import type { Role } from '../domain/access/roles.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import type { IndicatorTarget, MonthlyEntry, RubricEntry, Stage } from '../domain/assessment/inputs.ts';
import type { Catalog, RubricLevel } from '../domain/catalog/types.ts';
import type { Category, Kelompok } from '../domain/scoring/classify.ts';
import type { SettingsOverrides } from '../domain/scoring/settings.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';
import type { ResultDetail } from '../shared/schemas/result-detail.schema.ts';

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
  status: AssessmentStatus;
  /** The Puskesmas as it was in this year: `rawatInap` is the year's status, not today's. */
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
   * convention, capping and thresholds that the result can name as its rule); versioned.
   */
  detail: ResultDetail;
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
  /** The assessments of a year, of one district or of all, by district and Puskesmas code. */
  listYearAssessments(year: number, districtId?: number): Promise<YearAssessmentRow[]>;
}

export interface YearAssessmentRow {
  assessmentId: number;
  status: AssessmentStatus;
  puskesmas: { code: string; name: string };
  district: { code: string };
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
  /** When it was entered (the clock of the request); the database's clock if absent. */
  at?: Date;
}

export interface EntryWriter {
  saveMonthlyValue(write: MonthlyValueWrite): Promise<{ version: number }>;
}

export interface Repositories
  extends
    ScoringRepository,
    ResultsReader,
    EntryWriter,
    PlanningRepository,
    MonthReportsRepository,
    WarningChecksRepository,
    YearsReader {}

// ── Month reports: when a month first became complete (its timeliness is fixed then) ──────────────────

export interface MonthReportRecord {
  month: string;
  /** When the month first became complete; never moved afterwards. */
  completedAt: Date | null;
}

export interface MonthReportsRepository {
  listMonthReports(assessmentId: number): Promise<MonthReportRecord[]>;
  /** Every assessment's month reports of a district-year. */
  listDistrictMonthReports(
    districtId: number,
    year: number,
  ): Promise<(MonthReportRecord & { assessmentId: number })[]>;
  /** Which fields each stored value of these months has, at one stage. */
  listMonthEntryPresence(
    assessmentId: number,
    stage: Stage,
    months: readonly string[],
  ): Promise<{ indicatorCode: string; month: string; present: EntryStampRecord['present'] }[]>;
  /**
   * Records that the month first became complete at `at` (with its audit entry), unless it already
   * has a completion date, which then stays. True when this call recorded it.
   */
  recordMonthCompleted(write: {
    assessmentId: number;
    month: string;
    at: Date;
    actor: string;
    cause: Record<string, unknown>;
  }): Promise<boolean>;
}

// ── Plausibility warnings: the checks someone made, and a district-year's inputs in one read ──────────

/** A plausibility warning someone has looked at; `warningKey` is the warning's key @ its figures. */
export interface WarningCheckRecord {
  warningKey: string;
  note: string;
  checkedBy: string;
  checkedAt: Date;
}

export interface WarningCheckWrite {
  assessmentId: number;
  warningKey: string;
  note: string;
  actor: string;
  at?: Date;
  /** For the audit entry: the warning's stable key, the figures it stated, and those figures as data. */
  about: { key: string; fingerprint: string; figures: Record<string, unknown> };
}

/** What the warnings of every Puskesmas of a district-year are computed from (stage 'self'). */
export interface DistrictWarningInputs {
  targets: (Omit<TargetRecord, 'version' | 'updatedBy' | 'updatedAt'> & { assessmentId: number })[];
  monthly: (MonthlyEntry & { assessmentId: number; indicatorCode: string })[];
  checks: (WarningCheckRecord & { assessmentId: number })[];
  /** The profile document of each Puskesmas (by org unit id) that has one for the year. */
  profiles: ReadonlyMap<number, Record<string, unknown>>;
}

export interface WarningChecksRepository {
  listWarningChecks(assessmentId: number): Promise<WarningCheckRecord[]>;
  /** Upserts the check of `warningKey` with its audit entry; call it inside the year's write. */
  saveWarningCheck(write: WarningCheckWrite): Promise<WarningCheckRecord>;
  loadDistrictWarningInputs(
    districtId: number,
    year: number,
    puskesmasIds: readonly number[],
  ): Promise<DistrictWarningInputs>;
}

// ── Years: the district's catalog years, and the Puskesmas-years opened in them ─────────────────────

export interface CatalogYearRecord {
  year: number;
  /** A draft catalog may still change; a published one is frozen. */
  status: 'draft' | 'published';
  publishedAt: Date | null;
}

export interface YearsReader {
  /** Oldest first. */
  listCatalogYears(districtId: number): Promise<CatalogYearRecord[]>;
  /** Every assessment of the district's Puskesmas, all years, by year then Puskesmas code. */
  listDistrictYearAssessments(
    districtId: number,
  ): Promise<{ year: number; status: AssessmentRef['status']; puskesmas: { code: string; name: string } }[]>;
}

/** Runs `work` in one transaction: everything it writes lands together, or nothing does. */
export type UnitOfWork = <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;

export type Clock = () => Date;

// ── Accounts and sessions ────────────────────────────────────────────────────────────────────────

export type OrgUnitLevel = 'province' | 'district' | 'puskesmas';

/** An account as the auth and user services see it (the hash is only ever compared, never sent). */
export interface Account {
  id: number;
  username: string;
  name: string;
  role: Role;
  orgUnit: { id: number; code: string; name: string; level: OrgUnitLevel };
  active: boolean;
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  passwordHash: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewAccount {
  username: string;
  name: string;
  role: Role;
  orgUnitId: number;
  passwordHash: string;
  mustChangePassword: boolean;
  at: Date;
}

export interface AccountPatch {
  name?: string;
  role?: Role;
  orgUnitId?: number;
  active?: boolean;
  passwordHash?: string;
  mustChangePassword?: boolean;
  failedLogins?: number;
  lockedUntil?: Date | null;
  at: Date;
}

export interface LoginAttemptReservation {
  taken: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

export interface SessionRecord {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

/** An entry of the audit trail about an account (entity 'user'); never a password hash. */
export interface UserAuditEntry {
  actor: string;
  userId: number;
  orgUnitId: number;
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
  reason?: string | null;
}

export interface AccountsRepository {
  findAccountByUsername(username: string): Promise<Account | undefined>;
  findAccountById(id: number): Promise<Account | undefined>;
  /** The accounts bound to any of these org units, by username. */
  listAccountsOfUnits(orgUnitIds: readonly number[]): Promise<Account[]>;
  createAccount(account: NewAccount): Promise<Account>;
  updateAccount(id: number, patch: AccountPatch): Promise<Account>;
  /**
   * Takes one sign-in attempt before the password is checked, counted as a failure until
   * `clearLoginFailures` (atomic: parallel attempts each take their own); the attempt that reaches
   * `maxFailures` locks the account until `lockUntil`. While locked, refused: `taken` is false.
   * Undefined for an unknown id.
   */
  reserveLoginAttempt(
    id: number,
    limits: { now: Date; maxFailures: number; lockUntil: Date },
  ): Promise<LoginAttemptReservation | undefined>;
  /** The password was right: no failures, no lock. */
  clearLoginFailures(id: number): Promise<void>;

  createSession(session: SessionRecord): Promise<void>;
  /** A session with its account, or undefined for an unknown token hash. */
  findSession(tokenHash: string): Promise<{ session: SessionRecord; account: Account } | undefined>;
  touchSession(tokenHash: string, at: Date): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Signs an account out everywhere, except (optionally) the session that asked. */
  deleteSessionsOfAccount(userId: number, exceptTokenHash?: string): Promise<void>;
  /** Removes sessions past their absolute expiry or idle since before `idleSince`. */
  deleteExpiredSessions(now: Date, idleSince: Date): Promise<number>;

  appendUserAudit(entry: UserAuditEntry): Promise<void>;
  /** The org unit tree lookups the user admin needs. */
  findOrgUnit(code: string): Promise<OrgUnitWithAncestors | undefined>;
  listChildUnitIds(parentId: number): Promise<number[]>;
}

/** Runs `work` in one transaction over the accounts. */
export type AccountsUnitOfWork = <T>(work: (accounts: AccountsRepository) => Promise<T>) => Promise<T>;

/** Password hashing (argon2id in production). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

// ── Planning and the monthly work: profile, targets, entries, rubric, dashboards ───────────────────

/** A district's indicator set for a year, with the scoring settings it chose. */
export interface DistrictCatalog {
  catalogVersionId: number;
  status: 'draft' | 'published';
  catalog: Catalog;
  settings: SettingsOverrides;
}

/** A stored target row, as the targets screen shows it. */
export interface TargetRecord {
  indicatorCode: string;
  targetValue: number | null;
  targetSasaran: number | null;
  sasaran: number | null;
  applicable: boolean;
  notApplicableReason: string | null;
  chosen: boolean | null;
  version: number;
  updatedBy: string;
  updatedAt: Date;
}

export interface MonthlyValueRecord {
  indicatorCode: string;
  month: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flag: boolean | null;
  version: number;
  enteredBy: string;
  enteredAt: Date;
}

export interface RubricScoreRecord {
  indicatorCode: string;
  level: RubricLevel | null;
  percent: number | null;
  note: string | null;
  version: number;
  enteredBy: string;
  enteredAt: Date;
}

/** A Puskesmas profile document for one year; its shape is src/shared/api/profile.schema.ts. */
export interface ProfileRecord {
  data: Record<string, unknown>;
  version: number;
  updatedBy: string;
  updatedAt: Date;
}

export interface AuditRecord {
  at: Date;
  actor: string;
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
  reason: string | null;
}

export interface AuditQuery {
  entity: 'monthly_value' | 'target' | 'rubric_score' | 'profile';
  assessmentId?: number;
  orgUnitId?: number;
  /** Matched as a whole. */
  entityKey?: Record<string, string | number>;
}

/** Writes that throw STALE_VALUE (409) when `expectedVersion` is not the stored version (0: none). */
export interface TargetWrite {
  assessmentId: number;
  indicatorCode: string;
  targetValue: number | null;
  targetSasaran: number | null;
  sasaran: number | null;
  applicable: boolean;
  notApplicableReason: string | null;
  chosen: boolean | null;
  expectedVersion: number;
  actor: string;
  reason?: string | null;
  at?: Date;
}

export interface RubricScoreWrite {
  assessmentId: number;
  indicatorCode: string;
  stage: Stage;
  level: RubricLevel | null;
  percent: number | null;
  note: string | null;
  expectedVersion: number;
  actor: string;
  reason?: string | null;
  at?: Date;
}

export interface ProfileWrite {
  orgUnitId: number;
  year: number;
  data: Record<string, unknown>;
  /** The unit's rawat inap status before and after: the audit entry records both with the document. */
  rawatInap: { before: boolean; after: boolean };
  /** The year's assessment, if there is one, for the audit entry. */
  assessmentId: number | null;
  expectedVersion: number;
  actor: string;
  reason?: string | null;
  at?: Date;
}

export interface PlanningReader {
  getOrgUnit(
    id: number,
  ): Promise<(OrgUnitRef & { level: 'province' | 'district' | 'puskesmas' }) | undefined>;
  /** The Puskesmas of a district, by code. */
  listPuskesmas(districtId: number): Promise<PuskesmasRef[]>;
  findDistrictCatalog(districtId: number, year: number): Promise<DistrictCatalog | undefined>;
  /** The catalog version an assessment was opened with. */
  loadAssessmentCatalog(assessmentId: number): Promise<DistrictCatalog>;
  listAssessmentsOf(
    puskesmasId: number,
  ): Promise<{ id: number; year: number; status: AssessmentRef['status'] }[]>;
  listTargetRecords(assessmentId: number): Promise<TargetRecord[]>;
  listMonthlyValueRecords(assessmentId: number, stage: Stage): Promise<MonthlyValueRecord[]>;
  getMonthlyValueRecord(key: {
    assessmentId: number;
    indicatorCode: string;
    month: string;
    stage: Stage;
  }): Promise<MonthlyValueRecord | undefined>;
  listRubricScoreRecords(assessmentId: number, stage: Stage): Promise<RubricScoreRecord[]>;
  getProfile(orgUnitId: number, year: number): Promise<ProfileRecord | undefined>;
  /** Oldest first. */
  listAuditTrail(query: AuditQuery): Promise<AuditRecord[]>;
}

export interface PlanningWriter {
  /** The Puskesmas-year's assessment, opened on the district's catalog of the year if there is none (CATALOG_NOT_FOUND otherwise). */
  openAssessment(puskesmasId: number, year: number): Promise<AssessmentRef>;
  /**
   * Holds the Puskesmas-year's row lock until the transaction ends and returns the assessment as it
   * is under the lock. Every write to a Puskesmas-year takes it first (see app/year-write.ts).
   */
  lockAssessment(assessmentId: number): Promise<AssessmentRef>;
  /** Sets the rawat inap status of one Puskesmas-year. */
  setAssessmentRawatInap(assessmentId: number, rawatInap: boolean): Promise<void>;
  saveTarget(write: TargetWrite): Promise<TargetRecord>;
  saveRubricScore(write: RubricScoreWrite): Promise<RubricScoreRecord>;
  saveProfile(write: ProfileWrite): Promise<ProfileRecord>;
  setRawatInap(puskesmasId: number, rawatInap: boolean): Promise<void>;
}

export interface EntryStampRecord {
  assessmentId: number;
  indicatorCode: string;
  month: string;
  present: Record<'numerator' | 'denominator' | 'value' | 'flag', boolean>;
  /** 'YYYY-MM-DD'. */
  enteredOn: string;
}

/** District-wide reads for the district dashboard: one query each, whatever the number of Puskesmas. */
export interface DistrictDashboardReader {
  listDistrictAssessments(
    districtId: number,
    year: number,
  ): Promise<{ assessmentId: number; status: AssessmentRef['status']; puskesmas: PuskesmasRef }[]>;
  listDistrictApplicability(
    districtId: number,
    year: number,
  ): Promise<
    {
      assessmentId: number;
      indicatorCode: string;
      applicable: boolean;
      notApplicableReason: string | null;
      chosen: boolean | null;
    }[]
  >;
  /** Which fields each stored value has, and the calendar date it was entered at `offsetMinutes` from UTC. */
  listDistrictEntryStamps(
    districtId: number,
    year: number,
    stage: Stage,
    offsetMinutes: number,
  ): Promise<EntryStampRecord[]>;
  /** The service tree of each stored result (programme scores for the heat map). */
  listDistrictServiceTrees(
    districtId: number,
    year: number,
    stage: Stage,
  ): Promise<{ assessmentId: number; service: NodeResult | null }[]>;
}

export interface PlanningRepository extends PlanningReader, PlanningWriter, DistrictDashboardReader {}
