// Run with `node --import tsx` over a data directory the server is not using yet: takes every
// Puskesmas-year of the demo district to final, as its Kepala Puskesmas, a verifier and the admin
// would — all but those named — so that a browser test can walk the last ones through the cycle.
//
//   finalise-years.ts DATA_DIR YEAR [EXCEPT_CODE …]
import { moveYear } from '../../src/app/workflow.service.ts';
import type { Editor } from '../../src/app/year-write.ts';
import { storeRepositories, unitOfWork } from '../../src/data/adapters/repositories.ts';
import { openDb } from '../../src/data/db.ts';

const [dataDir, yearArg, ...except] = process.argv.slice(2);
if (!dataDir || !yearArg) throw new Error('usage: finalise-years.ts DATA_DIR YEAR [EXCEPT_CODE …]');
const year = Number(yearArg);

const store = await openDb({ dataDir });
try {
  const repos = storeRepositories(store);
  const deps = { uow: unitOfWork(store), clock: () => new Date() };
  const district = (await repos.findOrgUnit('3318'))!;
  const steps: [move: 'submit' | 'verify' | 'finalise', editor: Editor][] = [
    ['submit', { username: 'kapus.demo', role: 'kepala_puskesmas' }],
    ['verify', { username: 'verifikator.3318', role: 'verifikator' }],
    ['finalise', { username: 'admin.3318', role: 'admin_dinkes' }],
  ];
  for (const { code } of await repos.listPuskesmas(district.id)) {
    if (except.includes(code)) continue;
    const unit = (await repos.findOrgUnit(code))!;
    for (const [move, editor] of steps) {
      const { status } = (await repos.findAssessment(code, year))!;
      if (move === 'submit' && status !== 'draft') continue;
      await moveYear(deps, { unit, year, move, expectedStatus: status, editor });
    }
  }
} finally {
  await store.close();
}
