// The database schema: one source for the tables, the TypeScript row types and the generated migrations.
//
// Portability rules (the same SQL runs on PostgreSQL 15 and on PGlite):
// - numbers are double precision, never numeric: pg returns numeric as a string, PGlite as a number;
// - closed vocabularies are text columns with a CHECK, not enum types, so a later migration can
//   widen them with one statement inside a transaction;
// - every timestamp carries its time zone.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type {
  CatalogCluster,
  CatalogGroup,
  CatalogGrouping,
  CatalogIndicator,
  ClusterId,
  RubricLevel,
} from '../domain/catalog/types.ts';
import type { Category, Kelompok } from '../domain/scoring/classify.ts';
import type { SettingsOverrides } from '../domain/scoring/settings.ts';
import { ORG_UNIT_LEVELS, ROLES } from '../domain/access/roles.ts';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../domain/assessment/status.ts';
import { EVIDENCE_ATTACHMENTS, EVIDENCE_KINDS } from '../domain/evidence/evidence-rules.ts';
import { MEETING_KINDS } from '../domain/meetings/meeting-counts.ts';
import { REPORT_TEXT_SECTIONS } from '../shared/report-document.ts';
import type { ProblemCauses } from '../domain/improvement/causes.ts';
import { FEEDBACK_SCOPES, FEEDBACK_STATUSES, FOLLOW_UP_STATUSES } from '../domain/improvement/feedback.ts';
import { RTL_STATUSES } from '../domain/improvement/rtl.ts';

/** A CHECK that the column holds one of the given words. */
function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  const list = sql.raw(values.map((v) => `'${v}'`).join(', '));
  return check(name, sql`${column} in (${list})`);
}

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The administrative tree: the country → province → district (Dinkes) → Puskesmas. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level', { enum: ORG_UNIT_LEVELS }).notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => orgUnits.id),
    /** A Puskesmas with beds: the inpatient (rawat inap) indicators apply to it. */
    rawatInap: boolean('rawat_inap').notNull().default(false),
  },
  (t) => [
    index('org_units_parent_idx').on(t.parentId),
    oneOf('org_units_level_check', t.level, ORG_UNIT_LEVELS),
  ],
);

export const CATALOG_STATUSES = ['draft', 'published'] as const;
export type CatalogStatus = (typeof CATALOG_STATUSES)[number];

/**
 * A district's scoring settings for one year (docs/scoring.md#settings). Only what the district chose is
 * stored; a missing key takes its default when the engine resolves the settings. `submitted` is not
 * a district choice (it follows the assessment's status), so it is not stored.
 */
export type StoredScoringSettings = Omit<SettingsOverrides, 'submitted'>;

/** One district's indicator set for one year. Frozen once published (also by a trigger). */
export const catalogVersions = pgTable(
  'catalog_versions',
  {
    id: serial('id').primaryKey(),
    districtId: integer('district_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** The catalog it was built from, e.g. "pati-2023" (`Catalog.id`). */
    source: text('source').notNull(),
    /** The decree it follows, as `Catalog.source` prints it. */
    sourceDocument: text('source_document').notNull(),
    status: text('status', { enum: CATALOG_STATUSES }).notNull().default('draft'),
    publishedAt: timestamptz('published_at'),
    settings: jsonb('settings').$type<StoredScoringSettings>().notNull().default({}),
    /** The catalog's other groupings of its rows (`Catalog.groupings`: the ILP clusters). */
    groupings: jsonb('groupings').$type<CatalogGrouping[]>().notNull().default([]),
    /** The grouping the averages follow (`Catalog.averagesBy`); null: the decree's tables. */
    averagesBy: text('averages_by'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('catalog_versions_district_year_key').on(t.districtId, t.year),
    oneOf('catalog_versions_status_check', t.status, CATALOG_STATUSES),
  ],
);

export const CATALOG_NODE_TYPES = ['group', 'indicator'] as const;

/** What a node row keeps of the tree: the node itself without its children, which are rows of their own. */
export type CatalogNodeDefinition =
  Omit<CatalogGroup, 'children'> | Omit<CatalogCluster, 'children'> | CatalogIndicator;

/** The catalog tree, one row per group or indicator, ordered among siblings by `position`. */
export const catalogNodes = pgTable(
  'catalog_nodes',
  {
    catalogVersionId: integer('catalog_version_id')
      .notNull()
      .references(() => catalogVersions.id),
    code: text('code').notNull(),
    /** Null for a cluster (a root). */
    parentCode: text('parent_code'),
    position: integer('position').notNull(),
    type: text('type', { enum: CATALOG_NODE_TYPES }).notNull(),
    cluster: text('cluster').$type<ClusterId>().notNull(),
    definition: jsonb('definition').$type<CatalogNodeDefinition>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'catalog_nodes_pkey', columns: [t.catalogVersionId, t.code] }),
    oneOf('catalog_nodes_type_check', t.type, CATALOG_NODE_TYPES),
  ],
);

