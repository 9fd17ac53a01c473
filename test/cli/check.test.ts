// `pkp check` end to end, on both back ends: green on a fresh demo (both districts); then, on the small
// demo, one line per difference after a stored result is made stale behind the app's back, `--repair`
// rewrites it, and then green again.
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/app/check-results.ts';
import { selectedBackends } from '../db/backends.ts';
import { createTestDatabase, type TestDatabase } from '../db/postgres-databases.ts';
import { makeTempDir, parseJson, removeDir, runPkp } from './helpers.ts';
import { describeCliOnSmallDemo } from './small-demo-cli.ts';

for (const kind of selectedBackends()) {
  describe(`pkp check [${kind}]`, () => {
    let tmp: string;
    let database: TestDatabase | undefined;
    const pkp = (...args: string[]) =>
      runPkp(args, {
        dataDir: join(tmp, 'data'),
        env: { DATABASE_URL: database?.url },
        timeoutMs: 110_000,
      });

    beforeAll(async () => {
      tmp = await makeTempDir('pkp-cli-check-');
      if (kind === 'postgres') database = await createTestDatabase();
      const demo = await pkp('demo');
      if (demo.code !== 0) throw new Error(`pkp demo exited ${demo.code}:\n${demo.stderr}`);
    });

    afterAll(async () => {
      await database?.drop();
      await removeDir(tmp);
    });

    it('finds every stored result of the demo equal to a fresh scoring: exit 0', async () => {
      const result = await pkp('check', '--year', '2023');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      // Pati: 29 Puskesmas' own results and the verified results of its 27 submitted years; Kudus: 6
      // own results and the verified results of its 5 submitted years.
      expect(result.stdout).toContain(
        '67 hasil tersimpan diperiksa (semua kabupaten/kota, tahun 2023): 0 perbedaan.',
      );
    });
  });
}

describeCliOnSmallDemo('pkp check, after a change behind the app', ({ pkp, pkpWithEnv, open }) => {
  /** Changes a stored figure directly in the database, as a lost update would have left it. */
  const tamper = async (statement: ReturnType<typeof sql>) => {
    const store = await open();
    try {
      await store.db.execute(statement);
    } finally {
      await store.close();
    }
  };

  it('lists a stale result field by field, at full precision: exit 1', async () => {
    await tamper(sql`
      update assessment_results set service = service + 0.000001, kelompok = 'I'
      where stage = 'self' and assessment_id = (
        select a.id from assessments a join org_units o on o.id = a.puskesmas_id
        where o.code = 'P3318003' and a.year = 2023)`);
    const result = await pkp('check', '--year', '2023', '--district', '3318', '--json');
    expect(result.code).toBe(1);
    const report = parseJson<CheckReport>(result);
    expect(report.checked).toBe(4);
    const fields = report.differences.map((d) => `${d.puskesmas.code} ${d.stage} ${d.field}`);
    expect(fields).toContain('P3318003 self service');
    const service = report.differences.find((d) => d.field === 'service')!;
    expect(Number(service.stored) - Number(service.recomputed)).toBeCloseTo(0.000001, 9);
    // Its Kelompok was I only if the fresh scoring says so too.
    const kelompok = report.differences.find((d) => d.field === 'kelompok');
    if (kelompok) expect(kelompok).toMatchObject({ stored: 'I' });

    const text = await pkp('check', '--year', '2023');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/P3318003\s+\S.*\s+self\s+service\s+\d+\.\d{6,}\s+\d+\.\d+/);
  });

  it('repairs the stale results in a transaction each and says how many; check is green after', async () => {
    const repaired = await pkp('check', '--year', '2023', '--repair');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toContain('1 hasil diperbaiki');
    const again = await pkp('check', '--year', '2023', '--district', '3318');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 perbedaan');
  });

  it('reports a result it cannot read as a difference, and a district it does not know as an error', async () => {
    await tamper(sql`
      update assessment_results set detail = '{"version": 99}'::jsonb
      where assessment_id = (select min(assessment_id) from assessment_results)`);
    const result = await pkp('check', '--year', '2023', '--json');
    expect(result.code).toBe(1);
    expect(parseJson<CheckReport>(result).differences).toMatchObject([{ field: 'result', stored: null }]);
    expect((await pkp('check', '--year', '2023', '--repair')).code).toBe(0);
    expect((await pkp('check', '--year', '2023')).code).toBe(0);

    const unknown = await pkp('check', '--year', '2023', '--district', '9999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('9999');
    const english = await pkpWithEnv({ PKP_LANG: 'en' }, 'check', '--year', '2023', '--district', '9999');
    expect(english.stderr).toMatch(/district.*9999/i);
  });
});
