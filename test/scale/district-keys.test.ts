// Every statement the app sends that reads or writes a large table (targets, monthly values, rubric
// scores, results, the audit trail) names the district it is about (docs/scale.md, "Past one database"): a distributed
// PostgreSQL keyed by district can then send it to one district's node. The statements are taken
// where they leave for the server (pg's Client#query; the SQL is the same on PGlite) while the app
// serves every GET route of the API and the writes of a year's cycle: entries, targets, rubric items,
// submission, corrections and their withdrawal, a district recompute and `pkp check`.
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { checkResults } from '../../src/app/check-results.ts';
import { rescoreDistrictYear } from '../../src/app/recompute.ts';
import { NATIONAL_UNIT_CODE, type OrgUnitLevel } from '../../src/domain/access/roles.ts';
import { routeTable } from '../../src/http/route.ts';
import { unitOfWork } from '../../src/data/adapters/repositories.ts';
import { getOrgUnitByCode } from '../../src/data/repositories/org-units.repository.ts';
import {
  call,
  callJson,
  describeHttp,
  PARAM_VALUES,
  signIn,
  TEST_YEAR,
  UNITS,
  userIdOf,
  type TestSession,
} from '../http/harness.ts';

/** The tables keyed by district first, and how a statement names one of them. */
const LARGE_TABLES = ['targets', 'monthly_values', 'rubric_scores', 'assessment_results', 'audit_log'];
const TABLE_USE = new RegExp(
  String.raw`\b(?:from|join|into|update|copy)\s+(?:"public"\.)?"?(${LARGE_TABLES.join('|')})"?(?=[\s(,]|$)`,
  'gi',
);

/** The large tables a statement reads or writes, once per use. */
function largeTablesOf(statement: string): string[] {
  return [...statement.matchAll(TABLE_USE)].map((m) => m[1]!.toLowerCase());
}

/**
 * Whether a statement names a district for each use of a large table: a condition or join on
 * `district_id`, or the column among those it inserts. Counted, so that a join of two large tables
 * needs the district on both.
 */
