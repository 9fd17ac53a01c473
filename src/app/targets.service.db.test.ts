import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { addPuskesmas, DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { saveProfile, emptyProfile } from './profile.service.ts';
import { listTargets, saveTarget } from './targets.service.ts';
import { explainResult } from './explained-result.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2023-01-10T02:00:00Z');
const KAPUS = { username: 'kapus', role: 'kepala_puskesmas' } as const;
const ADMIN = { username: 'admin.dinkes', role: 'admin_dinkes' } as const;

describeOnBackends('targets of a Puskesmas-year', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('lists every indicator of the year’s catalog with its default, its override and whether it applies', async () => {
    const unit = demo.units.find((u) => !u.rawatInap) ?? demo.units[0]!;
    const view = await listTargets(demo.repos, unit, DEMO_YEAR);
    const catalogCodes = listIndicators((await demo.repos.loadDistrictCatalog('3318', DEMO_YEAR))!).map(
      (p) => p.indicator.code,
    );
    expect(view.rows.map((r) => r.code)).toEqual(catalogCodes);
    const k1 = view.rows.find((r) => r.code === 'SPM.01')!;
    expect(k1).toMatchObject({
      defaultTarget: { value: 100 },
      target: null,
      effectiveTarget: 100,
      applicable: true,
      profileKey: 'ibuHamil',
    });
    expect(k1.sasaran).toBeGreaterThan(0);
    expect(k1.version).toBe(1);
    const inpatient = view.rows.find((r) => r.appliesTo === 'rawat-inap')!;
    if (!unit.rawatInap)
      expect(inpatient).toMatchObject({ applicable: false, reason: 'Puskesmas non rawat inap' });
    expect(view.services.map((s) => s.code)).toEqual(['UKMP.A', 'UKMP.B', 'UKMP.C', 'UKMP.D']);
  });

  it('sets a Puskesmas target: audited, versioned, and the stored result moves in the same transaction', async () => {
    const unit = demo.units[0]!;
    const before = (await demo.repos.getResult(
      yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!),
      'self',
    ))!;
    const saved = await saveTarget(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: { expectedVersion: 1, targetSasaran: 100_000, reason: 'sasaran absolut dari Dinkes' },
      editor: ADMIN,
    });
    expect(saved.row).toMatchObject({
      code: 'SPM.01',
      targetSasaran: 100_000,
      version: 2,
      updatedBy: 'admin.dinkes',
    });
    // An absurdly high absolute target drops SPM.01's score, and with it the service figure.
    expect(saved.headline.service!).toBeLessThan(before.service!);
    const stored = (await demo.repos.getResult(before, 'self'))!;
    expect(stored.service).toBe(saved.headline.service);
    const audit = await listAudit(backend.db, {
      entity: 'target',
      assessmentId: before.assessmentId,
      entityKey: { indicatorCode: 'SPM.01', stage: 'self' },
    });
    expect(audit.at(-1)).toMatchObject({
      actor: 'admin.dinkes',
      reason: 'sasaran absolut dari Dinkes',
      newValue: { targetSasaran: 100_000, version: 2 },
    });
  });

  it('refuses a stale version and leaves the stored row as it was', async () => {
    const unit = demo.units[0]!;
    const write = saveTarget(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: { expectedVersion: 1, target: 10 },
      editor: { username: 'other', role: 'admin_dinkes' },
    });
    await expect(write).rejects.toMatchObject({ code: 'STALE_VALUE', status: 409 });
    const row = (await listTargets(demo.repos, unit, DEMO_YEAR)).rows.find((r) => r.code === 'SPM.01')!;
    expect(row).toMatchObject({ version: 2, target: null, targetSasaran: 100_000 });
  });

  it('opens the year of a Puskesmas that has nothing yet, and takes a sasaran from its profile', async () => {
    const unit = await addPuskesmas(backend.store);
    const fresh = await listTargets(demo.repos, unit, DEMO_YEAR);
    expect(fresh.status).toBeNull();
    expect(fresh.rows.every((r) => r.version === 0)).toBe(true);

    const missing = saveTarget(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: { expectedVersion: 0, fromProfile: 'ibuHamil' },
      editor: KAPUS,
    });
    await expect(missing).rejects.toMatchObject({
      code: 'PROFILE_SASARAN_MISSING',
      params: { label: 'Ibu hamil' },
    });

    const profile = emptyProfile();
    profile.targetPopulations.ibuHamil = 812;
    await saveProfile(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      body: { rawatInap: false, profile, expectedVersion: 0 },
      editor: KAPUS,
    });
    const saved = await saveTarget(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: { expectedVersion: 0, fromProfile: 'ibuHamil' },
      editor: KAPUS,
    });
    expect(saved.row).toMatchObject({ sasaran: 812, version: 1 });
    expect((await listTargets(demo.repos, unit, DEMO_YEAR)).status).toBe('draft');
  });

  it('marks an indicator not applicable only with a reason, and excludes it from the score', async () => {
    const unit = await addPuskesmas(backend.store);
    const body = { expectedVersion: 0, applicable: false };
    const input = { unit, year: DEMO_YEAR, indicatorCode: 'SPM.12', editor: KAPUS };
    await expect(saveTarget(demo.uow, clock, { ...input, body })).rejects.toMatchObject({
      code: 'INDICATOR_FIELD_INVALID',
      params: { field: 'notApplicableReason', code: 'SPM.12' },
    });
    const saved = await saveTarget(demo.uow, clock, {
      ...input,
      body: { ...body, notApplicableReason: 'Tidak ada layanan HIV di wilayah kerja' },
    });
    expect(saved.row).toMatchObject({
      applicable: false,
      markedNotApplicable: true,
      reason: 'Tidak ada layanan HIV di wilayah kerja',
    });
    const stored = (await demo.repos.getResult(
      yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!),
      'self',
    ))!;
    const spm12 = (await explainResult(demo.repos, stored)).nodes['SPM.12']!;
    expect(spm12.explanation.excluded).toBe('not-applicable');
    // Marking it applicable again drops the reason.
    const back = await saveTarget(demo.uow, clock, {
      ...input,
      body: { expectedVersion: 1, applicable: true },
    });
    expect(back.row).toMatchObject({ applicable: true, notApplicableReason: null });
  });

  it('chooses one key indicator per UKM Pengembangan service (criterion 2.7.1)', async () => {
    const unit = await addPuskesmas(backend.store);
    const input = { unit, year: DEMO_YEAR, editor: KAPUS };
    const first = await saveTarget(demo.uow, clock, {
      ...input,
      indicatorCode: 'UKMP.A.1',
      body: { expectedVersion: 0, chosen: true },
    });
    expect(first.row).toMatchObject({ chosen: true, applicable: true });
    await expect(
      saveTarget(demo.uow, clock, {
        ...input,
        indicatorCode: 'UKMP.A.2',
        body: { expectedVersion: 0, chosen: true },
      }),
    ).rejects.toMatchObject({ code: 'UKMP_KEY_TAKEN', status: 409, params: { other: 'UKMP.A.1' } });
    // Another service is free.
    await saveTarget(demo.uow, clock, {
      ...input,
      indicatorCode: 'UKMP.B.1',
      body: { expectedVersion: 0, chosen: true },
    });
    const view = await listTargets(demo.repos, unit, DEMO_YEAR);
    expect(view.services.map((s) => s.chosen)).toEqual(['UKMP.A.1', 'UKMP.B.1', null, null]);
    await expect(
      saveTarget(demo.uow, clock, {
        ...input,
        indicatorCode: 'SPM.01',
        body: { expectedVersion: 0, chosen: true },
      }),
    ).rejects.toMatchObject({ code: 'INDICATOR_FIELD_INVALID', params: { field: 'chosen' } });
  });

  it('refuses changes to a locked year and to an indicator the catalog does not have', async () => {
    const unit = demo.units[2]!;
    await expect(
      saveTarget(demo.uow, clock, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'NOPE',
        body: { expectedVersion: 0 },
        editor: ADMIN,
      }),
    ).rejects.toMatchObject({ code: 'INDICATOR_NOT_FOUND', status: 404 });
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    await setAssessmentStatus(backend.db, { assessmentId: assessment.id, status: 'final', actor: 'admin' });
    await expect(
      saveTarget(demo.uow, clock, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: { expectedVersion: 1, target: 90 },
        editor: ADMIN,
      }),
    ).rejects.toMatchObject({ code: 'PERIOD_LOCKED', status: 409 });
    expect((await listTargets(demo.repos, unit, DEMO_YEAR)).locked).toBe(true);
  });

  it('leaves the target values to Dinkes: a Puskesmas keeps sasaran, applicability and its choice', async () => {
    const unit = await addPuskesmas(backend.store);
    const input = { unit, year: DEMO_YEAR, indicatorCode: 'SPM.01' };
    await expect(
      saveTarget(demo.uow, clock, { ...input, body: { expectedVersion: 0, target: 10 }, editor: KAPUS }),
    ).rejects.toMatchObject({ code: 'TARGET_DINKES_ONLY', status: 403, params: { code: 'SPM.01' } });
    await expect(
      saveTarget(demo.uow, clock, {
        ...input,
        body: { expectedVersion: 0, targetSasaran: 1 },
        editor: KAPUS,
      }),
    ).rejects.toMatchObject({ code: 'TARGET_DINKES_ONLY' });
    // Nothing was written, not even the year.
    expect((await listTargets(demo.repos, unit, DEMO_YEAR)).status).toBeNull();

    const set = await saveTarget(demo.uow, clock, {
      ...input,
      body: { expectedVersion: 0, target: 95 },
      editor: ADMIN,
    });
    expect(set.row).toMatchObject({ target: 95, version: 1 });
    // The Puskesmas sets its sasaran; sending the stored target back unchanged is not a change of it.
    const sasaran = await saveTarget(demo.uow, clock, {
      ...input,
      body: { expectedVersion: 1, target: 95, sasaran: 640 },
      editor: KAPUS,
    });
    expect(sasaran.row).toMatchObject({ target: 95, sasaran: 640, version: 2 });
  });

  it('refuses a target of 0 where higher is better, and keeps it where 0 is the decree’s own lower target', async () => {
    const unit = await addPuskesmas(backend.store);
    const input = { unit, year: DEMO_YEAR, editor: ADMIN };
    for (const [field, body] of [
      ['target', { expectedVersion: 0, target: 0 }],
      ['targetSasaran', { expectedVersion: 0, targetSasaran: 0 }],
    ] as const) {
      await expect(
        saveTarget(demo.uow, clock, { ...input, indicatorCode: 'SPM.01', body }),
      ).rejects.toMatchObject({ code: 'INDICATOR_FIELD_INVALID', params: { field, code: 'SPM.01' } });
    }
    // Angka kematian malaria (lower is better): 0 means none.
    const saved = await saveTarget(demo.uow, clock, {
      ...input,
      indicatorCode: 'UKM.E2.3',
      body: { expectedVersion: 0, target: 0 },
    });
    expect(saved.row).toMatchObject({ target: 0 });
  });

  it('lets no Puskesmas role change a submitted year, while Dinkes still can', async () => {
    const unit = demo.units[2]!;
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    await setAssessmentStatus(backend.db, {
      assessmentId: assessment.id,
      status: 'submitted',
      actor: 'kapus',
    });
    const row = (await listTargets(demo.repos, unit, DEMO_YEAR)).rows.find((r) => r.code === 'SPM.02')!;
    for (const role of ['kepala_puskesmas', 'koordinator', 'pelaksana'] as const) {
      await expect(
        saveTarget(demo.uow, clock, {
          unit,
          year: DEMO_YEAR,
          indicatorCode: 'SPM.02',
          body: { expectedVersion: row.version, sasaran: (row.sasaran ?? 0) + 1 },
          editor: { username: role, role },
        }),
      ).rejects.toMatchObject({ code: 'YEAR_SUBMITTED', status: 409 });
    }
    const saved = await saveTarget(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.02',
      body: { expectedVersion: row.version, target: 98 },
      editor: ADMIN,
    });
    expect(saved.row).toMatchObject({ target: 98 });
  });
});
