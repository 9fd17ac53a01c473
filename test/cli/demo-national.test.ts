// `pkp demo --scale national` on PostgreSQL, cut to two provinces of one district each: the provinces
// and districts are created under the country, their years submitted and verified, with progress.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectedBackends } from '../db/backends.ts';
import { createTestDatabase, type TestDatabase } from '../db/postgres-databases.ts';
import { makeTempDir, removeDir, runPkp } from './helpers.ts';

describe.runIf(selectedBackends().includes('postgres'))('pkp demo --scale national', () => {
  let database: TestDatabase;
  let tmp: string;
  beforeAll(async () => {
    tmp = await makeTempDir('pkp-national-');
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    await removeDir(tmp);
  });

  it('creates each province and its districts with a verified year, saying how far it got and how long it took', async () => {
    const env = { DATABASE_URL: database.url };
    const demo = await runPkp(['demo', '--scale', 'national', '--provinces', '2', '--districts', '1'], {
      dataDir: join(tmp, 'demo'),
      env,
      timeoutMs: 240_000,
    });
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stderr).toContain('1/2  Kabupaten Aceh 01');
    expect(demo.stderr).toContain('2/2  Kabupaten Sumatera Utara 01');
    expect(demo.stderr).toMatch(/Nasional: \d+ Puskesmas dari 2 provinsi dibuat dalam [\d,]+ dtk\./);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ code: string; level: string; parent: string | null; n: number }>(`
        select u.code, u.level, p.code as parent,
               (select count(*)::int from org_units c where c.parent_id = u.id) as n
          from org_units u left join org_units p on p.id = u.parent_id
         where u.code in ('11', '12', '1101', '1201')
         order by u.code`);
      // Every province under the country's unit, which a ministry account is bound to.
      expect(rows.map((r) => [r.code, r.level, r.parent])).toEqual([
        ['11', 'province', 'ID'],
        ['1101', 'district', '11'],
        ['12', 'province', 'ID'],
        ['1201', 'district', '12'],
      ]);
      expect(rows.find((r) => r.code === '1101')!.n).toBeGreaterThanOrEqual(20);
    } finally {
      await db.end();
    }
    const recap = await runPkp(
      ['recap', '--district', '1201', '--year', '2023', '--stage', 'verified', '--json'],
      {
        dataDir: join(tmp, 'recap'),
        env,
      },
    );
    expect(recap.code, recap.stderr).toBe(0);
    const rows = (JSON.parse(recap.stdout) as { rows: { kelompok: string | null }[] }).rows;
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.every((r) => r.kelompok !== null)).toBe(true);
  });
});