export { ASSESSMENT_STATUSES, type AssessmentStatus };

/** One Puskesmas-year, scored against the catalog version it was opened with. */
export const assessments = pgTable(
  'assessments',
  {
    id: serial('id').primaryKey(),
    puskesmasId: integer('puskesmas_id')
      .notNull()
      .references(() => orgUnits.id),
    /**
     * The district the Puskesmas belonged to in this year (its parent then): the distribution key of
     * every large table (docs/scale.md, "Past one database"), so each of their rows names it too.
     */
    districtId: integer('district_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    catalogVersionId: integer('catalog_version_id')
      .notNull()
      .references(() => catalogVersions.id),
    status: text('status', { enum: ASSESSMENT_STATUSES }).notNull().default('draft'),
    /**
     * Whether the Puskesmas had beds (rawat inap) in this year: the inpatient indicators apply. Kept
     * per year so that a later year's profile never re-scores a year already submitted.
     */
    rawatInap: boolean('rawat_inap').notNull(),
    submittedAt: timestamptz('submitted_at'),
    verifiedAt: timestamptz('verified_at'),
    finalisedAt: timestamptz('finalised_at'),
    publishedAt: timestamptz('published_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('assessments_puskesmas_year_key').on(t.puskesmasId, t.year),
    // What the large tables' foreign keys point at: (district, Puskesmas-year), never the id alone.
    unique('assessments_district_id_key').on(t.districtId, t.id),
    index('assessments_catalog_version_idx').on(t.catalogVersionId),
    oneOf('assessments_status_check', t.status, ASSESSMENT_STATUSES),
  ],
);

/** Whose hand a value is in: the Puskesmas' own entry, or the Dinkes-verified one (the original is kept). */
export const STAGES = ['self', 'verified'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * A Puskesmas' target for one indicator, and whether the indicator applies to it. Stage 'self' is the
 * Puskesmas' own row (its targets set by Dinkes included); a 'verified' row is a Dinkes correction laid
 * over it, with its reason.
 */
export const targets = pgTable(
  'targets',
  {
    districtId: integer('district_id').notNull(),
    assessmentId: integer('assessment_id').notNull(),
    stage: text('stage', { enum: STAGES }).notNull().default('self'),
    indicatorCode: text('indicator_code').notNull(),
    /** T, in the indicator's unit (95 for 95 %). Null while nobody has set it. */
    targetValue: doublePrecision('target_value'),
    /** The absolute target TS that Dinkes set; it wins over T% × S when given. */
    targetSasaran: doublePrecision('target_sasaran'),
    /** S, the target population. */
    sasaran: doublePrecision('sasaran'),
    applicable: boolean('applicable').notNull().default(true),
    notApplicableReason: text('not_applicable_reason'),
    /** For optional UKM Pengembangan services: whether the Puskesmas chose it. Null for the others. */
    chosen: boolean('chosen'),
    /** Why Dinkes corrected it (stage 'verified' only). */
    correctionReason: text('correction_reason'),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'targets_pkey', columns: [t.districtId, t.assessmentId, t.stage, t.indicatorCode] }),
    foreignKey({
      name: 'targets_assessment_fk',
      columns: [t.districtId, t.assessmentId],
      foreignColumns: [assessments.districtId, assessments.id],
    }),
    oneOf('targets_stage_check', t.stage, STAGES),
  ],
);

/** One month's entry of one indicator, at one stage. `version` guards against lost updates. */
export const monthlyValues = pgTable(
  'monthly_values',
  {
    districtId: integer('district_id').notNull(),
    assessmentId: integer('assessment_id').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    value: doublePrecision('value'),
    /** Ya/tidak, or on time (by the 5th). */
    flag: boolean('flag'),
    /** Why Dinkes corrected it (stage 'verified' only). */
    correctionReason: text('correction_reason'),
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamptz('entered_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Stage before indicator: the usual read is "all values of this assessment at this stage".
    primaryKey({
      name: 'monthly_values_pkey',
      columns: [t.districtId, t.assessmentId, t.stage, t.indicatorCode, t.month],
    }),
    foreignKey({
      name: 'monthly_values_assessment_fk',
      columns: [t.districtId, t.assessmentId],
      foreignColumns: [assessments.districtId, assessments.id],
    }),
    check('monthly_values_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    oneOf('monthly_values_stage_check', t.stage, STAGES),
  ],
);

/** A management or quality item's score for the year: a level chosen, or a percentage banded into one. */
export const rubricScores = pgTable(
  'rubric_scores',
  {
    districtId: integer('district_id').notNull(),
    assessmentId: integer('assessment_id').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    level: smallint('level').$type<RubricLevel>(),
    percent: doublePrecision('percent'),
    /**
     * Last year's figure of an item that must rise above it (`Rubric.mustRise`): last year's stored
     * figure where the system holds one (kept up to date when last year's changes), else the one the
     * Puskesmas gave.
     */
    previous: doublePrecision('previous'),
    note: text('note'),
    /** Why Dinkes corrected it (stage 'verified' only). */
    correctionReason: text('correction_reason'),
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamptz('entered_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({
      name: 'rubric_scores_pkey',
      columns: [t.districtId, t.assessmentId, t.stage, t.indicatorCode],
    }),
    foreignKey({
      name: 'rubric_scores_assessment_fk',
      columns: [t.districtId, t.assessmentId],
      foreignColumns: [assessments.districtId, assessments.id],
    }),
    check('rubric_scores_level_check', sql`${t.level} in (0, 4, 7, 10)`),
    oneOf('rubric_scores_stage_check', t.stage, STAGES),
  ],
);

export const AUDIT_ENTITIES = [
  'monthly_value',
  'target',
  'rubric_score',
  'catalog',
  'assessment',
  'user',
  'profile',
  'month_report',
  'warning_check',
  'returned_item',
  'verification_review',
  'feedback',
  'feedback_followup',
  'gap_analysis',
  'rtl_action',
  'meeting',
  'evidence',
  'publication',
  'report_text',
  /** A district added under its province, with its Puskesmas (the province admin's work). */
  'org_unit',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * Who changed what, when and why; written in the same transaction as the change. Append-only. One row
 * per change of any value: as large as the value tables, so keyed by district like them.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /**
     * The district whose data the entry is about: its Puskesmas-year's district, else its unit's (a
     * Puskesmas' parent, a district itself; a province or the country stands for itself).
     */
    districtId: integer('district_id')
      .notNull()
      .references(() => orgUnits.id),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    at: timestamptz('at').notNull().defaultNow(),
    actor: text('actor').notNull(),
    orgUnitId: integer('org_unit_id').references(() => orgUnits.id),
    assessmentId: integer('assessment_id'),
    entity: text('entity', { enum: AUDIT_ENTITIES }).notNull(),
    /** Identifies the changed row inside its assessment (or org unit), e.g. {indicatorCode, month, stage}. */
    entityKey: jsonb('entity_key').$type<Record<string, string | number>>().notNull(),
    oldValue: jsonb('old_value').$type<Record<string, unknown>>(),
    newValue: jsonb('new_value').$type<Record<string, unknown>>(),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ name: 'audit_log_pkey', columns: [t.districtId, t.id] }),
    foreignKey({
      name: 'audit_log_assessment_fk',
      columns: [t.districtId, t.assessmentId],
      foreignColumns: [assessments.districtId, assessments.id],
    }),
    index('audit_log_assessment_idx').on(t.districtId, t.assessmentId, t.entity),
    index('audit_log_org_unit_idx').on(t.districtId, t.orgUnitId, t.entity),
    oneOf('audit_log_entity_check', t.entity, AUDIT_ENTITIES),
  ],
);

