import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { createDistrict, sampleCatalog } from '../../test/db/fixtures.ts';
import {
  addEvidence,
  addFeedback,
  addGapAnalysis,
  addMeeting,
  addProgrammeAnalysis,
  addRtlAction,
  chooseIndicator,
  leaf,
  reportMonths,
  setSubmitted,
  storeServiceTree,
} from '../../test/db/readiness-fixtures.ts';
import { createRepositories } from '../data/adapters/repositories.ts';
import { getOrCreateAssessment } from '../data/repositories/assessments.repository.ts';
import { publishCatalogVersion, saveCatalog } from '../data/repositories/catalogs.repository.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { getDistrictReadiness, getYearReadiness } from './accreditation.service.ts';

const YEAR = 2023;
/** 1 February 2024 on the Puskesmas' clock: the whole year's reports are due. */
const clock = () => new Date('2024-02-01T03:00:00Z');

/** The sample catalog with two UKM Pengembangan services. */
function catalogWithDevelopment(): Catalog {
  const base = sampleCatalog(YEAR);
  const indicator = (code: string, name: string) => ({
    type: 'indicator' as const,
    code,
    number: '1',
    name,
    unit: '%',
    kind: 'coverage' as const,
    direction: 'higher' as const,
    target: { printed: '100 %', value: 100, comparator: '>=' as const },
    sasaran: 'Sekolah',
    entry: 'count' as const,
    appliesTo: 'all' as const,
    optional: true,
  });
  return {
    ...base,
    clusters: [
      ...base.clusters,
      {
        type: 'group',
        code: 'UKMP',
        number: 'C',
        name: 'UKM Pengembangan',
        cluster: 'ukm-pengembangan',
        table: 3,
        children: [
          {
            type: 'group',
            code: 'UKMP.A',
            number: 'A',
            name: 'Upaya Kesehatan Gigi Masyarakat',
            children: [indicator('UKMP.A.1', 'Cakupan UKGS'), indicator('UKMP.A.2', 'Pembinaan gigi')],
          },
          {
            type: 'group',
            code: 'UKMP.C',
            number: 'C',
            name: 'Upaya Kesehatan Kerja',
            children: [indicator('UKMP.C.1', 'Pos UKK aktif')],
          },
        ],
      },
      {
        type: 'group',
        code: 'UKP',
        number: 'D',
        name: 'Upaya Kesehatan Perorangan',
        cluster: 'ukp',
        table: 4,
        children: [{ ...indicator('UKP.1', 'Kunjungan rawat jalan'), optional: false }],
      },
    ],
  };
}

const ALL_MONTHS = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);

