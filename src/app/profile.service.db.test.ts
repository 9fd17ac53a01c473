import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { addPuskesmas, DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { emptyProfile, getProfile, readProfile, saveProfile } from './profile.service.ts';
import { saveTarget } from './targets.service.ts';
import { explainResult } from './explained-result.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2023-01-20T03:00:00Z');
const KAPUS = { username: 'kapus', role: 'kepala_puskesmas' } as const;

it('reads a stored document part by part, falling back where a part does not parse', () => {
  const read = readProfile({
    address: 'Jl. Kolonel Sunandar 1',
    areaKm2: 'luas',
    staff: { bidan: 12, dokter: -1 },
    extra: true,
  });
  expect(read).toMatchObject({ address: 'Jl. Kolonel Sunandar 1', areaKm2: null, villages: [] });
  // One number out of its bounds empties that number only.
  expect(read.staff).toMatchObject({ bidan: 12, dokter: 0 });
  expect(readProfile({ staff: { bidan: 12 } }).staff.bidan).toBe(12);
  expect(readProfile(null)).toEqual(emptyProfile());
});

describeOnBackends('the Puskesmas profile', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('reads an empty profile (version 0) for a year nobody has written', async () => {
    const unit = await addPuskesmas(backend.store);
    const view = await getProfile(demo.repos, unit, DEMO_YEAR);
    expect(view).toMatchObject({
      version: 0,
      population: 0,
      updatedBy: null,
      status: null,
      profile: emptyProfile(),
    });
  });

  it('saves the document with an audit entry, and refuses a stale version', async () => {
    const unit = await addPuskesmas(backend.store);
    const profile = {
      ...emptyProfile(),
      address: 'Jl. Raya Pati–Juwana km 5',
      areaKm2: 42.5,
      villages: [
        { name: 'Sidomukti', population: 4210 },
        { name: 'Tlogoharum', population: 3875 },
      ],
      facilities: [{ name: 'Ambulans', count: 1, condition: 'baik' as const }],
    };
    profile.staff.bidan = 14;
    const input = { unit, year: DEMO_YEAR, editor: KAPUS };
    const saved = await saveProfile(demo.uow, clock, {
      ...input,
      body: { rawatInap: false, profile, expectedVersion: 0, reason: 'profil awal' },
    });
    expect(saved).toMatchObject({
      version: 1,
      population: 8085,
      updatedBy: 'kapus',
      updatedAt: '2023-01-20T03:00:00.000Z',
      profile,
    });
    await expect(
      saveProfile(demo.uow, clock, {
        ...input,
        body: { rawatInap: false, profile: emptyProfile(), expectedVersion: 0 },
      }),
    ).rejects.toMatchObject({ code: 'STALE_VALUE', status: 409 });
    expect((await getProfile(demo.repos, unit, DEMO_YEAR)).profile).toEqual(profile);
    const audit = await listAudit(backend.db, { entity: 'profile', orgUnitId: unit.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'kapus',
      reason: 'profil awal',
      entityKey: { year: DEMO_YEAR },
      newValue: { address: profile.address, rawatInap: false },
    });
  });

  it('leaves the laboratory rows out of a Puskesmas without one, and counts them again once it has one', async () => {
    const unit = demo.units[0]!;
    const input = {
      unit,
      year: DEMO_YEAR,
      editor: { username: 'admin.dinkes', role: 'admin_dinkes' } as const,
    };
    const before = await getProfile(demo.repos, unit, DEMO_YEAR);
    expect(before.capabilities).toEqual(['pertolongan persalinan', 'laboratorium']);
    expect(before.profile.lacks).toEqual([]);
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    const labRow = async () => {
      const stored = (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!;
      const ukp = (await explainResult(demo.repos, stored)).trees.service!.children!.find(
        (c) => c.id === 'UKP',
      )!;
      return ukp.children!.find((c) => c.id === 'UKP.B')!.children![0]!;
    };
    const scored = (await labRow()).score;
    expect(scored).not.toBeNull();

    const without = await saveProfile(demo.uow, clock, {
      ...input,
      body: {
        rawatInap: unit.rawatInap,
        profile: { ...before.profile, lacks: ['laboratorium'] },
        expectedVersion: before.version,
      },
    });
    expect(without.profile.lacks).toEqual(['laboratorium']);
    expect((await labRow()).explanation.excluded).toBe('not-applicable');
    const targets = new Map(
      (await demo.repos.listTargetRecords(yearKeyOf(assessment))).map((t) => [t.indicatorCode, t]),
    );
    for (const code of ['UKP.B.1', 'UKP.B.2', 'UKP.B.3'])
      expect(targets.get(code)).toMatchObject({
        applicable: false,
        notApplicableReason: 'Puskesmas tidak memiliki: laboratorium',
        updatedBy: 'admin.dinkes',
      });
    expect(targets.get('UKP.A3.1')?.applicable ?? true).toBe(true);

    // A mark someone wrote by hand stays when the laboratory comes back; the profile's own go.
    await saveTarget(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'UKP.B.3',
      body: {
        expectedVersion: targets.get('UKP.B.3')!.version,
        applicable: false,
        notApplicableReason: 'PMI belum dilaksanakan',
      },
      editor: input.editor,
    });
    await saveProfile(demo.uow, clock, {
      ...input,
      body: { rawatInap: unit.rawatInap, profile: before.profile, expectedVersion: without.version },
    });
    expect((await labRow()).score).toBe(scored);
    const after = new Map(
      (await demo.repos.listTargetRecords(yearKeyOf(assessment))).map((t) => [t.indicatorCode, t]),
    );
    expect(after.get('UKP.B.1')).toMatchObject({ applicable: true, notApplicableReason: null });
    expect(after.get('UKP.B.3')).toMatchObject({
      applicable: false,
      notApplicableReason: 'PMI belum dilaksanakan',
    });
  });

  it('changes rawat inap for its year: the inpatient indicators apply, and that year’s result moves at once', async () => {
    const unit = await addPuskesmas(backend.store, false);
    // A sasaran opens the year (a draft) on the district's catalog.
    await saveTarget(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: { expectedVersion: 0, sasaran: 500 },
      editor: KAPUS,
    });
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    const inpatientOf = async () =>
      (await explainResult(demo.repos, (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!)).trees
        .service!.children!.find((c) => c.id === 'UKP')!
        .children!.find((c) => c.id === 'UKP.A2')!.children![0]!;
    expect((await inpatientOf()).explanation.excluded).toBe('not-applicable');
    await saveProfile(demo.uow, clock, {
      unit,
      year: DEMO_YEAR,
      body: { rawatInap: true, profile: emptyProfile(), expectedVersion: 0 },
      editor: KAPUS,
    });
    expect((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!.puskesmas.rawatInap).toBe(true);
    expect((await demo.repos.findPuskesmas(unit.code))!.rawatInap).toBe(true);
    // With beds now, the inpatient indicators count (nothing entered yet in a draft: missing, not "not applicable").
    expect((await inpatientOf()).explanation.excluded).not.toBe('not-applicable');
    expect((await getProfile(demo.repos, unit, DEMO_YEAR)).puskesmas.rawatInap).toBe(true);
  });

  it('never re-scores a submitted year from a later year’s profile, and refuses the submitted year’s own', async () => {
    const unit = demo.units[2]!;
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    expect(assessment.status).toBe('submitted');
    const before = (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!;
    await expect(
      saveProfile(demo.uow, clock, {
        unit,
        year: DEMO_YEAR,
        body: { rawatInap: !unit.rawatInap, profile: emptyProfile(), expectedVersion: 0 },
        editor: KAPUS,
      }),
    ).rejects.toMatchObject({ code: 'YEAR_SUBMITTED', status: 409 });
    // The next year's profile says the beds are gone: 2023 keeps its own status and its result.
    await saveProfile(demo.uow, clock, {
      unit,
      year: DEMO_YEAR + 1,
      body: { rawatInap: !unit.rawatInap, profile: emptyProfile(), expectedVersion: 0 },
      editor: KAPUS,
    });
    expect((await demo.repos.findPuskesmas(unit.code))!.rawatInap).toBe(!unit.rawatInap);
    const after = await demo.repos.findAssessment(unit.code, DEMO_YEAR);
    expect(after!.puskesmas.rawatInap).toBe(unit.rawatInap);
    const result = (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!;
    expect(result.service).toBe(before.service);
    expect(result.computedAt).toEqual(before.computedAt);
  });

  it('refuses to change a locked year', async () => {
    const unit = demo.units[1]!;
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    await setAssessmentStatus(backend.db, { assessmentId: assessment.id, status: 'final', actor: 'admin' });
    await expect(
      saveProfile(demo.uow, clock, {
        unit,
        year: DEMO_YEAR,
        body: { rawatInap: unit.rawatInap, profile: emptyProfile(), expectedVersion: 0 },
        editor: KAPUS,
      }),
    ).rejects.toMatchObject({ code: 'PERIOD_LOCKED' });
  });
});