export const CATEGORIES = ['Baik', 'Cukup', 'Kurang'] as const satisfies readonly Category[];
export const KELOMPOK = ['I', 'II', 'III'] as const satisfies readonly Kelompok[];

/**
 * The computed result of a Puskesmas-year at one stage. Recaps and rankings read only this table,
 * so a district recap never re-runs the engine over every monthly value.
 */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    districtId: integer('district_id').notNull(),
    assessmentId: integer('assessment_id').notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    service: doublePrecision('service'),
    management: doublePrecision('management'),
    quality: doublePrecision('quality'),
    serviceCategory: text('service_category', { enum: CATEGORIES }),
    managementCategory: text('management_category', { enum: CATEGORIES }),
    qualityCategory: text('quality_category', { enum: CATEGORIES }),
    overallCategory: text('overall_category', { enum: CATEGORIES }),
    kelompok: text('kelompok', { enum: KELOMPOK }),
    /** The engine's full node results with their explanations. */
    detail: jsonb('detail').$type<unknown>().notNull(),
    computedAt: timestamptz('computed_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'assessment_results_pkey', columns: [t.districtId, t.assessmentId, t.stage] }),
    foreignKey({
      name: 'assessment_results_assessment_fk',
      columns: [t.districtId, t.assessmentId],
      foreignColumns: [assessments.districtId, assessments.id],
    }),
    oneOf('assessment_results_stage_check', t.stage, STAGES),
    oneOf('assessment_results_service_category_check', t.serviceCategory, CATEGORIES),
    oneOf('assessment_results_management_category_check', t.managementCategory, CATEGORIES),
    oneOf('assessment_results_quality_category_check', t.qualityCategory, CATEGORIES),
    oneOf('assessment_results_overall_category_check', t.overallCategory, CATEGORIES),
    oneOf('assessment_results_kelompok_check', t.kelompok, KELOMPOK),
  ],
);

