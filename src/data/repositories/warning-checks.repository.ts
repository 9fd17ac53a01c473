// Checked plausibility warnings (who looked, when, what they found), and the district-wide reads the
// warning list of a district needs: every Puskesmas of a district-year in one query each.
import { and, asc, eq, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { onItsYear, rowsOfDistrictYear, yearsOfDistrict } from './district-keys.ts';
import {
  assessments,
  monthlyValues,
  puskesmasProfiles,
  targets,
  warningChecks,
  type Stage,
} from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

export type WarningCheck = typeof warningChecks.$inferSelect;

export interface WarningCheckWrite {
  assessmentId: number;
  /** The warning's key and the figures it states ("month-outlier:SPM.01:2023-01@numerator=4210"). */
  warningKey: string;
  note: string;
  actor: string;
  at?: Date;
  /** What the audit entry keeps besides the note: the warning's stable key and its figures. */
  about: { key: string; fingerprint: string; figures: Record<string, unknown> };
}

/** The checks of one assessment, by key. */
export async function listWarningChecks(db: Db, assessmentId: number): Promise<WarningCheck[]> {
  return db
    .select()
    .from(warningChecks)
    .where(eq(warningChecks.assessmentId, assessmentId))
    .orderBy(asc(warningChecks.warningKey));
}

/**
 * Records a check (a second check of the same warning and figures replaces the note: the last word
 * counts, the earlier one stays in the audit trail), with its audit entry in the same transaction.
 */
export async function saveWarningCheck(db: Db, write: WarningCheckWrite): Promise<WarningCheck> {
  const [before] = await db
    .select()
    .from(warningChecks)
    .where(
      and(eq(warningChecks.assessmentId, write.assessmentId), eq(warningChecks.warningKey, write.warningKey)),
    );
  const fields = { note: write.note, checkedBy: write.actor, checkedAt: write.at ?? sql`now()` };
  const [after] = await db
    .insert(warningChecks)
    .values({ assessmentId: write.assessmentId, warningKey: write.warningKey, ...fields })
    .onConflictDoUpdate({ target: [warningChecks.assessmentId, warningChecks.warningKey], set: fields })
    .returning();
  if (!after) throw new Error(`warning check ${write.warningKey} was not stored`);
  const audited = (row: WarningCheck) => ({
    fingerprint: write.about.fingerprint,
    figures: write.about.figures,
    note: row.note,
    checkedBy: row.checkedBy,
  });
  await appendAudit(db, {
    actor: write.actor,
    entity: 'warning_check',
    assessmentId: write.assessmentId,
    entityKey: { warning: write.about.key },
    oldValue: before ? audited(before) : null,
    newValue: audited(after),
    reason: null,
  });
  return after;
}

/** The checks of every assessment of a district-year. */
export async function listDistrictWarningChecks(db: Db, districtId: number, year: number) {
  return db
    .select({
      assessmentId: warningChecks.assessmentId,
      warningKey: warningChecks.warningKey,
      note: warningChecks.note,
      checkedBy: warningChecks.checkedBy,
      checkedAt: warningChecks.checkedAt,
    })
    .from(warningChecks)
    .innerJoin(assessments, eq(assessments.id, warningChecks.assessmentId))
    .where(yearsOfDistrict(districtId, year));
}

/** The target rows of every assessment of a district-year (what the warnings read of them). */
export async function listDistrictTargets(db: Db, districtId: number, year: number) {
  return db
    .select({
      assessmentId: targets.assessmentId,
      indicatorCode: targets.indicatorCode,
      targetValue: targets.targetValue,
      targetSasaran: targets.targetSasaran,
      sasaran: targets.sasaran,
      applicable: targets.applicable,
      notApplicableReason: targets.notApplicableReason,
      chosen: targets.chosen,
    })
    .from(targets)
    .innerJoin(assessments, onItsYear(targets))
    .where(and(rowsOfDistrictYear(targets, districtId, year), eq(targets.stage, 'self')));
}

/**
 * The numbers of every monthly value of a district-year at one stage, one row per assessment and
 * indicator: `months` is "month:numerator:denominator:value;…" (an empty field is null; a number in
 * PostgreSQL's shortest exact text). A district has a hundred thousand values and more; as rows they
 * take seconds to read, as one string per indicator a fraction of that. Flags are left out: no
 * plausibility rule reads them.
 */
export async function listDistrictMonthlyNumbers(db: Db, districtId: number, year: number, stage: Stage) {
  const field = (column: SQLWrapper) => sql`coalesce(${column}::text, '')`;
  return db
    .select({
      assessmentId: monthlyValues.assessmentId,
      indicatorCode: monthlyValues.indicatorCode,
      months: sql<string>`string_agg(${monthlyValues.month} || ':' || ${field(monthlyValues.numerator)} || ':' || ${field(monthlyValues.denominator)} || ':' || ${field(monthlyValues.value)}, ';')`,
    })
    .from(monthlyValues)
    .innerJoin(assessments, onItsYear(monthlyValues))
    .where(and(rowsOfDistrictYear(monthlyValues, districtId, year), eq(monthlyValues.stage, stage)))
    .groupBy(monthlyValues.assessmentId, monthlyValues.indicatorCode);
}

/** The months of one row of `listDistrictMonthlyNumbers`, as entries (no flags). */
export function parseMonthNumbers(
  months: string,
): { month: string; numerator: number | null; denominator: number | null; value: number | null }[] {
  const number = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));
  return months.split(';').map((part) => {
    const [month = '', numerator, denominator, value] = part.split(':');
    return { month, numerator: number(numerator), denominator: number(denominator), value: number(value) };
  });
}

/** The profile documents of some Puskesmas for one year. */
export async function listProfilesOf(db: Db, orgUnitIds: readonly number[], year: number) {
  if (orgUnitIds.length === 0) return [];
  return db
    .select({ orgUnitId: puskesmasProfiles.orgUnitId, data: puskesmasProfiles.data })
    .from(puskesmasProfiles)
    .where(and(inArray(puskesmasProfiles.orgUnitId, [...orgUnitIds]), eq(puskesmasProfiles.year, year)));
}
