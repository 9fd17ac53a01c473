// Monthly entries: one per assessment × indicator × month × stage, each write version-checked and audited.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { monthlyValues, type Stage } from '../schema.ts';
import { insertInBatches } from './batches.ts';
import type { YearKey } from '../../app/ports.ts';
import { deleteVersioned, writeVersioned } from './versioned-write.ts';

export type MonthlyValue = typeof monthlyValues.$inferSelect;
export type NewMonthlyValue = typeof monthlyValues.$inferInsert;

export interface MonthlyValueKey extends YearKey {
  indicatorCode: string;
  /** 'YYYY-MM'. */
  month: string;
  stage: Stage;
}

/** What an entry holds; which of these an indicator uses depends on its entry shape. Absent means null. */
export interface MonthlyValueFields {
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  flag?: boolean | null;
}

export interface MonthlyValueWrite extends MonthlyValueKey, MonthlyValueFields {
  /** Why Dinkes corrected it (stage 'verified'). */
  correctionReason?: string | null;
  /** The version the writer edited: 0 when it saw no value. */
  expectedVersion: number;
  actor: string;
  reason?: string | null;
  /** When the value was entered; the database's clock if absent. */
  at?: Date;
}

/** The values of an assessment (at one stage, or both), by indicator and month. */
export async function listMonthlyValues(db: Db, year: YearKey, stage?: Stage): Promise<MonthlyValue[]> {
  const conditions = [
    eq(monthlyValues.districtId, year.districtId),
    eq(monthlyValues.assessmentId, year.assessmentId),
  ];
  if (stage) conditions.push(eq(monthlyValues.stage, stage));
  return db
    .select()
    .from(monthlyValues)
    .where(and(...conditions))
    .orderBy(asc(monthlyValues.indicatorCode), asc(monthlyValues.month), asc(monthlyValues.stage));
}

/** The columns of a monthly value that scoring reads: a third of the bytes of full rows. */
export type ScoredMonthlyValue = Pick<
  MonthlyValue,
  'indicatorCode' | 'month' | 'numerator' | 'denominator' | 'value' | 'flag'
>;
export type MonthlyValueOfStage = Omit<MonthlyValue, 'districtId' | 'assessmentId' | 'stage'>;

/*
 * The two reads every cell save makes (the year's values for scoring, and for the screen) skip the
 * ORM's mapping of each row and column: a year is a couple of thousand rows, and the columns come
 * back from both drivers already as the record's types (float8 and int4 as numbers, bool as
 * boolean), but for the time, which the ORM has both drivers hand back as text.
 */

/** Just what scoring reads, for one stage, on the hottest path. */
export async function listMonthlyEntries(db: Db, year: YearKey, stage: Stage): Promise<ScoredMonthlyValue[]> {
  return rawRows(
    db,
    sql`select indicator_code as "indicatorCode", month, numerator, denominator, value, flag
        from monthly_values
        where district_id = ${year.districtId} and assessment_id = ${year.assessmentId} and stage = ${stage}`,
  );
}