// What a file may be attached to, and its kinds: declared in the domain (evidence-rules.ts).
export { EVIDENCE_ATTACHMENTS, EVIDENCE_KINDS };

/** Where the bytes are: a file under the data directory, or chunks in the database (PostgreSQL). */
export const EVIDENCE_STORAGES = ['file', 'database'] as const;

/** Raw bytes (PostgreSQL bytea); the driver hands them over as a Buffer or Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** An uploaded file (minutes, attendance list, photo, decree) held as evidence; the bytes live in the file store. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    assessmentId: integer('assessment_id').references(() => assessments.id),
    attachedTo: text('attached_to', { enum: EVIDENCE_ATTACHMENTS }).notNull(),
    /** An indicator code, a meeting's or RTL action's id, a feedback point's id, an accreditation element ("2.8.4.a"). */
    attachedKey: text('attached_key').notNull(),
    kind: text('kind', { enum: EVIDENCE_KINDS }).notNull().default('document'),
    /** The name it was uploaded with, for display only: never part of a path. */
    filename: text('filename').notNull(),
    /** As read from the content (file-type), never from the name. */
    mime: text('mime').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** Hex SHA-256 of the bytes, to check them when they are read back. */
    sha256: text('sha256').notNull(),
    storage: text('storage', { enum: EVIDENCE_STORAGES }).notNull().default('file'),
    /** For `file`: relative to the file store's root, made by pkp (never from the upload's name). */
    storagePath: text('storage_path'),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamptz('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    index('evidence_files_attachment_idx').on(t.assessmentId, t.attachedTo, t.attachedKey),
    index('evidence_files_org_unit_idx').on(t.orgUnitId),
    oneOf('evidence_files_attached_to_check', t.attachedTo, EVIDENCE_ATTACHMENTS),
    oneOf('evidence_files_kind_check', t.kind, EVIDENCE_KINDS),
    oneOf('evidence_files_storage_check', t.storage, EVIDENCE_STORAGES),
  ],
);

/** The bytes of a file stored in the database, in chunks so that it is streamed, never held whole. */
export const evidenceChunks = pgTable(
  'evidence_chunks',
  {
    fileId: integer('file_id')
      .notNull()
      .references(() => evidenceFiles.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ name: 'evidence_chunks_pkey', columns: [t.fileId, t.seq] })],
);

