// Stored results per Puskesmas-year and stage: what recaps and rankings read.
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db.ts';
import { assessmentResults, assessments, orgUnits, type Stage } from '../schema.ts';
import type { YearKey } from '../../app/ports.ts';
import { chunk, rowsPerStatement } from './batches.ts';

export type AssessmentResult = typeof assessmentResults.$inferSelect;
export type NewAssessmentResult = typeof assessmentResults.$inferInsert;

const RESULT_KEY: readonly PgColumn[] = [
  assessmentResults.districtId,
  assessmentResults.assessmentId,
  assessmentResults.stage,
];

/** On a second computation every column but the key takes the new value. */
const REPLACED_ON_CONFLICT = Object.fromEntries(
  Object.entries(getTableColumns(assessmentResults))
    .filter(([, column]) => !RESULT_KEY.includes(column))
    .map(([property, column]) => [property, sql.raw(`excluded."${column.name}"`)]),
);

/**
 * Stores a result, replacing the one computed before for the same assessment and stage. Nothing is
 * handed back: every cell save stores one, and reading its explanation back would double the bytes.
 */
export async function upsertResult(db: Db, result: NewAssessmentResult): Promise<void> {
  await upsertStatement(db, [result]);
}

/** Stores many results (a whole district), a few thousand per statement, all or nothing. */
export async function upsertResults(db: Db, results: readonly NewAssessmentResult[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const slice of chunk(results, rowsPerStatement(assessmentResults))) await upsertStatement(tx, slice);
  });
}

function upsertStatement(db: Db, results: NewAssessmentResult[]) {
  return db
    .insert(assessmentResults)
    .values(results)
    .onConflictDoUpdate({
      target: [...RESULT_KEY],
      set: REPLACED_ON_CONFLICT,
    });
}

/** One result with its full explanation (`detail`). */
export async function getResult(db: Db, year: YearKey, stage: Stage): Promise<AssessmentResult | undefined> {
  const [found] = await db
    .select()
    .from(assessmentResults)
    .where(and(matchYear(year), eq(assessmentResults.stage, stage)));
  return found;
}

/**
 * The result of one stage and whether the year has one at any other stage, in one round trip (a cell
 * save rescores its own result and must know whether a verified one is there to follow).
 */
export async function getResultBesideOthers(
  db: Db,
  year: YearKey,
  stage: Stage,
): Promise<{ result: AssessmentResult | undefined; others: boolean }> {
  const { detail: _detail, ...columns } = getTableColumns(assessmentResults);
  // The other stages' rows come back too, without their detail (a few KB each, not read).
  const rows = await db
    .select({
      ...columns,
      detail: sql<unknown>`case when ${assessmentResults.stage} = ${stage} then ${assessmentResults.detail} end`,
    })
    .from(assessmentResults)
    .where(matchYear(year));
  return {
    result: rows.find((r) => r.stage === stage),
    others: rows.some((r) => r.stage !== stage),
  };
}

/** Whether a result is stored, without reading its detail. */
export async function hasResult(db: Db, year: YearKey, stage: Stage): Promise<boolean> {
  const found = await db
    .select({ stage: assessmentResults.stage })
    .from(assessmentResults)
    .where(and(matchYear(year), eq(assessmentResults.stage, stage)));
  return found.length > 0;
}

function matchYear(year: YearKey) {
  return and(
    eq(assessmentResults.districtId, year.districtId),
    eq(assessmentResults.assessmentId, year.assessmentId),
  );
}

/** A district recap row: the Puskesmas, its assessment status, and its headline figures (no `detail`). */
export interface DistrictResultRow {
  districtId: number;
  assessmentId: number;
  assessmentStatus: (typeof assessments.$inferSelect)['status'];
  puskesmasId: number;
  puskesmasCode: string;
  puskesmasName: string;
  rawatInap: boolean;
  stage: Stage;
  service: number | null;
  management: number | null;
  quality: number | null;
  serviceCategory: AssessmentResult['serviceCategory'];
  managementCategory: AssessmentResult['managementCategory'];
  qualityCategory: AssessmentResult['qualityCategory'];
  overallCategory: AssessmentResult['overallCategory'];
  kelompok: AssessmentResult['kelompok'];
  computedAt: Date;
}

/**
 * The stored results of a district's Puskesmas for a year at one stage, by Puskesmas code. A
 * Puskesmas without a stored result is absent; the explanations stay behind (see `getResult`).
 */
export async function listDistrictResults(
  db: Db,
  query: { districtId: number; year: number; stage: Stage },
): Promise<DistrictResultRow[]> {
  return db
    .select({
      districtId: assessments.districtId,
      assessmentId: assessments.id,
      assessmentStatus: assessments.status,
      puskesmasId: orgUnits.id,
      puskesmasCode: orgUnits.code,
      puskesmasName: orgUnits.name,
      rawatInap: assessments.rawatInap,
      stage: assessmentResults.stage,
      service: assessmentResults.service,
      management: assessmentResults.management,
      quality: assessmentResults.quality,
      serviceCategory: assessmentResults.serviceCategory,
      managementCategory: assessmentResults.managementCategory,
      qualityCategory: assessmentResults.qualityCategory,
      overallCategory: assessmentResults.overallCategory,
      kelompok: assessmentResults.kelompok,
      computedAt: assessmentResults.computedAt,
    })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .innerJoin(
      assessmentResults,
      and(
        eq(assessmentResults.districtId, query.districtId),
        eq(assessmentResults.assessmentId, assessments.id),
        eq(assessmentResults.stage, query.stage),
      ),
    )
    .where(and(eq(assessments.districtId, query.districtId), eq(assessments.year, query.year)))
    .orderBy(asc(orgUnits.code));
}
