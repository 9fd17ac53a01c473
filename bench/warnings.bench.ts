// The plausibility warnings of a district on PGlite: the list Dinkes opens (every Puskesmas of a
// 67-Puskesmas district, read in one query per table), one Puskesmas-year's list (what the entry grid
// reads again after saves settle), and marking one warning checked. Prints figures; asserts nothing.
//
//   node bin/run-ts.js bench/warnings.bench.ts [--puskesmas 67] [--runs 20]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { count } from 'drizzle-orm';
import type { OrgUnitWithAncestors } from '../src/app/ports.ts';
import { checkWarning, getDistrictWarnings, getYearWarnings } from '../src/app/warnings.service.ts';
import { loadDemoPlan } from '../src/data/adapters/demo-loader.ts';
import { storeRepositories, unitOfWork } from '../src/data/adapters/repositories.ts';
import { openDb } from '../src/data/db.ts';
import { monthlyValues } from '../src/data/schema.ts';
import { BUILT_IN_CATALOGS } from '../src/domain/catalog/builtin.ts';
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

const dir = await mkdtemp(join(tmpdir(), 'pkp-bench-warnings-'));
const store = await openDb({ dataDir: dir });
try {
  console.error(`loading ${puskesmasCount} Puskesmas…`);
  await loadDemoPlan(store, plan);
  const repos = storeRepositories(store);
  const uow = unitOfWork(store);
  const district = (await repos.findOrgUnit(plan.district.code)) as OrgUnitWithAncestors;
  const unit = (await repos.findOrgUnit('P3318001')) as OrgUnitWithAncestors;

  const sample = async (work: () => Promise<unknown>) => {
    const ms: number[] = [];
    await work(); // warm the catalog cache and the query plans
    for (let i = 0; i < runs; i++) ms.push((await timed(work)).ms);
    return summarize(ms);
  };
  const districtList = await getDistrictWarnings(repos, { district, year: plan.year });
  const warnings = districtList.puskesmas.reduce((n, p) => n + p.warnings.length, 0);
  const [counted] = await store.db.select({ n: count() }).from(monthlyValues);
  const figures = {
    puskesmas: districtList.puskesmas.length,
    monthlyValues: counted?.n ?? 0,
    warnings,
    district: await sample(() => getDistrictWarnings(repos, { district, year: plan.year })),
    year: await sample(() => getYearWarnings(repos, { unit, year: plan.year })),
    check: await sample(async () => {
      const view = await getYearWarnings(repos, { unit, year: plan.year });
      const w = view.warnings[0];
      if (!w) throw new Error('P3318001 has no warning to check');
      await checkWarning(
        { uow, clock: () => new Date() },
        {
          unit,
          year: plan.year,
          body: { key: w.key, fingerprint: w.fingerprint, note: 'bench' },
          editor: { username: 'bench', role: 'verifikator' },
        },
      );
    }),
  };
  const ms = (s: { p50: number; p95: number }) => `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`;
  console.log(
    `${figures.puskesmas} Puskesmas, ${figures.monthlyValues} monthly values, ${figures.warnings} warnings`,
  );
  console.log(`district list (GET /api/districts/…/warnings): ${ms(figures.district)}`);
  console.log(`one Puskesmas-year (GET /api/puskesmas/…/warnings): ${ms(figures.year)}`);
  console.log(`read + mark one checked (POST …/warnings/checks): ${ms(figures.check)}`);
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