/** An account: username + argon2id hash, one role, bound to one org unit (a Puskesmas or a district). */
export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull().unique(),
    name: text('name').notNull(),
    /** argon2id, PHC string format (parameters and salt included). */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    active: boolean('active').notNull().default(true),
    /** Set when an admin sets the password: the user chooses their own at the next sign-in. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** Consecutive failed sign-ins; reset by a successful one. */
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamptz('locked_until'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('users_org_unit_idx').on(t.orgUnitId), oneOf('users_role_check', t.role, ROLES)],
);

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * database does not let anyone sign in as someone else.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sent in the x-csrf-token header with every state-changing request. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * The sign-in throttle's slots (http/auth/login-throttle.ts): one row per failed sign-in from an
 * address, or per attempt still being checked, for the length of the window. In the database, so
 * that every server process on one PostgreSQL counts the same guesses, and a restart forgets none.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: serial('id').primaryKey(),
    address: text('address').notNull(),
    at: timestamptz('at').notNull(),
  },
  (t) => [
    index('sign_in_attempts_address_at_idx').on(t.address, t.at),
    index('sign_in_attempts_at_idx').on(t.at),
  ],
);

/**
 * A Puskesmas profile for one year (Bab II of the report): status, address, area, villages with their
 * population, target populations, staff by profession, facilities. The shape is the zod schema of
 * the profile API (src/shared/api/profile.schema.ts); `version` guards concurrent edits.
 */
export const puskesmasProfiles = pgTable(
  'puskesmas_profiles',
  {
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'puskesmas_profiles_pkey', columns: [t.orgUnitId, t.year] })],
);

/**
 * One month of a Puskesmas-year as reported to Dinkes (criterion 2.8.3 b, e). `completedAt` is when
 * the month first became complete: its timeliness is fixed then, so a later correction (kept in the
 * audit trail) never makes an on-time month late. `reportedAt` is the explicit "laporkan bulan ini".
 */
