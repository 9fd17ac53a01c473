// Run as a separate Node process by the verification race tests: one verification write on
// PostgreSQL, from another app process with its own queue, so that only the database's row lock
// orders it against the test's own. Prints {"ready":…} once connected, makes its write when it reads a
// line on stdin, then prints {"outcome":…}.
//
//   verify-in-another-process.ts DATABASE_URL PUSKESMAS YEAR ACTION JSON
//   ACTION: correct (JSON: the correction body) | answer (JSON: { id, answer }) | entry (JSON: the cell)
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { saveCorrection } from '../../src/app/corrections.service.ts';
import { saveEntry } from '../../src/app/entries.service.ts';
import { scoreInputs } from '../../src/app/refresh-result.ts';
import { answerReturn } from '../../src/app/returns.service.ts';
import { yearKeyOf } from '../../src/app/year-key.ts';
import { storeRepositories, unitOfWork } from '../../src/data/adapters/repositories.ts';
import { openDb } from '../../src/data/db.ts';
import { AppError } from '../../src/shared/errors.ts';

const [databaseUrl, code, yearArg, action, json] = process.argv.slice(2);
if (!databaseUrl || !code || !yearArg || !action || !json)
  throw new Error('usage: verify-in-another-process.ts DATABASE_URL PUSKESMAS YEAR ACTION JSON');
const year = Number(yearArg);
const input = JSON.parse(json) as Record<string, unknown>;

const store = await openDb({ databaseUrl });
const repos = storeRepositories(store);
const deps = { uow: unitOfWork(store), repos, clock: () => new Date(Date.now() + 60 * 60_000) };
const unit = (await repos.findOrgUnit(code))!;
// The year read and scored once before "ready": loading the catalog and the scoring code is then
// behind this process, which under a busy CI took long enough to miss the test's meeting at the lock.
const assessment = (await repos.findAssessment(code, year))!;
scoreInputs(await repos.loadScoringInputs(yearKeyOf(assessment), 'verified'));
const where = (await store.db.execute(sql`select current_database() as database`)) as unknown as {
  rows: { database: string }[];
};
console.log(
  JSON.stringify({ ready: process.pid, database: where.rows[0]?.database, assessment: assessment.id }),
);
// The write waits for a line on stdin: the test takes the year's lock first, then lets it go (a write
// sent at "ready" could finish before the test held the lock, leaving no race to see: it did on CI).
await new Promise<void>((resolve) => {
  const lines = createInterface({ input: process.stdin });
  lines.once('line', () => {
    lines.close();
    resolve();
  });
});

let outcome: unknown;
try {
  if (action === 'correct')
    outcome = await saveCorrection(deps, {
      unit,
      year,
      indicatorCode: String(input.indicatorCode),
      body: input.body as never,
      editor: { username: 'verifikator.proses-lain', role: 'verifikator' },
    });
  else if (action === 'answer')
    outcome = await answerReturn(deps, {
      unit,
      year,
      id: Number(input.id),
      body: { answer: String(input.answer) },
      editor: { username: 'pelaksana.proses-lain', role: 'pelaksana' },
    });
  else
    outcome = await saveEntry(deps, {
      unit,
      year,
      indicatorCode: String(input.indicatorCode),
      month: String(input.month),
      body: input.body as never,
      editor: { username: 'pelaksana.proses-lain', role: 'pelaksana' },
    });
  console.log(JSON.stringify({ outcome: 'ok', detail: outcome }));
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.log(JSON.stringify({ outcome: 'refused', code: error.code, status: error.status }));
}
await store.close();
process.exit(0);
