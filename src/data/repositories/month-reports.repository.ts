// Month reports: when each month of a Puskesmas-year first became complete (its timeliness, fixed
// then), and — for the reporting cycle — when someone reported it. Queries only; the rule is the app's.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { YearKey } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import { rowsOfYear } from './district-keys.ts';
import { assessments, monthlyValues, monthReports, orgUnits, type Stage } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';
import { insertInBatches } from './batches.ts';

export type MonthReport = typeof monthReports.$inferSelect;
export type NewMonthReport = typeof monthReports.$inferInsert;

/** The month reports of one assessment, by month. */
export async function listMonthReports(db: Db, assessmentId: number): Promise<MonthReport[]> {
  return db
    .select()
    .from(monthReports)
    .where(eq(monthReports.assessmentId, assessmentId))
    .orderBy(asc(monthReports.month));
}

/** The completion and report dates of every assessment of a district-year (the district dashboard's timeliness). */
export async function listDistrictMonthReports(db: Db, districtId: number, year: number) {
  return db
    .select({
      assessmentId: monthReports.assessmentId,
      month: monthReports.month,
      completedAt: monthReports.completedAt,
      reportedAt: monthReports.reportedAt,
      reportedBy: monthReports.reportedBy,
    })
    .from(monthReports)
    .innerJoin(assessments, eq(assessments.id, monthReports.assessmentId))
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .where(
      and(eq(orgUnits.parentId, districtId), eq(orgUnits.level, 'puskesmas'), eq(assessments.year, year)),
    );
}

/**
 * Which fields each stored value of the given months has (no values, no dates): what deciding a
 * month's completeness reads, a month's worth of small rows rather than the year's full ones.
 */
export async function listMonthEntryPresence(
  db: Db,
  query: YearKey & { stage: Stage; months: readonly string[] },
) {
  if (query.months.length === 0) return [];
  return db
    .select({
      indicatorCode: monthlyValues.indicatorCode,
      month: monthlyValues.month,
      numerator: sql<boolean>`${monthlyValues.numerator} is not null`,
      denominator: sql<boolean>`${monthlyValues.denominator} is not null`,
      value: sql<boolean>`${monthlyValues.value} is not null`,
      flag: sql<boolean>`${monthlyValues.flag} is not null`,
    })
    .from(monthlyValues)
    .where(
      and(
        rowsOfYear(monthlyValues, query),
        eq(monthlyValues.stage, query.stage),
        inArray(monthlyValues.month, [...query.months]),
      ),
    );
}

/**
 * Records that a month first became complete at `at`, with its audit entry, unless it already had a
 * completion date: that one stays (the first completion fixes the month's timeliness). Returns the
 * row when this call recorded it, undefined when the month was already recorded. Atomic on its own
 * (the conditional upsert), so two writers can never both record it.
 */
export async function recordMonthCompleted(
  db: Db,
  write: {
    assessmentId: number;
    month: string;
    at: Date;
    actor: string;
    /** What the audit entry keeps about the change that completed the month. */
    cause: Record<string, unknown>;
  },
): Promise<MonthReport | undefined> {
  const [recorded] = await db
    .insert(monthReports)
    .values({ assessmentId: write.assessmentId, month: write.month, completedAt: write.at })
    .onConflictDoUpdate({
      target: [monthReports.assessmentId, monthReports.month],
      set: { completedAt: write.at },
      setWhere: isNull(monthReports.completedAt),
    })
    .returning();
  if (!recorded) return undefined;
  await appendAudit(db, {
    actor: write.actor,
    entity: 'month_report',
    assessmentId: write.assessmentId,
    entityKey: { month: write.month },
    oldValue: { completedAt: null },
    newValue: { completedAt: write.at.toISOString(), ...write.cause },
    reason: 'Bulan pertama kali lengkap: ketepatan waktunya ditetapkan',
  });
  return recorded;
}

/**
 * Records that a month was reported to Dinkes at `at` by `actor`, with its audit entry, unless it was
 * reported already: the first report stands (it decides the month's timeliness). Returns the report
 * as stored and whether this call made it. Atomic on its own (the conditional upsert), so two reports
 * at once are recorded once.
 */
export async function recordMonthReported(
  db: Db,
  write: {
    assessmentId: number;
    month: string;
    at: Date;
    actor: string;
    /** What the audit entry keeps besides who and when (the due date, on time or not). */
    about: Record<string, unknown>;
  },
): Promise<{ recorded: boolean; report: MonthReport }> {
  const [recorded] = await db
    .insert(monthReports)
    .values({
      assessmentId: write.assessmentId,
      month: write.month,
      reportedAt: write.at,
      reportedBy: write.actor,
    })
    .onConflictDoUpdate({
      target: [monthReports.assessmentId, monthReports.month],
      set: { reportedAt: write.at, reportedBy: write.actor },
      setWhere: isNull(monthReports.reportedAt),
    })
    .returning();
  if (recorded) {
    await appendAudit(db, {
      actor: write.actor,
      entity: 'month_report',
      assessmentId: write.assessmentId,
      entityKey: { month: write.month },
      oldValue: { reportedAt: null },
      newValue: { reportedAt: write.at.toISOString(), reportedBy: write.actor, ...write.about },
      reason: 'Bulan dilaporkan ke Dinas Kesehatan',
    });
    return { recorded: true, report: recorded };
  }
  const [existing] = await db
    .select()
    .from(monthReports)
    .where(and(eq(monthReports.assessmentId, write.assessmentId), eq(monthReports.month, write.month)));
  if (!existing) throw new Error(`month report ${write.assessmentId} ${write.month} vanished`);
  return { recorded: false, report: existing };
}

/** Loads month reports in bulk (the demo: no audit entries). */
export async function insertMonthReportsBulk(db: Db, rows: readonly NewMonthReport[]): Promise<void> {
  await insertInBatches(db, monthReports, rows);
}