describeOnBackends('accreditation readiness', (backend) => {
  let units: OrgUnitWithAncestors[];
  let district: OrgUnitWithAncestors;
  let assessmentIds: number[];

  beforeAll(async () => {
    const db = backend.db;
    const made = await createDistrict(db, 3);
    const version = await saveCatalog(db, {
      districtId: made.district.id,
      catalog: catalogWithDevelopment(),
      actor: 'admin',
    });
    await publishCatalogVersion(db, { catalogVersionId: version.id, actor: 'admin' });
    // Puskesmas 1 and 2 open the year; Puskesmas 3 has not.
    assessmentIds = [];
    for (const p of made.puskesmas.slice(0, 2)) {
      const a = await getOrCreateAssessment(db, {
        puskesmasId: p.id,
        year: YEAR,
        catalogVersionId: version.id,
      });
      assessmentIds.push(a.id);
    }
    const repos = createRepositories(db);
    units = await Promise.all(made.puskesmas.map(async (p) => (await repos.findOrgUnit(p.code))!));
    district = (await repos.findOrgUnit(made.district.code))!;

    // Puskesmas 1 did the work of 2.8.4.
    const [one, two] = [assessmentIds[0]!, assessmentIds[1]!];
    const u1 = units[0]!.id;
    const action = await addRtlAction(db, { assessmentId: one, indicatorCode: 'SPM.1' });
    await addMeeting(db, {
      orgUnitId: u1,
      assessmentId: one,
      year: YEAR,
      kind: 'review_kinerja',
      heldOn: '2023-07-12',
      title: 'Review kinerja semester I',
      rtlActionIds: [action],
    });
    await addMeeting(db, {
      orgUnitId: u1,
      assessmentId: one,
      year: YEAR,
      kind: 'review_kinerja',
      heldOn: '2024-01-10',
      title: 'Review kinerja tahunan',
      minutes: '',
      present: 0,
      files: { minutes: 1, attendance: 1 },
    });
    // A review of another year counts for that year only.
    await addMeeting(db, {
      orgUnitId: u1,
      assessmentId: null,
      year: 2022,
      kind: 'review_kinerja',
      heldOn: '2022-12-01',
    });
    await reportMonths(db, { assessmentId: one, year: YEAR });
    await setSubmitted(db, one, new Date('2024-01-15T03:00:00Z'));
    await addFeedback(db, {
      assessmentId: one,
      number: '440/31/2024',
      datedOn: '2024-01-25',
      followUps: ['selesai', 'selesai'],
    });
    // A draft letter is Dinkes' own until it is sent: it proves nothing.
    await addFeedback(db, {
      assessmentId: one,
      number: 'draf',
      datedOn: '2024-01-28',
      status: 'draft',
      followUps: [null],
    });
    await addEvidence(db, {
      orgUnitId: u1,
      assessmentId: one,
      attachedTo: 'accreditation',
      attachedKey: '2.8.4.a',
      kind: 'document',
      filename: 'SK penilaian kinerja.pdf',
    });

    // Puskesmas 2: one review without a photo, one of two feedback points followed up, no reports.
    const u2 = units[1]!.id;
    await addMeeting(db, {
      orgUnitId: u2,
      assessmentId: two,
      year: YEAR,
      kind: 'review_kinerja',
      heldOn: '2023-08-01',
      title: 'Review kinerja',
      files: { photo: 0 },
      present: 1,
      absent: 5,
    });
    await addFeedback(db, {
      assessmentId: two,
      number: '440/32/2024',
      datedOn: '2024-01-25',
      followUps: ['selesai', 'berjalan'],
    });
    const twoYear = { districtId: made.district.id, assessmentId: two };
    await chooseIndicator(db, {
      ...twoYear,
      indicatorCode: 'UKMP.A.2',
      months: ALL_MONTHS.slice(0, 10),
    });
    await chooseIndicator(db, { ...twoYear, indicatorCode: 'UKMP.C.1', months: ALL_MONTHS });
    await storeServiceTree(db, twoYear, {
      id: 'service',
      score: 80,
      explanation: { rule: 'mean', inputs: {}, derived: {}, capped: false },
      children: [
        leaf('SPM.1', 60, false),
        // Met, yet short of full marks (scored against the whole sasaran): Bab V lists it too.
        leaf('SPM.2.a', 96, true),
        leaf('UKMP.A.2', 100, true),
        leaf('UKMP.C.1', 40, false),
        // Individual care (UKP) is not what criterion 2.8.3 asks to analyse.
        leaf('UKP.1', 30, false),
      ],
    } as never);
    await addGapAnalysis(db, { assessmentId: two, indicatorCode: 'UKMP.C.1' });
    await addProgrammeAnalysis(db, { assessmentId: two, programmeCode: 'UKMP' });
    await addRtlAction(db, {
      assessmentId: two,
      indicatorCode: 'UKMP.C.1',
      status: 'berjalan',
      dueOn: '2023-12-31',
    });
    // A file of Puskesmas 2 keyed like Puskesmas 1's first meeting is not that meeting's.
    await addEvidence(db, {
      orgUnitId: u2,
      assessmentId: two,
      attachedTo: 'meeting',
      attachedKey: String(action),
      kind: 'photo',
    });
  });

  const readOf = (i: number) =>
    getYearReadiness({ repos: createRepositories(backend.db), clock }, { unit: units[i]!, year: YEAR });
  const element = async (i: number, code: string) => (await readOf(i)).elements.find((e) => e.code === code)!;

  it('shows 2.8.4 a–e fulfilled for a Puskesmas with two complete reviews, the RTL, its report and feedback followed up', async () => {
    const view = await readOf(0);
    const of = (code: string) => view.elements.find((e) => e.code === code)?.status;
    expect(['a', 'b', 'c', 'd', 'e'].map((l) => of(`2.8.4.${l}`))).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(view.status).toBe('submitted');
    expect(of('2.8.3.e')).toBe('fulfilled');
  });

  it('reads minutes and an attendance list uploaded as files as the meeting’s own', async () => {
    const a = await element(0, '2.8.4.a');
    expect(a.checks[0]?.facts).toMatchObject({ completeDays: 2 });
    expect(a.checks[0]?.sentence.id).toContain('2 rapat penilaian kinerja');
  });

  it('lists the files attached to an element under it, and counts them for it only', async () => {
    const a = await element(0, '2.8.4.a');
    expect(a.files.map((f) => f.filename)).toEqual(['SK penilaian kinerja.pdf']);
    expect((await element(0, '2.7.1.c')).files).toEqual([]);
  });

  it('says what a single review lacks: a second review, its photo and its attendance list', async () => {
    const a = await element(1, '2.8.4.a');
    expect(a.status).toBe('partly');
    expect(a.checks[0]?.missing.map((m) => m.id)).toEqual([
      'Rapat “Review kinerja” (1 Agustus 2023): belum ada daftar hadir, foto kegiatan.',
      'Adakan 1 rapat penilaian kinerja lagi.',
    ]);
  });

  it('counts a letter Dinkes has sent and its points’ follow-ups, never a draft', async () => {
    const d = await element(0, '2.8.4.d');
    expect(d.checks[0]?.facts).toMatchObject({ letters: [{ number: '440/31/2024' }] });
    const e = await element(1, '2.8.4.e');
    expect(e.status).toBe('partly');
    expect(e.checks[0]?.facts).toMatchObject({ points: 2, done: 1, underway: 1 });
  });

  it('leaves the months unreported when nothing was reported, and names them', async () => {
    const e = await element(1, '2.8.3.e');
    expect(e.status).toBe('missing');
    expect(e.checks[0]?.missing[0]?.id).toBe('Belum dilaporkan: Januari–Desember.');
  });

  it('reads the UKM Pengembangan key indicators from the choices, the months entered and the stored result', async () => {
    const a = await element(1, '2.7.1.a');
    expect(a.checks.find((c) => c.proof === 'ukmp-chosen')?.facts).toMatchObject({
      services: 2,
      offered: [
        { service: 'Upaya Kesehatan Gigi Masyarakat', indicator: { code: 'UKMP.A.2' } },
        { service: 'Upaya Kesehatan Kerja', indicator: { code: 'UKMP.C.1' } },
      ],
    });
    const b = await element(1, '2.7.1.b');
    expect(b.checks.find((c) => c.proof === 'ukmp-achievement')?.facts).toMatchObject({
      met: [{ code: 'UKMP.A.2' }],
      notMet: [{ code: 'UKMP.C.1' }],
    });
    // The programme analysis of the cluster and the missed key indicator's problem are written.
    expect(b.checks.find((c) => c.proof === 'ukmp-analysis')?.status).toBe('met');
    const d = await element(1, '2.7.1.d');
    expect(d.checks.find((c) => c.proof === 'ukmp-monitoring')?.facts).toMatchObject({
      gaps: [{ indicator: { code: 'UKMP.A.2' }, months: ['2023-11', '2023-12'] }],
    });
    expect((await element(1, '2.7.1.e')).status).toBe('fulfilled');
  });

  it('finds the UKM indicators below full marks in the stored result, as Bab V lists them, not UKP', async () => {
    const c = await element(1, '2.8.3.c');
    expect(c.checks.find((x) => x.proof === 'analysis-written')?.facts).toMatchObject({
      belowTarget: 3,
      withoutAnalysis: [{ code: 'SPM.1' }, { code: 'SPM.2.a' }],
    });
  });

  it('flags an RTL action past its due date', async () => {
    const d = await element(1, '2.8.3.d');
    expect(d.checks.find((x) => x.proof === 'rtl-followed-up')?.facts).toMatchObject({
      overdue: [{ indicatorCode: 'UKMP.C.1', dueOn: '2023-12-31' }],
    });
  });

  it('reads a Puskesmas that has not opened the year: nothing is proven but the decree', async () => {
    const view = await readOf(2);
    expect(view.status).toBeNull();
    expect(view.elements.find((e) => e.code === '2.8.3.a')?.status).toBe('fulfilled');
    expect(view.counts.fulfilled).toBe(1);
  });

  it('gives the district every Puskesmas with the status of each element, in the elements’ order', async () => {
    const view = await getDistrictReadiness(
      { repos: createRepositories(backend.db), clock },
      { district, year: YEAR },
    );
    expect(view.puskesmas.map((p) => p.code)).toEqual(units.map((u) => u.code));
    const column = view.elements.findIndex((e) => e.code === '2.8.4.a');
    expect(view.puskesmas.map((p) => p.elements[column])).toEqual(['fulfilled', 'partly', 'missing']);
    // The same statuses as each Puskesmas' own view.
    const own = await readOf(1);
    expect(view.puskesmas[1]?.elements).toEqual(own.elements.map((e) => e.status));
    expect(view.puskesmas[1]?.counts).toEqual(own.counts);
  });
});
