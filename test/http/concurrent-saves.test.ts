// Over HTTP, on PostgreSQL: the grid sends several cells at once and a paste sends hundreds. However
// they overlap, the stored result ends equal to a fresh scoring (what `pkp check` verifies), and the
// league table reads the fresh figure.
import { expect, it } from 'vitest';
import { checkResults } from '../../src/app/check-results.ts';
import { yearKeyOf } from '../../src/app/year-key.ts';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS } from './harness.ts';

describeHttp(
  'cell saves that overlap over HTTP',
  (t) => {
    it('leaves pkp check green after a pasted block of hundreds of cells saved at once', async () => {
      const pelaksana = await signIn(t.app, 'pelaksana.p3318001');
      const base = `/api/puskesmas/${UNITS.puskesmas[0]}/years/${TEST_YEAR}/entries`;
      const view = (await callJson<EntriesView>(t.app, pelaksana, 'GET', base)).body;
      const stored = new Map(view.values.map((v) => [`${v.indicatorCode}|${v.month}`, v]));
      const requests: { path: string; body: Record<string, number | string> }[] = [];
      for (const node of view.tree) {
        if (node.type !== 'indicator' || !node.applicable || node.fields.join() !== 'numerator') continue;
        for (const month of view.months) {
          const v = stored.get(`${node.code}|${month}`);
          requests.push({
            path: `${base}/${node.code}/${month}`,
            body: {
              numerator: (v?.numerator ?? 0) + (requests.length % 5) + 1,
              expectedVersion: v?.version ?? 0,
              // The demo's months are reported: each change of one is a correction, with its reason.
              reason: 'Rekap ulang register',
            },
          });
        }
      }
      const block = requests.slice(0, 240);
      expect(block.length).toBeGreaterThanOrEqual(200);
      const answers = await Promise.all(block.map((r) => callJson(t.app, pelaksana, 'PUT', r.path, r.body)));
      expect(answers.filter((a) => a.status !== 200).map((a) => a.body)).toEqual([]);

      const report = await checkResults(
        { repos: t.deps.repos, uow: t.deps.uow, clock: t.clock },
        { year: TEST_YEAR, districtCode: UNITS.district },
      );
      expect(report.differences).toEqual([]);
      // The last answer's headline is what is stored now.
      const assessment = (await t.deps.repos.findAssessment(UNITS.puskesmas[0], TEST_YEAR))!;
      const result = (await t.deps.repos.getResult(yearKeyOf(assessment), 'self'))!;
      const headlines = answers.map((a) => (a.body as { headline: { service: number } }).headline.service);
      expect(headlines).toContain(result.service);
    });
  },
  { postgresOnly: true },
);