export const monthReports = pgTable(
  'month_reports',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    completedAt: timestamptz('completed_at'),
    reportedAt: timestamptz('reported_at'),
    reportedBy: text('reported_by'),
  },
  (t) => [
    primaryKey({ name: 'month_reports_pkey', columns: [t.assessmentId, t.month] }),
    check('month_reports_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

/**
 * A plausibility warning someone has looked at (a month far above the others, a year above its
 * sasaran): who, when and what they found. The warnings themselves are computed from the values; a
 * check is kept by the warning's key, so it stays checked while the figures it was about stay.
 */
export const warningChecks = pgTable(
  'warning_checks',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    /** Stable per warning, e.g. "month-outlier:UKM.C1.A.2:2023-03". */
    warningKey: text('warning_key').notNull(),
    note: text('note').notNull(),
    checkedBy: text('checked_by').notNull(),
    checkedAt: timestamptz('checked_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'warning_checks_pkey', columns: [t.assessmentId, t.warningKey] })],
);

// ── The assessment cycle: verification, feedback, analysis (Bab V), RTL (Bab VI), meetings, publication ──

export const RETURN_SCOPES = ['indicator', 'programme'] as const;
export const RETURN_STATUSES = ['open', 'answered', 'closed'] as const;

/**
 * An indicator or a whole programme a verifier sent back to the Puskesmas with a comment: it reopens
 * for the Puskesmas while the year is submitted; the answer sends it back; the verifier closes it.
 */
export const returnedItems = pgTable(
  'returned_items',
  {
    id: serial('id').primaryKey(),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    scope: text('scope', { enum: RETURN_SCOPES }).notNull(),
    /** An indicator code, or a programme's group code. */
    code: text('code').notNull(),
    comment: text('comment').notNull(),
    status: text('status', { enum: RETURN_STATUSES }).notNull().default('open'),
    returnedBy: text('returned_by').notNull(),
    returnedAt: timestamptz('returned_at').notNull().defaultNow(),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    answeredAt: timestamptz('answered_at'),
    closedBy: text('closed_by'),
    closedAt: timestamptz('closed_at'),
  },
  (t) => [
    index('returned_items_assessment_idx').on(t.assessmentId, t.status),
    oneOf('returned_items_scope_check', t.scope, RETURN_SCOPES),
    oneOf('returned_items_status_check', t.status, RETURN_STATUSES),
  ],
);

export const REVIEW_OUTCOMES = ['accepted', 'corrected', 'returned'] as const;

/** A verifier's last look at one programme of a Puskesmas-year (the queue's "changed since"); history in the audit trail. */
export const verificationReviews = pgTable(
  'verification_reviews',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    programmeCode: text('programme_code').notNull(),
    outcome: text('outcome', { enum: REVIEW_OUTCOMES }).notNull(),
    reviewedBy: text('reviewed_by').notNull(),
    reviewedAt: timestamptz('reviewed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'verification_reviews_pkey', columns: [t.assessmentId, t.programmeCode] }),
    oneOf('verification_reviews_outcome_check', t.outcome, REVIEW_OUTCOMES),
  ],
);

// The letters' and follow-ups' vocabularies, and the RTL statuses: declared in the domain (improvement/).
export { FEEDBACK_SCOPES, FEEDBACK_STATUSES, FOLLOW_UP_STATUSES, RTL_STATUSES };
export type { ProblemCauses };

/** Dinkes feedback on a submitted assessment (criterion 2.8.3 f, 2.8.4 d): a dated, signed letter. */
export const feedbackLetters = pgTable(
  'feedback_letters',
  {
    id: serial('id').primaryKey(),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    /** The letter's number as Dinkes writes it ("440/123/2024"). */
    number: text('number').notNull(),
    datedOn: date('dated_on', { mode: 'string' }).notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    summary: text('summary').notNull(),
    status: text('status', { enum: FEEDBACK_STATUSES }).notNull().default('draft'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('feedback_letters_assessment_idx').on(t.assessmentId),
    oneOf('feedback_letters_status_check', t.status, FEEDBACK_STATUSES),
  ],
);

/** One point of a feedback letter: about the whole assessment, a programme or an indicator. */
export const feedbackPoints = pgTable(
  'feedback_points',
  {
    id: serial('id').primaryKey(),
    letterId: integer('letter_id')
      .notNull()
      .references(() => feedbackLetters.id, { onDelete: 'cascade' }),
    scope: text('scope', { enum: FEEDBACK_SCOPES }).notNull(),
    /** A programme's group code or an indicator code; null for `overall`. */
    code: text('code'),
    text: text('text').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    index('feedback_points_letter_idx').on(t.letterId),
    oneOf('feedback_points_scope_check', t.scope, FEEDBACK_SCOPES),
  ],
);

/** The Puskesmas' follow-up of one feedback point (criterion 2.8.3 g, 2.8.4 e). */
export const feedbackFollowUps = pgTable(
  'feedback_follow_ups',
  {
    pointId: integer('point_id')
      .primaryKey()
      .references(() => feedbackPoints.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [oneOf('feedback_follow_ups_status_check', t.status, FOLLOW_UP_STATUSES)],
);

/** Bab V: the problem behind an indicator below target, its causes and its priority (USG, 1–5 each). */
export const gapAnalyses = pgTable(
  'gap_analyses',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    indicatorCode: text('indicator_code').notNull(),
    problem: text('problem').notNull(),
    causes: jsonb('causes').$type<ProblemCauses>().notNull(),
    urgency: smallint('urgency').notNull(),
    seriousness: smallint('seriousness').notNull(),
    growth: smallint('growth').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'gap_analyses_pkey', columns: [t.assessmentId, t.indicatorCode] }),
    check(
      'gap_analyses_usg_check',
      sql`${t.urgency} between 1 and 5 and ${t.seriousness} between 1 and 5 and ${t.growth} between 1 and 5`,
    ),
  ],
);

/** Bab V: the team's short analysis of one programme. */
export const programmeAnalyses = pgTable(
  'programme_analyses',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    programmeCode: text('programme_code').notNull(),
    text: text('text').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ name: 'programme_analyses_pkey', columns: [t.assessmentId, t.programmeCode] })],
);

/** Bab VI: one action of the follow-up plan (RTL) for a problem; open ones are carried into the next year. */
export const rtlActions = pgTable(
  'rtl_actions',
  {
    id: serial('id').primaryKey(),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id),
    /** The indicator whose problem it answers. */
    indicatorCode: text('indicator_code').notNull(),
    action: text('action').notNull(),
    /** What the action aims at ("K4 ≥ 95 % by December"). */
    target: text('target').notNull(),
    personInCharge: text('person_in_charge').notNull(),
    startOn: date('start_on', { mode: 'string' }),
    dueOn: date('due_on', { mode: 'string' }),
    budgetSource: text('budget_source'),
    status: text('status', { enum: RTL_STATUSES }).notNull().default('direncanakan'),
    /** What was done (the follow-up), as it happened. */
    followUp: text('follow_up'),
    /** The action of an earlier year this one carries forward. */
    carriedFromId: integer('carried_from_id').references((): AnyPgColumn => rtlActions.id),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('rtl_actions_assessment_idx').on(t.assessmentId),
    oneOf('rtl_actions_status_check', t.status, RTL_STATUSES),
  ],
);

