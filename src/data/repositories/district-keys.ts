// The large tables (targets, monthly values, rubric scores, results) are keyed by district first, the
// key a distributed PostgreSQL places their rows by (docs/scale.md, "Past one database"). Every query
// on them names the district it reads and joins a row to its Puskesmas-year on the whole key, so it
// stays on one district's rows; these build those conditions.
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { YearKey } from '../../app/ports.ts';
import { assessments } from '../schema.ts';

/** A table keyed by (district, Puskesmas-year, …). */
export interface DistrictKeyed {
  districtId: PgColumn;
  assessmentId: PgColumn;
}

/** The Puskesmas-years of a district-year (the district each year belongs to). */
export function yearsOfDistrict(districtId: number, year: number): SQL {
  return and(eq(assessments.districtId, districtId), eq(assessments.year, year))!;
}

/** Joins a row of `table` to its Puskesmas-year (`assessments`). */
export function onItsYear(table: DistrictKeyed): SQL {
  return and(eq(assessments.districtId, table.districtId), eq(assessments.id, table.assessmentId))!;
}

/** The rows of `table` of a district-year; `assessments` joined by `onItsYear`. */
export function rowsOfDistrictYear(table: DistrictKeyed, districtId: number, year: number): SQL {
  return and(eq(table.districtId, districtId), yearsOfDistrict(districtId, year))!;
}

/** The rows of `table` of these Puskesmas-years (none matches an empty list). */
export function rowsOfYears(table: DistrictKeyed, years: readonly YearKey[]): SQL {
  const districts = [...new Set(years.map((y) => y.districtId))];
  return and(
    inArray(table.districtId, districts),
    inArray(
      table.assessmentId,
      years.map((y) => y.assessmentId),
    ),
  )!;
}

/** The rows of `table` of one Puskesmas-year. */
export function rowsOfYear(table: DistrictKeyed, year: YearKey): SQL {
  return and(eq(table.districtId, year.districtId), eq(table.assessmentId, year.assessmentId))!;
}
