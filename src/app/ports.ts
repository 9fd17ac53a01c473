// What the use cases need from the outside world, as types; src/data implements them.
import type { OrgUnitLevel, Role } from '../domain/access/roles.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import type { StatusCause } from '../domain/assessment/workflow.ts';
import type { ProblemCauses } from '../domain/improvement/causes.ts';
import type { FeedbackScope, FeedbackStatus, FollowUpStatus } from '../domain/improvement/feedback.ts';
import type { RtlStatus } from '../domain/improvement/rtl.ts';
import type { MonthlyEntry, Stage } from '../domain/assessment/inputs.ts';
import type { StageRows } from '../domain/assessment/stage-rows.ts';
import type { Catalog, RubricLevel } from '../domain/catalog/types.ts';
import type { Category, Kelompok } from '../domain/scoring/classify.ts';
import type { SettingsOverrides } from '../domain/scoring/settings.ts';
import type { ResultDetail } from '../shared/schemas/result-detail.schema.ts';
import type { EvidenceRepository, MeetingsRepository } from './record-ports.ts';
import type { ReadinessReader } from './readiness-ports.ts';
import type { VerificationRepository } from './verification-ports.ts';
import type { WaitingReader } from './waiting-ports.ts';
import type { ReportTextsRepository } from './report/report-texts.ts';
import type { CatalogAuthoringRepository } from './catalog/catalog-ports.ts';
import type { BackgroundJobsRepository } from './job-ports.ts';

export interface OrgUnitRef {
  id: number;
  code: string;
  name: string;
}

export interface PuskesmasRef extends OrgUnitRef {
  rawatInap: boolean;
}

/**
 * How the large tables (targets, monthly values, rubric scores, results) name a Puskesmas-year: by its
 * district, the key a distributed PostgreSQL places their rows by (docs/scale.md, "Past one
 * database"), and its id. Every query on them names both, so it reads one district's rows.
 */
export interface YearKey {
  districtId: number;
  assessmentId: number;
}

export interface AssessmentRef {
  id: number;
  year: number;
  status: AssessmentStatus;
  /** When the Kepala Puskesmas last submitted it (the verifier's clock starts then); null before. */
  submittedAt?: Date | null;
  /** The catalog version the year was opened on (`loadCatalogVersion`). */
  catalogVersionId: number;
  /** The Puskesmas as it was in this year: `rawatInap` is the year's status, not today's. */
  puskesmas: PuskesmasRef;
  district: OrgUnitRef;
}

/** Everything a Puskesmas-year is scored from at one stage, as stored. */
export interface ScoringInputs {
  assessment: AssessmentRef;
  catalog: Catalog;
  settings: SettingsOverrides;
  stage: Stage;
  /** The Puskesmas' own rows (stage 'self'). */
  own: StageRows;
  /** Dinkes' corrections (the rows of stage 'verified'); none loaded for stage 'self'. */
  corrections: StageRows;
}

/** The stored result of one Puskesmas-year at one stage: what recaps read. */
export interface StoredResult extends YearKey {
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
  /** The year's workflow status: which stage the district's working recap reads (recap.ts). */
  status: AssessmentStatus;
}

export interface ScoringRepository {
  loadScoringInputs(year: YearKey, stage: Stage): Promise<ScoringInputs>;
  saveResult(result: StoredResult): Promise<void>;
}

/** One Puskesmas-year of a district as a bulk recompute reads it: both stages' rows at once. */
export interface YearScoringRows extends Omit<ScoringInputs, 'stage'> {
  /** A verified result is stored (made at submission, kept if the year went back to draft). */
  hasVerifiedResult: boolean;
}

/** Reading and writing a whole district-year's results at once (`pkp recompute`). */
export interface BulkScoringRepository {
  /**
   * Locks every Puskesmas-year of the district-year (in id order, as every writer of a year locks
   * it) and reads everything they are scored from, in a few queries.
   */
  loadDistrictScoringRows(districtId: number, year: number): Promise<YearScoringRows[]>;
  saveResults(results: readonly StoredResult[]): Promise<void>;
}

/** An org unit with the chain above it, for access checks: a Puskesmas lies under its district. */
export interface OrgUnitWithAncestors extends OrgUnitRef {
  level: OrgUnitLevel;
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
  getResult(year: YearKey, stage: Stage): Promise<StoredResult | undefined>;
  /** Whether the year has a stored result at `stage` (without reading it). */
  hasResult(year: YearKey, stage: Stage): Promise<boolean>;
  /** `getResult`, and whether the year has a result at the other stage, in one round trip. */
  getResultBesideOthers(
    year: YearKey,
    stage: Stage,
  ): Promise<{ result: StoredResult | undefined; others: boolean }>;
  listDistrictResults(districtId: number, year: number, stage: Stage): Promise<DistrictResultRow[]>;
  /** The assessments of a year, of one district or of all, by district and Puskesmas code. */
  listYearAssessments(year: number, districtId?: number): Promise<YearAssessmentRow[]>;
}

