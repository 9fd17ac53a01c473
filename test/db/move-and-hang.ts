// Run as a separate Node process by the workflow crash tests: makes one move of a Puskesmas-year (or
// publishes a district-year) on PostgreSQL and stops dead inside its transaction at the point named,
// reporting one line of JSON, until it is killed (or its standard input closes):
//   after-status  the status is written, the results not yet re-scored;
//   before-commit everything is written, the transaction not yet committed;
//   after-commit  the move is committed (the process then waits to be killed all the same).
//
//   move-and-hang.ts DATABASE_URL PUSKESMAS|DISTRICT YEAR MOVE EXPECTED_STATUS ROLE POINT [REASON]
import { publishDistrict } from '../../src/app/publication.service.ts';
import type { Repositories, UnitOfWork } from '../../src/app/ports.ts';
import { moveYear } from '../../src/app/workflow.service.ts';
import { storeRepositories, unitOfWork } from '../../src/data/adapters/repositories.ts';
import { openDb } from '../../src/data/db.ts';
import type { Role } from '../../src/domain/access/roles.ts';
import type { AssessmentStatus } from '../../src/domain/assessment/status.ts';
import type { Move } from '../../src/domain/assessment/workflow.ts';

const [databaseUrl, code, yearArg, move, expected, role, point, reason] = process.argv.slice(2);
if (!databaseUrl || !code || !yearArg || !move || !expected || !role || !point)
  throw new Error('usage: move-and-hang.ts DATABASE_URL CODE YEAR MOVE EXPECTED_STATUS ROLE POINT [REASON]');
const year = Number(yearArg);

process.stdin.resume();
process.stdin.once('end', () => process.exit(1));

/** Says where it stopped, then never goes on. */
async function hang(at: string): Promise<never> {
  console.log(JSON.stringify({ hanging: at, pid: process.pid }));
  return new Promise<never>(() => {});
}

const store = await openDb({ databaseUrl });
const base = unitOfWork(store);
const stopping: UnitOfWork = (work) =>
  base(async (repos) => {
    const watched: Repositories = {
      ...repos,
      async moveStatus(change) {
        await repos.moveStatus(change);
        if (point === 'after-status') await hang(point);
      },
    };
    const result = await work(watched);
    if (point === 'before-commit') await hang(point);
    return result;
  });

const deps = { uow: stopping, clock: () => new Date('2024-01-10T02:00:00Z') };
const editor = { username: `proses.${process.pid}`, role: role as Role };
const unit = (await storeRepositories(store).findOrgUnit(code))!;
if (move === 'publish')
  await publishDistrict(deps, { district: unit, year, expectedYears: Number(expected), editor });
else
  await moveYear(deps, {
    unit,
    year,
    move: move as Move,
    expectedStatus: expected as AssessmentStatus,
    reason: reason ?? null,
    editor,
  });
await hang('after-commit');
