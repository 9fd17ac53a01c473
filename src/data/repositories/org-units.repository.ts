// Provinces, districts and Puskesmas.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { alias, type PgInsertValue } from 'drizzle-orm/pg-core';
import type { Db } from '../db.ts';
import { orgUnits } from '../schema.ts';

export type OrgUnit = typeof orgUnits.$inferSelect;
export type NewOrgUnit = typeof orgUnits.$inferInsert;

/** A province given no parent goes under the country's unit (the migrations make it): every one does. */
function underTheCountry(unit: NewOrgUnit): PgInsertValue<typeof orgUnits> {
  if (unit.level !== 'province' || unit.parentId != null) return unit;
  return { ...unit, parentId: sql`(select id from org_units where level = 'national')` };
}

export async function createOrgUnit(db: Db, unit: NewOrgUnit): Promise<OrgUnit> {
  const [created] = await db.insert(orgUnits).values(underTheCountry(unit)).returning();
  return created!;
}

/** Creates many units in one statement, returned in the order given. */
export async function createOrgUnits(db: Db, units: readonly NewOrgUnit[]): Promise<OrgUnit[]> {
  if (units.length === 0) return [];
  const created = await db.insert(orgUnits).values(units.map(underTheCountry)).returning();
  const byCode = new Map(created.map((u) => [u.code, u]));
  return units.map((u) => byCode.get(u.code)!);
}

export async function getOrgUnitByCode(db: Db, code: string): Promise<OrgUnit | undefined> {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  return unit;
}

/**
 * The unit of `code` and the ids of the units above it, nearest first (a Puskesmas: its district, its
 * province, the country), in one round trip: every request's access check reads it.
 */
export async function findOrgUnitWithAncestors(
  db: Db,
  code: string,
): Promise<(Omit<OrgUnit, 'parentId'> & { ancestorIds: number[] }) | undefined> {
  const result = await db.execute(sql`
    with recursive chain(id, parent_id, depth) as (
      select id, parent_id, 0 from org_units where code = ${code}
      union all
      select o.id, o.parent_id, chain.depth + 1 from org_units o join chain on o.id = chain.parent_id
    )
    select u.id, u.code, u.name, u.level, u.rawat_inap
    from chain join org_units u on u.id = chain.id
    order by chain.depth`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const self = rows[0];
  if (!self) return undefined;
  return {
    id: Number(self.id),
    code: String(self.code),
    name: String(self.name),
    level: self.level as OrgUnit['level'],
    rawatInap: Boolean(self.rawat_inap),
    ancestorIds: rows.slice(1).map((r) => Number(r.id)),
  };
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
