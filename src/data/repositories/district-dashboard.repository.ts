// District-wide reads for the district dashboard: every Puskesmas of a district-year in one query each.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { onItsYear, rowsOfDistrictYear, yearsOfDistrict } from './district-keys.ts';
import { assessmentResults, assessments, monthlyValues, orgUnits, targets, type Stage } from '../schema.ts';

/** The assessments of a district-year with their Puskesmas, by Puskesmas code. */
export async function listDistrictAssessments(db: Db, districtId: number, year: number) {
  return db
    .select({
      assessmentId: assessments.id,
      status: assessments.status,
      puskesmasId: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      rawatInap: assessments.rawatInap,
    })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .where(yearsOfDistrict(districtId, year))
    .orderBy(asc(orgUnits.code));
}

/** What decides whether an indicator applies, per assessment of the district-year. */
export async function listDistrictApplicability(db: Db, districtId: number, year: number) {
  return db
    .select({
      assessmentId: targets.assessmentId,
      indicatorCode: targets.indicatorCode,
      applicable: targets.applicable,
      notApplicableReason: targets.notApplicableReason,
      chosen: targets.chosen,
    })
    .from(targets)
    .innerJoin(assessments, onItsYear(targets))
    .where(and(rowsOfDistrictYear(targets, districtId, year), eq(targets.stage, 'self')));
}

/**
 * Every monthly value of the district-year at one stage, reduced to what completeness and timeliness
 * need, one row per assessment and indicator: `stamps` is "month:fields:date,…", where `fields` is a
 * bit mask of the fields present (1 numerator, 2 denominator, 4 value, 8 flag) and `date` the calendar
 * date of `entered_at` at `offsetMinutes` from UTC. A district has tens of thousands of values; as rows
 * with timestamps they take the better part of a second to read, as strings a tenth of that.
 */
export async function listDistrictEntryStamps(
  db: Db,
  query: { districtId: number; year: number; stage: Stage; offsetMinutes: number },
) {
  const fields = sql`((${monthlyValues.numerator} is not null)::int + 2 * (${monthlyValues.denominator} is not null)::int
    + 4 * (${monthlyValues.value} is not null)::int + 8 * (${monthlyValues.flag} is not null)::int)`;
  const day = sql`to_char((${monthlyValues.enteredAt} at time zone 'UTC') + make_interval(mins => ${query.offsetMinutes}::int), 'YYYY-MM-DD')`;
  return db
    .select({
      assessmentId: monthlyValues.assessmentId,
      indicatorCode: monthlyValues.indicatorCode,
      stamps: sql<string>`string_agg(${monthlyValues.month} || ':' || ${fields} || ':' || ${day}, ',')`,
    })
    .from(monthlyValues)
    .innerJoin(assessments, onItsYear(monthlyValues))
    .where(
      and(
        rowsOfDistrictYear(monthlyValues, query.districtId, query.year),
        eq(monthlyValues.stage, query.stage),
      ),
    )
    .groupBy(monthlyValues.assessmentId, monthlyValues.indicatorCode);
}

/** Every node's score of each stored result of the district-year: only `detail -> 'nodes'` leaves the database. */
export async function listDistrictNodeScores(db: Db, districtId: number, year: number, stage: Stage) {
  return db
    .select({
      assessmentId: assessmentResults.assessmentId,
      nodes: sql<unknown>`${assessmentResults.detail} -> 'nodes'`,
    })
    .from(assessmentResults)
    .innerJoin(assessments, onItsYear(assessmentResults))
    .where(and(rowsOfDistrictYear(assessmentResults, districtId, year), eq(assessmentResults.stage, stage)));
}
