import { expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { loadDemoPlan } from '../data/adapters/demo-loader.ts';
import { createRepositories, unitOfWork } from '../data/adapters/repositories.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { BUILT_IN_CATALOGS } from '../domain/catalog/builtin.ts';
import { AppError } from '../shared/errors.ts';
import { planDemoDistrict } from './demo/plan.ts';
import { saveMonthlyValue } from './monthly-entry.ts';
import { districtRecap } from './recap.ts';
import { rescoreDistrictYear } from './recompute.ts';
import { yearKeyOf } from './year-key.ts';

const catalog = BUILT_IN_CATALOGS.get(2023)!;
/** A small demo district: three Puskesmas are enough to exercise the whole path. */
const plan = (() => {
  const full = planDemoDistrict(catalog);
  return { ...full, puskesmas: full.puskesmas.slice(0, 3) };
})();

describeOnBackends(
  'saving a monthly value refreshes the stored result in the same transaction',
  (backend) => {
    it('stores the demo year with a result per Puskesmas, and a recap ranks them', async () => {
      const loaded = await loadDemoPlan(backend.store, plan, {
        afterDistrict: rescoreDistrictYear,
      });
      expect(loaded.created).toBe(true);
      const recap = await districtRecap(createRepositories(backend.db), '3318', 2023);
      expect(recap.rows).toHaveLength(3);
      for (const row of recap.rows) {
        expect(row.service).toBeGreaterThan(0);
        expect(row.kelompok).not.toBeNull();
        expect(row.rank).toBeGreaterThanOrEqual(1);
      }
      const again = await loadDemoPlan(backend.store, plan);
      expect(again).toEqual({ created: false, assessmentIds: loaded.assessmentIds });
    });

    it('changes the service score when a value changes, keeps the audit trail, and refuses a stale write', async () => {
      const repos = createRepositories(backend.db);
      const assessment = (await repos.findAssessment(plan.puskesmas[0]!.puskesmas.code, 2023))!;
      const before = (await repos.getResult(yearKeyOf(assessment), 'self'))!;
      const key = {
        ...yearKeyOf(assessment),
        indicatorCode: 'SPM.01',
        month: '2023-03',
        stage: 'self' as const,
      };

      // The demo's March count for K1-type SPM.01 goes to 0: service can only go down.
      const saved = await saveMonthlyValue(unitOfWork(backend.store), {
        ...key,
        numerator: 0,
        expectedVersion: 1,
        actor: 'tester',
        reason: 'koreksi',
      });
      expect(saved.version).toBe(2);
      const after = (await repos.getResult(yearKeyOf(assessment), 'self'))!;
      expect(after.service).toBe(saved.result.service);
      expect(after.service!).toBeLessThan(before.service!);
      expect(after.computedAt.getTime()).toBeGreaterThanOrEqual(before.computedAt.getTime());

      const audit = await listAudit(backend.db, { entity: 'monthly_value', assessmentId: assessment.id });
      expect(audit.at(-1)).toMatchObject({ actor: 'tester', reason: 'koreksi', newValue: { numerator: 0 } });

      const stale = saveMonthlyValue(unitOfWork(backend.store), {
        ...key,
        numerator: 5,
        expectedVersion: 1,
        actor: 'other',
      });
      await expect(stale).rejects.toMatchObject({ code: 'STALE_VALUE', status: 409 });
      expect((await repos.getResult(yearKeyOf(assessment), 'self'))!.service).toBe(after.service);
    });

    it('rejects a negative count before writing anything', async () => {
      const repos = createRepositories(backend.db);
      const assessment = (await repos.findAssessment(plan.puskesmas[1]!.puskesmas.code, 2023))!;
      const write = saveMonthlyValue(unitOfWork(backend.store), {
        ...yearKeyOf(assessment),
        indicatorCode: 'SPM.02',
        month: '2023-04',
        stage: 'self',
        numerator: -3,
        expectedVersion: 1,
        actor: 'tester',
      });
      await expect(write).rejects.toBeInstanceOf(AppError);
      await expect(write).rejects.toMatchObject({ code: 'VALUE_INVALID', params: { field: 'numerator' } });
    });
  },
);
