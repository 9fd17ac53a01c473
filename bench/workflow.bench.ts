// The assessment cycle on PGlite, in a 67-Puskesmas district: one move of a year (submit and return,
// each re-scoring the year's own and verified results in its transaction), the status bar's read
// (GET …/workflow, with the submission's gaps for the Kepala Puskesmas), the district's statuses, and
// publishing the whole district (every year's lock, the snapshot, every status). Prints figures;
// asserts nothing.
//
//   node bin/run-ts.js bench/workflow.bench.ts [--puskesmas 67] [--runs 10]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { OrgUnitWithAncestors } from '../src/app/ports.ts';
import { publishDistrict } from '../src/app/publication.service.ts';
import { districtWorkflow, moveYear, yearWorkflow } from '../src/app/workflow.service.ts';
import type { Editor } from '../src/app/year-write.ts';
import { rescoreDistrictYear } from '../src/app/recompute.ts';
import { loadDemoPlan } from '../src/data/adapters/demo-loader.ts';
import { storeRepositories, unitOfWork } from '../src/data/adapters/repositories.ts';
import { openDb } from '../src/data/db.ts';
import { BUILT_IN_CATALOGS } from '../src/domain/catalog/builtin.ts';
import { planLargeDistrict } from './district-plan.ts';
import { summarize, timed } from './stats.ts';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: { puskesmas: { type: 'string', default: '67' }, runs: { type: 'string', default: '10' } },
});
const puskesmasCount = Number(values.puskesmas);
const runs = Number(values.runs);
const plan = planLargeDistrict(BUILT_IN_CATALOGS.get(2023)!, puskesmasCount);
const KAPUS: Editor = { username: 'kapus.bench', role: 'kepala_puskesmas' };
const VERIFIER: Editor = { username: 'verifikator.bench', role: 'verifikator' };
const ADMIN: Editor = { username: 'admin.bench', role: 'admin_dinkes' };

const dir = await mkdtemp(join(tmpdir(), 'pkp-bench-workflow-'));
const store = await openDb({ dataDir: dir });
try {
  console.error(`loading ${puskesmasCount} Puskesmas…`);
  await loadDemoPlan(store, plan, {
    afterDistrict: rescoreDistrictYear,
  });
  const repos = storeRepositories(store);
  const deps = { uow: unitOfWork(store), clock: () => new Date('2024-02-01T02:00:00Z') };
  const district = (await repos.findOrgUnit(plan.district.code)) as OrgUnitWithAncestors;
  const units = await Promise.all(
    (await repos.listPuskesmas(district.id)).map(
      async (p) => (await repos.findOrgUnit(p.code)) as OrgUnitWithAncestors,
    ),
  );
  const statusOf = async (u: OrgUnitWithAncestors) => (await repos.findAssessment(u.code, plan.year))!.status;
  const move = (
    unit: OrgUnitWithAncestors,
    name: Parameters<typeof moveYear>[1]['move'],
    editor: Editor,
    reason?: string,
  ) =>
    statusOf(unit).then((expectedStatus) =>
      moveYear(deps, { unit, year: plan.year, move: name, expectedStatus, editor, reason: reason ?? null }),
    );

  // A draft year, submitted and returned again and again.
  const unit = units[0]!;
  if ((await statusOf(unit)) !== 'draft') await move(unit, 'return', VERIFIER, 'bench');
  const submit: number[] = [];
  const giveBack: number[] = [];
  for (let i = 0; i < runs; i++) {
    submit.push((await timed(() => move(unit, 'submit', KAPUS))).ms);
    giveBack.push((await timed(() => move(unit, 'return', VERIFIER, 'bench'))).ms);
  }
  const read: number[] = [];
  for (let i = 0; i < runs; i++)
    read.push(
      (await timed(() => yearWorkflow(repos, { unit, year: plan.year, editor: KAPUS, now: deps.clock() })))
        .ms,
    );
  const districtRead: number[] = [];
  for (let i = 0; i < runs; i++)
    districtRead.push((await timed(() => districtWorkflow(repos, { district, year: plan.year }))).ms);

  console.error('taking every year to final…');
  for (const u of units) {
    if ((await statusOf(u)) === 'draft') await move(u, 'submit', KAPUS);
    await move(u, 'verify', VERIFIER);
    await move(u, 'finalise', ADMIN);
  }
  const publish = await timed(() =>
    publishDistrict(deps, { district, year: plan.year, expectedYears: units.length, editor: ADMIN }),
  );
  const reopen = await timed(() => move(units[0]!, 'reopen', ADMIN, 'bench'));

  const ms = (s: { p50: number; p95: number }) => `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`;
  console.log(`${units.length} Puskesmas; ${runs} runs each`);
  console.log(`submit a year (status, audit, own and verified results re-scored): ${ms(summarize(submit))}`);
  console.log(`return a year to draft (the same): ${ms(summarize(giveBack))}`);
  console.log(`the status bar's read for the Kepala Puskesmas (with the gaps): ${ms(summarize(read))}`);
  console.log(`the district's statuses (GET /api/districts/…/workflow): ${ms(summarize(districtRead))}`);
  console.log(`publish the district (${units.length} years): ${publish.ms.toFixed(0)} ms`);
  console.log(
    `reopen a published year (withdraws the publication, ${units.length - 1} years back to final): ${reopen.ms.toFixed(0)} ms`,
  );
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
