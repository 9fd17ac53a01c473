// A province's districts with their year's stored results rolled up: how many Puskesmas, how many
// assessed, how many in each Kelompok, the mean of each axis. One aggregate query over stored
// results only (no scoring), each Puskesmas-year read at the stage its status reached: its own while
// a draft, the verified result once submitted — as the district's working recap reads it.
import { sql } from 'drizzle-orm';
import type { ProvinceDistrictResultRecord } from '../../app/district-ports.ts';
import type { Db } from '../db.ts';

export async function listProvinceDistrictResults(
  db: Db,
  provinceId: number,
  year: number,
): Promise<ProvinceDistrictResultRecord[]> {
  const result = await db.execute(sql`
    select d.code, d.name,
      count(distinct p.id)::int as puskesmas,
      count(r.assessment_id)::int as assessed,
      count(*) filter (where r.kelompok = 'I')::int as k1,
      count(*) filter (where r.kelompok = 'II')::int as k2,
      count(*) filter (where r.kelompok = 'III')::int as k3,
      count(*) filter (where a.status = 'published')::int as published,
      avg(r.service) as service, avg(r.management) as management, avg(r.quality) as quality
    from org_units d
    left join org_units p on p.parent_id = d.id and p.level = 'puskesmas'
    left join assessments a on a.puskesmas_id = p.id and a.year = ${year}
    left join assessment_results r on r.assessment_id = a.id
      and r.stage = case when a.status = 'draft' then 'self' else 'verified' end
    where d.parent_id = ${provinceId} and d.level = 'district'
    group by d.id, d.code, d.name
    order by d.code`);
  // PGlite and pg differ in how they hand back numbers (an average is a string from pg).
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    code: String(r.code),
    name: String(r.name),
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
