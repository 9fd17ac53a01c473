// Accreditation readiness on PGlite: the district overview Dinkes opens (every Puskesmas of a
// 67-Puskesmas district, each with a year of meetings and their files, read in one query per table)
// and one Puskesmas-year's readiness. Prints figures; asserts nothing.
//
//   node bin/run-ts.js bench/readiness.bench.ts [--puskesmas 67] [--runs 20]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getDistrictReadiness, getYearReadiness } from '../src/app/accreditation.service.ts';
import type { OrgUnitWithAncestors } from '../src/app/ports.ts';
import { rescoreDistrictYear } from '../src/app/recompute.ts';
import { loadDemoPlan } from '../src/data/adapters/demo-loader.ts';
import { storeRepositories } from '../src/data/adapters/repositories.ts';
import { openDb } from '../src/data/db.ts';
import { getAssessment } from '../src/data/repositories/assessments.repository.ts';
import { BUILT_IN_CATALOGS } from '../src/domain/catalog/builtin.ts';
import { addMeeting, reportMonths } from '../test/db/readiness-fixtures.ts';
import { planLargeDistrict } from './district-plan.ts';
import { summarize, timed } from './stats.ts';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    puskesmas: { type: 'string', default: '67' },
    runs: { type: 'string', default: '20' },
  },
});
const puskesmasCount = Number(values.puskesmas);
const runs = Number(values.runs);
const catalog = BUILT_IN_CATALOGS.get(2023)!;
const plan = planLargeDistrict(catalog, puskesmasCount);

const dir = await mkdtemp(join(tmpdir(), 'pkp-bench-readiness-'));
const store = await openDb({ dataDir: dir });
try {
  console.error(`loading ${puskesmasCount} Puskesmas…`);
  await loadDemoPlan(store, plan, {
    afterDistrict: rescoreDistrictYear,
  });
  const repos = storeRepositories(store);
  // A year of meetings per Puskesmas: 12 lokakarya mini, 2 reviews, 1 cross-programme discussion.
  console.error('adding meetings and reports…');
  for (const p of plan.puskesmas) {
    const unit = (await repos.findOrgUnit(p.puskesmas.code))!;
    const assessment = (await getAssessment(store.db, unit.id, plan.year))!;
    const base = { orgUnitId: unit.id, assessmentId: assessment.id, year: plan.year };
    for (let m = 1; m <= 12; m++)
      await addMeeting(store.db, {
        ...base,
        kind: 'lokmin_bulanan',
        heldOn: `${plan.year}-${String(m).padStart(2, '0')}-10`,
      });
    await addMeeting(store.db, { ...base, kind: 'review_kinerja', heldOn: `${plan.year}-07-12` });
    await addMeeting(store.db, { ...base, kind: 'review_kinerja', heldOn: `${plan.year}-12-12` });
    await addMeeting(store.db, { ...base, kind: 'lintas_program', heldOn: `${plan.year}-04-12` });
    await reportMonths(store.db, { assessmentId: assessment.id, year: plan.year });
  }
  const district = (await repos.findOrgUnit(plan.district.code)) as OrgUnitWithAncestors;
  const unit = (await repos.findOrgUnit(plan.puskesmas[0]!.puskesmas.code)) as OrgUnitWithAncestors;
  const deps = { repos, clock: () => new Date(`${plan.year + 1}-02-01T03:00:00Z`) };

  const sample = async (work: () => Promise<unknown>) => {
    const ms: number[] = [];
    await work(); // warm the catalog cache and the query plans
    for (let i = 0; i < runs; i++) ms.push((await timed(work)).ms);
    return summarize(ms);
  };
  const overview = await getDistrictReadiness(deps, { district, year: plan.year });
  const ms = (s: { p50: number; p95: number }) => `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`;
  console.log(`${overview.puskesmas.length} Puskesmas, ${overview.elements.length} elements each`);
  console.log(
    `district overview (GET /api/districts/…/accreditation): ${ms(await sample(() => getDistrictReadiness(deps, { district, year: plan.year })))}`,
  );
  console.log(
    `one Puskesmas-year (GET /api/puskesmas/…/accreditation): ${ms(await sample(() => getYearReadiness(deps, { unit, year: plan.year })))}`,
  );
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
