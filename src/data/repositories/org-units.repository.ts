// Provinces, districts and Puskesmas.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db.ts';
import { orgUnits } from '../schema.ts';

export type OrgUnit = typeof orgUnits.$inferSelect;
export type NewOrgUnit = typeof orgUnits.$inferInsert;

export async function createOrgUnit(db: Db, unit: NewOrgUnit): Promise<OrgUnit> {
  const [created] = await db.insert(orgUnits).values(unit).returning();
  return created!;
}

/** Creates many units in one statement, returned in the order given. */
export async function createOrgUnits(db: Db, units: readonly NewOrgUnit[]): Promise<OrgUnit[]> {
  if (units.length === 0) return [];
  const created = await db
    .insert(orgUnits)
    .values([...units])
    .returning();
  const byCode = new Map(created.map((u) => [u.code, u]));
  return units.map((u) => byCode.get(u.code)!);
}

export async function getOrgUnitByCode(db: Db, code: string): Promise<OrgUnit | undefined> {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  return unit;
}

export async function getOrgUnitById(db: Db, id: number): Promise<OrgUnit | undefined> {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return unit;
}

/** The units directly under `parentId`, by code. */
export async function listChildUnits(db: Db, parentId: number): Promise<OrgUnit[]> {
  return db.select().from(orgUnits).where(eq(orgUnits.parentId, parentId)).orderBy(asc(orgUnits.code));
}

/** The Puskesmas of a district, by code. */
export async function listPuskesmasOfDistrict(db: Db, districtId: number): Promise<OrgUnit[]> {
  return db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, districtId), eq(orgUnits.level, 'puskesmas')))
    .orderBy(asc(orgUnits.code));
}

/** Sets whether a Puskesmas has beds. The caller audits the change and refreshes the results it moves. */
export async function setRawatInap(db: Db, id: number, rawatInap: boolean): Promise<void> {
  await db.update(orgUnits).set({ rawatInap }).where(eq(orgUnits.id, id));
}

/** The units whose code is one of `codes`, compared without regard to case (P3318001 is p3318001). */
export async function listOrgUnitsByCodes(db: Db, codes: readonly string[]): Promise<OrgUnit[]> {
  if (codes.length === 0) return [];
  const lowered = [...new Set(codes.map((c) => c.toLowerCase()))];
  return db
    .select()
    .from(orgUnits)
    .where(inArray(sql`lower(${orgUnits.code})`, lowered))
    .orderBy(asc(orgUnits.code));
}

/** The districts of a province, by code, each with how many Puskesmas lie under it. */
export async function listDistrictsOfProvince(
  db: Db,
  provinceId: number,
): Promise<(OrgUnit & { puskesmas: number })[]> {
  const child = alias(orgUnits, 'child');
  const rows = await db
    .select({ unit: orgUnits, puskesmas: count(child.id) })
    .from(orgUnits)
    .leftJoin(child, and(eq(child.parentId, orgUnits.id), eq(child.level, 'puskesmas')))
    .where(and(eq(orgUnits.parentId, provinceId), eq(orgUnits.level, 'district')))
    .groupBy(orgUnits.id)
    .orderBy(asc(orgUnits.code));
  return rows.map((r) => ({ ...r.unit, puskesmas: Number(r.puskesmas) }));
}
