// The units under a province or the country with their year's stored results rolled up: how many
// districts and Puskesmas, how many assessed, how many in each Kelompok, the mean of each axis. One
// aggregate query over stored results only (no scoring), each Puskesmas-year read at the stage its
// status reached: its own while a draft, the verified result once submitted — as the district's
// working recap reads it.
import { sql, type SQL } from 'drizzle-orm';
import type { RollUpRecord } from '../../app/district-ports.ts';
import type { Db } from '../db.ts';

/** A province's districts, by code. */
export function listProvinceDistrictResults(
  db: Db,
  provinceId: number,
  year: number,
): Promise<RollUpRecord[]> {
  return rollUp(db, {
    parentId: provinceId,
    level: 'district',
    districtsOf: sql`(select c.id as id)`,
    year,
  });
}

/** The country's provinces, by code. */
export function listNationalProvinceResults(
  db: Db,
  nationalId: number,
  year: number,
): Promise<RollUpRecord[]> {
  return rollUp(db, {
    parentId: nationalId,
    level: 'province',
    districtsOf: sql`(select id from org_units where parent_id = c.id and level = 'district')`,
    year,
  });
}

async function rollUp(
  db: Db,
  input: { parentId: number; level: 'province' | 'district'; districtsOf: SQL; year: number },
): Promise<RollUpRecord[]> {
  const result = await db.execute(sql`
    select c.code, c.name,
      count(distinct d.id)::int as districts,
      count(distinct p.id)::int as puskesmas,
      count(r.assessment_id)::int as assessed,
      count(*) filter (where r.kelompok = 'I')::int as k1,
      count(*) filter (where r.kelompok = 'II')::int as k2,
      count(*) filter (where r.kelompok = 'III')::int as k3,
      count(*) filter (where a.status = 'published')::int as published,
      avg(r.service) as service, avg(r.management) as management, avg(r.quality) as quality
    from org_units c
    left join lateral ${input.districtsOf} d on true
    left join org_units p on p.parent_id = d.id and p.level = 'puskesmas'
    left join assessments a on a.puskesmas_id = p.id and a.district_id = d.id and a.year = ${input.year}
    left join assessment_results r on r.district_id = a.district_id and r.assessment_id = a.id
      and r.stage = case when a.status = 'draft' then 'self' else 'verified' end
    where c.parent_id = ${input.parentId} and c.level = ${input.level}
    group by c.id, c.code, c.name
    order by c.code`);
  // PGlite and pg differ in how they hand back numbers (an average is a string from pg).
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    districts: Number(r.districts),
    puskesmas: Number(r.puskesmas),
    assessed: Number(r.assessed),
    kelompokI: Number(r.k1),
    kelompokII: Number(r.k2),
    kelompokIII: Number(r.k3),
    published: Number(r.published),
    service: num(r.service),
    management: num(r.management),
    quality: num(r.quality),
  }));
}