/** What scoring reads of the values of both stages of many assessments (a district-year at once). */
export async function listScoredMonthlyValuesOf(
  db: Db,
  districtId: number,
  assessmentIds: readonly number[],
): Promise<(ScoredMonthlyValue & { assessmentId: number; stage: Stage })[]> {
  if (assessmentIds.length === 0) return [];
  return rawRows(
    db,
    sql`select assessment_id as "assessmentId", stage, indicator_code as "indicatorCode", month,
          numerator, denominator, value, flag
        from monthly_values
        where district_id = ${districtId} and assessment_id in (${sql.join(
          assessmentIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
}

/** Every column of one stage's values but the key's assessment and stage, by indicator and month. */
export async function listMonthlyValuesOfStage(
  db: Db,
  year: YearKey,
  stage: Stage,
): Promise<MonthlyValueOfStage[]> {
  const rows = await rawRows<Omit<MonthlyValueOfStage, 'enteredAt'> & { enteredAt: string }>(
    db,
    sql`select indicator_code as "indicatorCode", month, numerator, denominator, value, flag,
          correction_reason as "correctionReason", entered_by as "enteredBy",
          entered_at as "enteredAt", version
        from monthly_values
        where district_id = ${year.districtId} and assessment_id = ${year.assessmentId} and stage = ${stage}
        order by indicator_code, month`,
  );
  return rows.map((row) => ({ ...row, enteredAt: new Date(row.enteredAt) }));
}

/**
 * What a save of one cell reads back under the year's lock: every month of its row, every row of its
 * month, and the latest month of the year with any value (the screen's "to date" runs to it).
 */
export async function listRowAndMonthValues(
  db: Db,
  key: YearKey & { stage: Stage; indicatorCode: string; month: string },
): Promise<{ rows: MonthlyValueOfStage[]; latestMonth: string | null }> {
  const { districtId, assessmentId, stage, indicatorCode, month } = key;
  const rows = await rawRows<Omit<MonthlyValueOfStage, 'enteredAt'> & { enteredAt: string; latest: string }>(
    db,
    sql`select indicator_code as "indicatorCode", month, numerator, denominator, value, flag,
          correction_reason as "correctionReason", entered_by as "enteredBy",
          entered_at as "enteredAt", version,
          (select max(month) from monthly_values
            where district_id = ${districtId} and assessment_id = ${assessmentId} and stage = ${stage}) as latest
        from monthly_values
        where district_id = ${districtId} and assessment_id = ${assessmentId} and stage = ${stage}
          and (indicator_code = ${indicatorCode} or month = ${month})
        order by indicator_code, month`,
  );
  return {
    rows: rows.map(({ latest: _latest, ...row }) => ({ ...row, enteredAt: new Date(row.enteredAt) })),
    latestMonth: rows[0]?.latest ?? null,
  };
}

async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

export async function getMonthlyValue(db: Db, key: MonthlyValueKey): Promise<MonthlyValue | undefined> {
  const [found] = await db.select().from(monthlyValues).where(matchKey(key));
  return found;
}

/**
 * Writes one entry if its stored version is still `expectedVersion`, and records the change in the
 * audit log in the same transaction. Otherwise throws STALE_VALUE (409) and changes nothing.
 */
export async function upsertMonthlyValue(db: Db, write: MonthlyValueWrite): Promise<MonthlyValue> {
  const key = pickKey(write);
  const fields = {
    numerator: write.numerator ?? null,
    denominator: write.denominator ?? null,
    value: write.value ?? null,
    flag: write.flag ?? null,
    correctionReason: write.correctionReason ?? null,
    enteredBy: write.actor,
    enteredAt: write.at ?? sql`now()`,
  };
  return writeVersioned(db, monthlyValues, {
    where: matchKey(key),
    key,
    fields,
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'monthly_value',
      districtId: key.districtId,
      assessmentId: key.assessmentId,
      entityKey: { indicatorCode: key.indicatorCode, month: key.month, stage: key.stage },
      oldValue: before ? auditedFields(before) : null,
      newValue: auditedFields(after),
      reason: write.reason ?? null,
    }),
  });
}

/**
 * Removes one entry (a Dinkes correction withdrawn) if its stored version is still `expectedVersion`,
 * with an audit entry in the same transaction; otherwise throws STALE_VALUE (409).
 */
export async function deleteMonthlyValue(
  db: Db,
  write: MonthlyValueKey & { expectedVersion: number; actor: string; reason: string; at?: Date },
): Promise<MonthlyValue> {
  const key = pickKey(write);
  return deleteVersioned(db, monthlyValues, {
    where: matchKey(key),
    expectedVersion: write.expectedVersion,
    audit: (before) => ({
      actor: write.actor,
      entity: 'monthly_value',
      districtId: key.districtId,
      assessmentId: key.assessmentId,
      entityKey: { indicatorCode: key.indicatorCode, month: key.month, stage: key.stage },
      oldValue: auditedFields(before),
      newValue: null,
      reason: write.reason,
    }),
  });
}

/** Loads generated or imported entries in bulk (no version check, no audit entries). */
export async function insertMonthlyValuesBulk(db: Db, rows: readonly NewMonthlyValue[]): Promise<void> {
  await insertInBatches(db, monthlyValues, rows);
}

function pickKey({
  districtId,
  assessmentId,
  indicatorCode,
  month,
  stage,
}: MonthlyValueKey): MonthlyValueKey {
  return { districtId, assessmentId, indicatorCode, month, stage };
}

function matchKey(key: MonthlyValueKey): SQL {
  return and(
    eq(monthlyValues.districtId, key.districtId),
    eq(monthlyValues.assessmentId, key.assessmentId),
    eq(monthlyValues.stage, key.stage),
    eq(monthlyValues.indicatorCode, key.indicatorCode),
    eq(monthlyValues.month, key.month),
  )!;
}

function auditedFields(row: MonthlyValue): Record<string, unknown> {
  return {
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    flag: row.flag,
    version: row.version,
  };
}