// The kinds of meeting: declared in the domain (meetings/meeting-counts.ts).
export { MEETING_KINDS };

/** A meeting of a Puskesmas (criterion 2.8.4 a, 2.8.3 c, 2.7.1): its record; photos and scans are evidence files. */
export const meetings = pgTable(
  'meetings',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    agenda: text('agenda').notNull(),
    minutes: text('minutes').notNull().default(''),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('meetings_unit_year_idx').on(t.orgUnitId, t.year),
    oneOf('meetings_kind_check', t.kind, MEETING_KINDS),
  ],
);

/** Who was invited to a meeting and whether they came (the attendance list). */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Position or programme ("Bidan koordinator", "Lintas sektor: Camat"). */
    role: text('role').notNull().default(''),
    present: boolean('present').notNull().default(true),
  },
  (t) => [index('meeting_participants_meeting_idx').on(t.meetingId)],
);

/** A decision of a meeting, linked to the RTL action it created or follows up. */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    rtlActionId: integer('rtl_action_id').references(() => rtlActions.id),
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId)],
);

/**
 * The district's results of a year as published (Kelompok and rank), kept as they were: a later
 * reopening withdraws the publication (withdrawn_at) rather than erasing it.
 */
export const resultPublications = pgTable(
  'result_publications',
  {
    id: serial('id').primaryKey(),
    districtId: integer('district_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** The recap as published: every Puskesmas with its figures, categories, Kelompok and rank. */
    recap: jsonb('recap').$type<unknown>().notNull(),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamptz('published_at').notNull().defaultNow(),
    withdrawnBy: text('withdrawn_by'),
    withdrawnAt: timestamptz('withdrawn_at'),
    withdrawReason: text('withdraw_reason'),
  },
  (t) => [index('result_publications_district_year_idx').on(t.districtId, t.year)],
);

/**
 * The words of the annual report that are not figures (foreword, Bab I, Bab VII's advice): a
 * district's standard text for a year (its own org unit), or a Puskesmas' adaptation of it.
 */
export const reportTexts = pgTable(
  'report_texts',
  {
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    section: text('section', { enum: REPORT_TEXT_SECTIONS }).notNull(),
    body: text('body').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'report_texts_pkey', columns: [t.orgUnitId, t.year, t.section] }),
    oneOf('report_texts_section_check', t.section, REPORT_TEXT_SECTIONS),
  ],
);

export const BACKGROUND_JOB_KINDS = ['district_reports'] as const;
export const BACKGROUND_JOB_STATUSES = ['queued', 'running', 'done', 'cancelled', 'failed'] as const;

/**
 * Background work any server process may do (app/background-jobs.ts): queued by a request, claimed
 * by one process (`FOR UPDATE SKIP LOCKED`), its progress written as it goes. A running job whose
 * process stops beating (`heartbeat_at`, the database's clock) is claimed again by another.
 */
export const backgroundJobs = pgTable(
  'background_jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: BACKGROUND_JOB_KINDS }).notNull(),
    districtId: integer('district_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** What the job was asked for (the kind's own shape). */
    params: jsonb('params').notNull(),
    status: text('status', { enum: BACKGROUND_JOB_STATUSES }).notNull(),
    /** How far it got (the kind's own shape), written after every step. */
    progress: jsonb('progress').notNull(),
    startedBy: text('started_by').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    claimedBy: text('claimed_by'),
    heartbeatAt: timestamptz('heartbeat_at'),
    attempts: integer('attempts').notNull().default(0),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    finishedAt: timestamptz('finished_at'),
    /** The finished job's file (its bytes in background_job_chunks). */
    filename: text('filename'),
  },
  (t) => [
    // One job of a kind per district-year waits or runs at a time, whichever process was asked.
    uniqueIndex('background_jobs_one_active')
      .on(t.kind, t.districtId, t.year)
      .where(sql`status in ('queued', 'running')`),
    index('background_jobs_claim_idx').on(t.status, t.createdAt),
    index('background_jobs_district_idx').on(t.districtId, t.year),
  ],
);

/** A finished job's file in numbered 1 MiB chunks: any server process can send it. */
export const backgroundJobChunks = pgTable(
  'background_job_chunks',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => backgroundJobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ name: 'background_job_chunks_pkey', columns: [t.jobId, t.seq] })],
);