export interface YearAssessmentRow extends YearKey {
  status: AssessmentStatus;
  puskesmas: { code: string; name: string };
  district: { code: string };
}

/** Saving one monthly value (an officer's cell); throws STALE_VALUE when `expectedVersion` is outdated. */
export interface MonthlyValueWrite extends YearKey {
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
    BulkScoringRepository,
    ResultsReader,
    EntryWriter,
    PlanningRepository,
    MonthReportsRepository,
    WarningChecksRepository,
    YearsReader,
    WorkflowRepository,
    FeedbackRepository,
    AnalysisRepository,
    EvidenceRepository,
    MeetingsRepository,
    ReadinessReader,
    VerificationRepository,
    WaitingReader,
    ReportTextsRepository,
    CatalogAuthoringRepository,
    BackgroundJobsRepository {}

// ── Month reports: when a month first became complete, and when it was reported (its timeliness) ─────

export interface MonthReportRecord {
  month: string;
  /** When the month first became complete; never moved afterwards. */
  completedAt: Date | null;
  /** When it was reported to Dinkes ("Laporkan bulan ini"), and by whom; never moved afterwards. */
  reportedAt: Date | null;
  reportedBy: string | null;
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
    year: YearKey,
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
  /**
   * Records that the month was reported at `at` by `actor` (with its audit entry), unless it was
   * reported already: the first report stays. The report as stored, and whether this call made it.
   */
  recordMonthReported(write: {
    assessmentId: number;
    month: string;
    at: Date;
    actor: string;
    about: Record<string, unknown>;
  }): Promise<{ recorded: boolean; report: MonthReportRecord }>;
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

export type { OrgUnitLevel };

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
  /** Why Dinkes corrected it: set on a correction (a row of stage 'verified') only. */
  correctionReason?: string | null;
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
  /** Why Dinkes corrected it: set on a correction (a row of stage 'verified') only. */
  correctionReason?: string | null;
  version: number;
  enteredBy: string;
  enteredAt: Date;
}

export interface RubricScoreRecord {
  indicatorCode: string;
  level: RubricLevel | null;
  percent: number | null;
  /** Last year's figure of an item that must rise above it (app/rising-items.ts); null elsewhere. */
  previous?: number | null;
  note: string | null;
  /** Why Dinkes corrected it: set on a correction (a row of stage 'verified') only. */
  correctionReason?: string | null;
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
  /** The district the trail is kept under: the year's district, or the unit's. */
  districtId: number;
  entity: 'monthly_value' | 'target' | 'rubric_score' | 'profile';
  assessmentId?: number;
  orgUnitId?: number;
  /** Matched as a whole. */
  entityKey?: Record<string, string | number>;
}

/** Writes that throw STALE_VALUE (409) when `expectedVersion` is not the stored version (0: none). */
export interface TargetWrite extends YearKey {
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

export interface RubricScoreWrite extends YearKey {
  indicatorCode: string;
  stage: Stage;
  level: RubricLevel | null;
  percent: number | null;
  /** Last year's figure of an item that must rise above it; absent or null elsewhere. */
  previous?: number | null;
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
  getOrgUnit(id: number): Promise<(OrgUnitRef & { level: OrgUnitLevel }) | undefined>;
  /** The Puskesmas of a district, by code. */
  listPuskesmas(districtId: number): Promise<PuskesmasRef[]>;
  findDistrictCatalog(districtId: number, year: number): Promise<DistrictCatalog | undefined>;
  /** The catalog version an assessment was opened with. */
  loadAssessmentCatalog(assessmentId: number): Promise<DistrictCatalog>;
  /** A catalog version by its id (`AssessmentRef.catalogVersionId`); a published one is read once per store. */
  loadCatalogVersion(catalogVersionId: number): Promise<DistrictCatalog>;
  listAssessmentsOf(
    puskesmasId: number,
  ): Promise<{ id: number; year: number; status: AssessmentRef['status'] }[]>;
  /** The Puskesmas' own rows unless `stage` is 'verified' (Dinkes' corrections). */
  listTargetRecords(year: YearKey, stage?: Stage): Promise<TargetRecord[]>;
  listMonthlyValueRecords(year: YearKey, stage: Stage): Promise<MonthlyValueRecord[]>;
  /**
   * Every month of one row and every row of one month, and the year's latest month with a value:
   * what a save of that cell reads back (app/entries.service.ts).
   */
  listRowAndMonthValues(
    key: YearKey & {
      stage: Stage;
      indicatorCode: string;
      month: string;
    },
  ): Promise<{ rows: MonthlyValueRecord[]; latestMonth: string | null }>;
  getMonthlyValueRecord(
    key: YearKey & {
      indicatorCode: string;
      month: string;
      stage: Stage;
    },
  ): Promise<MonthlyValueRecord | undefined>;
  listRubricScoreRecords(year: YearKey, stage: Stage): Promise<RubricScoreRecord[]>;
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
  /**
   * `openAssessment` then `lockAssessment`, in one round trip when the year is already open (as it is
   * for every save but a year's first).
   */
  openAndLockAssessment(puskesmasId: number, year: number): Promise<AssessmentRef>;
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
  /** Every node's score of each stored result, by id (the programme scores of the heat map). */
  listDistrictNodeScores(
    districtId: number,
    year: number,
    stage: Stage,
  ): Promise<{ assessmentId: number; nodes: Readonly<Record<string, number | null>> }[]>;
}

export interface PlanningRepository extends PlanningReader, PlanningWriter, DistrictDashboardReader {}

// ── The assessment cycle: moves between a year's statuses, and the district's published results ─────

/** When a year last reached each status; null where it has not, or went back before it. */
export interface StatusStamps {
  submittedAt: Date | null;
  verifiedAt: Date | null;
  finalisedAt: Date | null;
  publishedAt: Date | null;
}

/** One Puskesmas of a district-year with its year's status (null: the year is not opened). */
export interface DistrictYearStatusRow {
  puskesmas: { id: number; code: string; name: string };
  assessmentId: number | null;
  status: AssessmentStatus | null;
  stamps: StatusStamps;
}

/** One change of a year's status, from the audit trail. */
export interface StatusChangeRecord {
  at: Date;
  actor: string;
  /** Null for the first status a year was given. */
  from: AssessmentStatus | null;
  to: AssessmentStatus;
  /** The move made (or the publication's withdrawal); null for a change made outside the workflow (the demo loader). */
  move: StatusCause | null;
  reason: string | null;
}

export interface StatusMoveWrite {
  assessmentId: number;
  from: AssessmentStatus;
  to: AssessmentStatus;
  move: StatusCause;
  actor: string;
  reason: string | null;
  at: Date;
}

/** A district-year's results as published; `recap` is the snapshot (shared/api/publication.schema.ts). */
export interface PublicationRecord {
  id: number;
  districtId: number;
  year: number;
  recap: unknown;
  publishedBy: string;
  publishedAt: Date;
  withdrawnBy: string | null;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
}

export interface WorkflowRepository {
  /** Sets the status of a year whose row lock the caller holds, with its audit entry. */
  moveStatus(change: StatusMoveWrite): Promise<void>;
  /** Holds the district's row lock until the transaction ends (district-wide moves take it first). */
  lockDistrict(districtId: number): Promise<void>;
  /** Every Puskesmas of the district, by code, with its year's status. */
  listDistrictYearStatuses(districtId: number, year: number): Promise<DistrictYearStatusRow[]>;
  getStatusStamps(assessmentId: number): Promise<StatusStamps>;
  /** Newest first. */
  listStatusHistory(year: YearKey): Promise<StatusChangeRecord[]>;
  /** Stores a publication (with its audit entry). */
  savePublication(input: {
    districtId: number;
    year: number;
    recap: unknown;
    actor: string;
    at: Date;
    puskesmas: number;
  }): Promise<PublicationRecord>;
  /** The publication in force (not withdrawn), if any. */
  findActivePublication(districtId: number, year: number): Promise<PublicationRecord | undefined>;
  /** Newest first, withdrawn ones included. */
  listPublications(districtId: number, year: number): Promise<PublicationRecord[]>;
  withdrawPublication(input: {
    id: number;
    actor: string;
    reason: string;
    at: Date;
  }): Promise<PublicationRecord>;
}

// ── Improvement: Dinkes' feedback and its follow-up, Bab V (the analysis of gaps), Bab VI (RTL) ─────

/** The Puskesmas' follow-up of one feedback point. */
export interface FollowUpRecord {
  pointId: number;
  text: string;
  status: FollowUpStatus;
  updatedBy: string;
  updatedAt: Date;
  version: number;
}

export interface FeedbackPointRecord {
  id: number;
  scope: FeedbackScope;
  /** A programme's or an indicator's code; null for the whole assessment. */
  code: string | null;
  text: string;
  position: number;
  followUp: FollowUpRecord | null;
}

export interface FeedbackLetterRecord {
  id: number;
  assessmentId: number;
  number: string;
  /** 'YYYY-MM-DD'. */
  datedOn: string;
  signerName: string;
  signerTitle: string;
  summary: string;
  status: FeedbackStatus;
  createdBy: string;
  createdAt: Date;
  sentAt: Date | null;
  version: number;
  /** In order. */
  points: FeedbackPointRecord[];
}

/** A letter's fields as written; a point with an `id` keeps it (and its follow-up), one without is new. */
export interface FeedbackLetterFields {
  number: string;
  datedOn: string;
  signerName: string;
  signerTitle: string;
  summary: string;
  points: { id?: number | undefined; scope: FeedbackScope; code: string | null; text: string }[];
}

/** Writes that throw STALE_VALUE (409) when `expectedVersion` is not the stored version, FEEDBACK_SENT once sent. */
export interface FeedbackRepository {
  /** Oldest first; drafts only when asked (Dinkes). */
  listFeedbackLetters(assessmentId: number, options: { drafts: boolean }): Promise<FeedbackLetterRecord[]>;
  getFeedbackLetter(letterId: number): Promise<FeedbackLetterRecord | undefined>;
  createFeedbackLetter(write: {
    assessmentId: number;
    fields: FeedbackLetterFields;
    actor: string;
    at: Date;
  }): Promise<FeedbackLetterRecord>;
  updateFeedbackLetter(write: {
    letterId: number;
    fields: FeedbackLetterFields;
    expectedVersion: number;
    actor: string;
    at: Date;
  }): Promise<FeedbackLetterRecord>;
  sendFeedbackLetter(write: {
    letterId: number;
    expectedVersion: number;
    actor: string;
    at: Date;
  }): Promise<FeedbackLetterRecord>;
  deleteFeedbackLetter(write: { letterId: number; expectedVersion: number; actor: string }): Promise<void>;
  saveFollowUp(write: {
    assessmentId: number;
    letterId: number;
    pointId: number;
    text: string;
    status: FollowUpStatus;
    expectedVersion: number;
    actor: string;
    at: Date;
  }): Promise<FollowUpRecord>;
  /** Who signed the district's latest letter, to offer on the next one. */
  findLastSigner(districtId: number): Promise<{ signerName: string; signerTitle: string } | undefined>;
  /** Every letter of a district-year (sent and drafts), with its points and follow-ups. */
  listDistrictFeedback(
    districtId: number,
    year: number,
  ): Promise<(FeedbackLetterRecord & { puskesmasCode: string })[]>;
}

export interface GapAnalysisRecord {
  indicatorCode: string;
  problem: string;
  causes: ProblemCauses;
  urgency: number;
  seriousness: number;
  growth: number;
  updatedBy: string;
  updatedAt: Date;
  version: number;
}

export interface ProgrammeAnalysisRecord {
  programmeCode: string;
  text: string;
  updatedBy: string;
  updatedAt: Date;
  version: number;
}

/** What an RTL action says; the rest of its record is who, when, its version and where it came from. */
export interface RtlActionFields {
  indicatorCode: string;
  action: string;
  target: string;
  personInCharge: string;
  /** 'YYYY-MM-DD'. */
  startOn: string | null;
  dueOn: string | null;
  budgetSource: string | null;
  status: RtlStatus;
  followUp: string | null;
}

export interface RtlActionRecord extends RtlActionFields {
  id: number;
  assessmentId: number;
  /** The earlier year's action this one carries on, and that year. */
  carriedFrom: { id: number; year: number } | null;
  updatedBy: string;
  updatedAt: Date;
  version: number;
}

/** Bab V and Bab VI; writes throw STALE_VALUE (409) when `expectedVersion` is not the stored version (0: none). */
export interface AnalysisRepository {
  listGapAnalyses(assessmentId: number): Promise<GapAnalysisRecord[]>;
  saveGapAnalysis(write: {
    assessmentId: number;
    indicatorCode: string;
    problem: string;
    causes: ProblemCauses;
    urgency: number;
    seriousness: number;
    growth: number;
    expectedVersion: number;
    actor: string;
    at: Date;
  }): Promise<GapAnalysisRecord>;
  listProgrammeAnalyses(assessmentId: number): Promise<ProgrammeAnalysisRecord[]>;
  saveProgrammeAnalysis(write: {
    assessmentId: number;
    programmeCode: string;
    text: string;
    expectedVersion: number;
    actor: string;
    at: Date;
  }): Promise<ProgrammeAnalysisRecord>;
  /** In the order they were made. */
  listRtlActions(assessmentId: number): Promise<RtlActionRecord[]>;
  createRtlAction(write: {
    assessmentId: number;
    fields: RtlActionFields;
    carriedFromId?: number;
    actor: string;
    at: Date;
    reason?: string;
  }): Promise<RtlActionRecord>;
  /** RTL_ACTION_NOT_FOUND (404) for an id that is no action of `assessmentId`. */
  updateRtlAction(write: {
    id: number;
    assessmentId: number;
    fields: RtlActionFields;
    expectedVersion: number;
    actor: string;
    at: Date;
  }): Promise<RtlActionRecord>;
}