function namesItsDistrict(statement: string): boolean {
  const uses = largeTablesOf(statement).length;
  const districts = (statement.match(/\bdistrict_id"?\s*(?:=|in\b|,|\))/gi) ?? []).length;
  return districts >= uses;
}

it('reads the uses of the large tables in a statement, and whether each names its district', () => {
  const select =
    'select "indicator_code" from "monthly_values" where ("monthly_values"."district_id" = $1 and "monthly_values"."assessment_id" = $2)';
  expect(largeTablesOf(select)).toEqual(['monthly_values']);
  expect(namesItsDistrict(select)).toBe(true);
  const unkeyed = 'select * from monthly_values where assessment_id = $1 and stage = $2';
  expect(namesItsDistrict(unkeyed)).toBe(false);
  const insert =
    'insert into "targets" ("district_id", "assessment_id", "stage") values ($1, $2, $3) on conflict do nothing';
  expect(namesItsDistrict(insert)).toBe(true);
  const halfJoined =
    'select 1 from "targets" left join "monthly_values" on "monthly_values"."assessment_id" = "targets"."assessment_id" where "targets"."district_id" = $1';
  expect(largeTablesOf(halfJoined)).toEqual(['targets', 'monthly_values']);
  expect(namesItsDistrict(halfJoined)).toBe(false);
  // A table of another name that only begins like one of them is not one of them.
  expect(largeTablesOf('select * from "targets_archive"')).toEqual([]);
  expect(largeTablesOf('select * from "org_units"')).toEqual([]);
});

/** The unit each kind of route is called on: the demo district's, its first Puskesmas, its province, the country. */
const UNIT_OF_LEVEL: Record<OrgUnitLevel, string> = {
  national: NATIONAL_UNIT_CODE,
  province: UNITS.province,
  district: UNITS.district,
  puskesmas: UNITS.puskesmas[0],
};

describeHttp(
  'the statements on the large tables',
  (t) => {
    const sent: string[] = [];
    const query = pg.Client.prototype.query;

    beforeAll(() => {
      // Only this file's app runs in this process while the test runs: what the spy sees is the app's.
      pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const first = args[0] as string | { text?: string } | undefined;
        const text = typeof first === 'string' ? first : first?.text;
        if (text) sent.push(text);
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof query;
    });
    afterAll(() => {
      pg.Client.prototype.query = query;
    });

    it('name the district they are about, through every read of the API and a year’s writes', async () => {
      const as = async (username: string) => signIn(t.app, username);
      const admin = await as('admin.3318');
      const pelaksana = await as('pelaksana.p3318001');
      const kapus = await as('kapus.p3318001');
      const verifier = await as('verifikator.3318');
      const province = await as('admin.33');
      const ministry = await as('viewer.id');
      const userId = await userIdOf(t.store, 'pelaksana.p3318002');
      sent.length = 0;

      // Every GET route, by whoever reaches its unit (a refusal or a 404 is fine: it sends what it sends).
      const sessionOf: Record<OrgUnitLevel, TestSession[]> = {
        national: [ministry],
        province: [province],
        district: [admin, verifier],
        puskesmas: [admin, pelaksana, verifier],
      };
      let answered = 0;
      for (const route of routeTable()) {
        if (route.method !== 'GET' || !route.path.startsWith('/api/')) continue;
        // The report's file is laid out (seconds of CPU) from what …/report/document reads, called here.
        if (route.path.endsWith('/report')) continue;
        const access = route.access;
        const unit = 'permission' in access ? access.unit : undefined;
        const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
          if (unit && name === unit.param) return UNIT_OF_LEVEL[unit.level];
          const value = PARAM_VALUES[name];
          if (!value) throw new Error(`no value for {${name}} of ${route.path}`);
          return value({ userId });
        });
        for (const session of unit ? sessionOf[unit.level] : [admin]) {
          const res = await call(t.app, session, 'GET', path);
          await res.arrayBuffer();
          if (res.status !== 200) continue;
          answered++;
          break;
        }
      }
      expect(answered).toBeGreaterThan(40);

      // A year's writes.
      const year = `/api/puskesmas/${UNITS.puskesmas[0]}/years/${TEST_YEAR}`;
      const entries = await callJson<{ values: { indicatorCode: string; month: string; version: number }[] }>(
        t.app,
        pelaksana,
        'GET',
        `${year}/entries`,
      );
      const versionOf = (code: string, month: string) =>
        entries.body.values.find((v) => v.indicatorCode === code && v.month === month)?.version ?? 0;
      const saved = await callJson(t.app, pelaksana, 'PUT', `${year}/entries/SPM.01/${TEST_YEAR}-03`, {
        numerator: 7,
        expectedVersion: versionOf('SPM.01', `${TEST_YEAR}-03`),
        reason: 'Kohort ibu dihitung ulang',
      });
      expect(saved.status).toBe(200);
      const targets = await callJson<{ rows: { code: string; version: number }[] }>(
        t.app,
        admin,
        'GET',
        `${year}/targets`,
      );
      const targetVersion = targets.body.rows.find((r) => r.code === 'SPM.03')?.version ?? 0;
      expect(
        (
          await callJson(t.app, admin, 'PUT', `${year}/targets/SPM.03`, {
            expectedVersion: targetVersion,
            target: 99,
          })
        ).status,
      ).toBe(200);
      const rubric = await callJson<{
        groups: { items: { code: string; level: number | null; version: number }[] }[];
      }>(t.app, kapus, 'GET', `${year}/rubric`);
      const item = rubric.body.groups.flatMap((g) => g.items).find((i) => i.code === 'MAN.A2.1')!;
      expect(
        (
          await callJson(t.app, kapus, 'PUT', `${year}/rubric/MAN.A2.1`, {
            level: item.level === 10 ? 0 : 10,
            expectedVersion: item.version,
          })
        ).status,
      ).toBe(200);
      expect(
        (await callJson(t.app, kapus, 'POST', `${year}/workflow/submit`, { expectedStatus: 'draft' })).status,
      ).toBe(200);
      const correction = await callJson(t.app, verifier, 'PUT', `${year}/corrections/SPM.01`, {
        kind: 'value',
        month: `${TEST_YEAR}-02`,
        numerator: 0,
        reason: 'Kohort ibu Februari kosong',
        expectedVersion: 0,
      });
      expect(correction.status).toBe(200);
      expect(
        (
          await callJson(t.app, verifier, 'POST', `${year}/corrections/SPM.01/withdraw`, {
            kind: 'value',
            month: `${TEST_YEAR}-02`,
            reason: 'Kohort ditemukan',
            expectedVersion: 1,
          })
        ).status,
      ).toBe(200);

      // A district recompute and `pkp check`.
      const district = (await getOrgUnitByCode(t.store.db, UNITS.district))!;
      await unitOfWork(t.store)((tx) => rescoreDistrictYear(tx, district.id, TEST_YEAR));
      const checked = await checkResults(
        { repos: t.deps.repos, uow: unitOfWork(t.store), clock: t.clock },
        { year: TEST_YEAR, districtCode: UNITS.district },
      );
      expect(checked.differences).toEqual([]);

      const onLargeTables = sent.filter((s) => largeTablesOf(s).length > 0);
      expect(onLargeTables.length).toBeGreaterThan(50);
      expect(new Set(onLargeTables.flatMap(largeTablesOf))).toEqual(new Set(LARGE_TABLES));
      expect([...new Set(onLargeTables.filter((s) => !namesItsDistrict(s)))]).toEqual([]);
    });
  },
  { postgresOnly: true },
);
