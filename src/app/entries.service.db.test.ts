import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import {
  addPuskesmas,
  DEMO_YEAR,
  demoCatalog,
  loadSmallDemo,
  type SmallDemo,
} from '../../test/db/small-demo.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import type { EntryBody } from '../shared/api/entries.schema.ts';
import { entryHistory, getEntries, saveEntry } from './entries.service.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import type { Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

const indicators = listIndicators(demoCatalog).map((p) => p.indicator);
const plain = (i: (typeof indicators)[number]) => i.appliesTo === 'all' && !i.optional;
const share = indicators.find((i) => plain(i) && i.entry === 'ratio' && (i.scale ?? 100) === 100)!;
const inpatient = indicators.find((i) => i.appliesTo === 'rawat-inap')!;

/** 3 April 2023, 09:00 WIB: March is entered but not yet due. */
const april3 = () => new Date('2023-04-03T02:00:00Z');

describeOnBackends('monthly entry', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('shows a finished year: service clusters only, every value, progress through December equal to the stored result', async () => {
    const unit = demo.units[0]!;
    const view = await getEntries(demo.repos, {
      unit,
      year: DEMO_YEAR,
      now: new Date('2024-03-01T00:00:00Z'),
    });
    expect(view.through).toBe('2023-12');
    expect(view.months).toHaveLength(12);
    expect(view.tree[0]).toMatchObject({ type: 'group', code: 'SPM', depth: 0, parent: null });
    expect(view.tree.some((n) => n.code.startsWith('MAN'))).toBe(false);
    const k1 = view.tree.find((n) => n.code === 'SPM.01');
    expect(k1).toMatchObject({
      type: 'indicator',
      parent: 'SPM',
      depth: 1,
      fields: ['numerator'],
      cumulative: true,
    });
    expect(view.values.length).toBeGreaterThan(1000);
    const stored = (await demo.repos.getResult(
      yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!),
      'self',
    ))!;
    const spm01 = stored.detail.nodes['SPM.01'];
    expect(view.progress['SPM.01']).toMatchObject({ monthsElapsed: 12, factor: 1, score: spm01 });
    expect(Object.keys(view.progress).some((code) => code.startsWith('MAN'))).toBe(false);
    expect(view.monthStatus.map((s) => s.month)).toEqual(view.months);
    // Pati I entered and reported January to November, some months late; two December figures are
    // still to come, and December is not reported.
    expect(view.monthStatus.slice(0, 11).every((s) => s.complete && s.reportedOn !== null)).toBe(true);
    expect(view.monthStatus.slice(0, 11).some((s) => s.onTime === false)).toBe(true);
    expect(view.monthStatus[11]).toMatchObject({ complete: false, reportedOn: null, onTime: false });
    expect(view.monthStatus[11]!.required - view.monthStatus[11]!.filled).toBe(2);
  });

  it('says for each row what its numerator and its denominator or sasaran count, from the stored catalog', async () => {
    const view = await getEntries(demo.repos, {
      unit: demo.units[0]!,
      year: DEMO_YEAR,
      now: new Date('2024-03-01T00:00:00Z'),
    });
    const node = (code: string) => view.tree.find((n) => n.code === code);
    expect(node('UKM.D1.5')).toMatchObject({
      counts: {
        numerator: 'Pasien TB terkonfirmasi bakteriologis yang sembuh',
        denominator: expect.stringContaining('Pasien TB terkonfirmasi bakteriologis yang diobati'),
      },
    });
    expect(node('UKM.C1.A.3')).toMatchObject({ counts: { denominator: 'Ibu hamil di wilayah kerja' } });
    expect(node('UKM.H.1')).toMatchObject({ counts: { denominator: null } });
  });

  describe('saving a value', () => {
    let unit: OrgUnitWithAncestors;
    const save = (
      indicatorCode: string,
      month: string,
      body: EntryBody,
      editor: Editor = { username: 'bidan.ani', role: 'pelaksana' },
    ) =>
      saveEntry(
        { uow: demo.uow, repos: demo.repos, clock: april3 },
        { unit, year: DEMO_YEAR, indicatorCode, month, body, editor },
      );

    beforeAll(async () => {
      unit = await addPuskesmas(backend.store, false);
    });

    it('stores it with its progress to date, the month’s completeness and the refreshed headline', async () => {
      const outcome = await save('SPM.01', '2023-03', { numerator: 30, expectedVersion: 0 });
      expect(outcome.status).toBe('saved');
      if (outcome.status !== 'saved') return;
      expect(outcome.saved).toMatchObject({
        version: 1,
        enteredAt: '2023-04-03T02:00:00.000Z',
        value: {
          indicatorCode: 'SPM.01',
          month: '2023-03',
          numerator: 30,
          enteredBy: 'bidan.ani',
          version: 1,
        },
        // No sasaran is set yet: nothing to measure against.
        progress: { through: '2023-03', monthsElapsed: 3, factor: 0.25, score: null, color: null },
        month: { month: '2023-03', due: '2023-04-05', complete: false, onTime: null, filled: 1 },
      });
      const view = await getEntries(demo.repos, { unit, year: DEMO_YEAR, now: april3() });
      expect(view.status).toBe('draft');
      expect(view.through).toBe('2023-03');
      expect(view.values).toEqual([outcome.saved.value]);
    });

    it('answers a stale write with the stored row, and keeps it', async () => {
      const outcome = await save(
        'SPM.01',
        '2023-03',
        { numerator: 31, expectedVersion: 0 },
        {
          username: 'perawat.budi',
          role: 'pelaksana',
        },
      );
      expect(outcome).toMatchObject({
        status: 'stale',
        error: { code: 'STALE_VALUE', status: 409 },
        current: { numerator: 30, version: 1, enteredBy: 'bidan.ani', enteredAt: '2023-04-03T02:00:00.000Z' },
      });
      const view = await getEntries(demo.repos, { unit, year: DEMO_YEAR, now: april3() });
      expect(view.values[0]).toMatchObject({ numerator: 30, version: 1 });
    });

    it('keeps the history of the cell: who, when, old → new, why', async () => {
      await save(
        'SPM.01',
        '2023-03',
        { numerator: 32, expectedVersion: 1, reason: 'salah ketik' },
        {
          username: 'kapus',
          role: 'kepala_puskesmas',
        },
      );
      const history = await entryHistory(demo.repos, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        month: '2023-03',
      });
      expect(history.changes).toMatchObject([
        { actor: 'bidan.ani', old: null, new: { numerator: 30, version: 1 }, reason: null },
        {
          actor: 'kapus',
          old: { numerator: 30, version: 1 },
          new: { numerator: 32, version: 2 },
          reason: 'salah ketik',
        },
      ]);
    });

    it('moves the stored result', async () => {
      const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
      const before = (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!;
      const outcome = await save(share.code, '2023-03', {
        numerator: 1,
        denominator: 10,
        expectedVersion: 0,
      });
      expect(outcome.status).toBe('saved');
      if (outcome.status !== 'saved') return;
      expect(before.service).toBeNull();
      expect(outcome.saved.headline.service).not.toBeNull();
      expect((await demo.repos.getResult(yearKeyOf(assessment), 'self'))!.service).toBe(
        outcome.saved.headline.service,
      );
    });

    it('takes the weeks of a month on time for the weekly W2 report, at most the weeks the month has', async () => {
      // A Puskesmas of its own: the tests above read a year with nothing else stored.
      const own = await addPuskesmas(backend.store, false);
      const save = (indicatorCode: string, month: string, body: EntryBody) =>
        saveEntry(
          { uow: demo.uow, repos: demo.repos, clock: april3 },
          {
            unit: own,
            year: DEMO_YEAR,
            indicatorCode,
            month,
            body,
            editor: { username: 'bidan.ani', role: 'pelaksana' },
          },
        );
      // March 2023 has four weeks ending in it (Sundays 5, 12, 19, 26).
      await expect(save('UKM.H.3', '2023-03', { numerator: 5, expectedVersion: 0 })).rejects.toMatchObject({
        params: { field: 'numerator', code: 'UKM.H.3' },
      });
      const outcome = await save('UKM.H.3', '2023-03', { numerator: 4, expectedVersion: 0 });
      expect(outcome.status).toBe('saved');
      if (outcome.status !== 'saved') return;
      // Every week of January–March due, only March's four on time: 4 of 13.
      expect(outcome.saved.progress.score).toBeCloseTo((4 / 13) * 100, 9);
    });

    const refused: [string, string, string, EntryBody, { field: string; rule: string }][] = [
      [
        'a negative count',
        'SPM.02',
        '2023-03',
        { numerator: -1, expectedVersion: 0 },
        { field: 'numerator', rule: 'negative' },
      ],
      [
        'a value on a count indicator',
        'SPM.02',
        '2023-03',
        { value: 4, expectedVersion: 0 },
        { field: 'value', rule: 'wrong-field' },
      ],
      [
        'a ratio without its denominator',
        share.code,
        '2023-02',
        { numerator: 4, expectedVersion: 0 },
        { field: 'denominator', rule: 'required' },
      ],
      [
        'a share above its denominator',
        share.code,
        '2023-02',
        { numerator: 11, denominator: 10, expectedVersion: 0 },
        { field: 'numerator', rule: 'above-denominator' },
      ],
      [
        'a month outside the year',
        'SPM.02',
        '2022-12',
        { numerator: 1, expectedVersion: 0 },
        { field: 'month', rule: 'outside-year' },
      ],
      [
        'a month that has not begun',
        'SPM.02',
        '2023-05',
        { numerator: 1, expectedVersion: 0 },
        { field: 'month', rule: 'future' },
      ],
      [
        'an indicator that does not apply (inpatient, no beds)',
        inpatient.code,
        '2023-03',
        { numerator: 1, denominator: 2, expectedVersion: 0 },
        { field: 'indicatorCode', rule: 'not-applicable' },
      ],
      [
        'a management item',
        'MAN.A1.1',
        '2023-03',
        { value: 1, expectedVersion: 0 },
        { field: 'indicatorCode', rule: 'annual' },
      ],
    ];
    it.each(refused)('refuses %s, naming the field', async (_name, code, month, body, params) => {
      await expect(save(code, month, body)).rejects.toMatchObject({
        code: 'VALUE_INVALID',
        status: 400,
        params: { ...params, code, month },
      });
    });

    it('says why in words', async () => {
      await expect(save('SPM.02', '2023-03', { numerator: -1, expectedVersion: 0 })).rejects.toMatchObject({
        message: expect.stringContaining('numerator'),
        params: { reason: 'tidak boleh negatif' },
      });
    });

    it('refuses every change once the year is locked', async () => {
      const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
      await setAssessmentStatus(backend.db, {
        assessmentId: assessment.id,
        status: 'final',
        actor: 'admin',
      });
      await expect(save('SPM.01', '2023-03', { numerator: 33, expectedVersion: 2 })).rejects.toMatchObject({
        code: 'PERIOD_LOCKED',
        status: 409,
      });
      await setAssessmentStatus(backend.db, { assessmentId: assessment.id, status: 'draft', actor: 'admin' });
    });

    it('refuses every Puskesmas role once the year is submitted, and leaves value and result as they were', async () => {
      const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
      const before = (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!;
      await setAssessmentStatus(backend.db, {
        assessmentId: assessment.id,
        status: 'submitted',
        actor: 'kapus',
      });
      for (const role of ['pelaksana', 'koordinator', 'kepala_puskesmas'] as const) {
        await expect(
          save('SPM.01', '2023-03', { numerator: 99, expectedVersion: 2 }, { username: role, role }),
        ).rejects.toMatchObject({ code: 'YEAR_SUBMITTED', status: 409 });
      }
      const stored = await demo.repos.getMonthlyValueRecord({
        ...yearKeyOf(assessment),
        indicatorCode: 'SPM.01',
        month: '2023-03',
        stage: 'self',
      });
      expect(stored).toMatchObject({ numerator: 32, version: 2 });
      expect((await demo.repos.getResult(yearKeyOf(assessment), 'self'))!.computedAt).toEqual(
        before.computedAt,
      );
      await setAssessmentStatus(backend.db, { assessmentId: assessment.id, status: 'draft', actor: 'admin' });
    });
  });

  it('counts a month complete and on time only when every applicable monthly indicator came by the 5th', async () => {
    const unit = await addPuskesmas(backend.store, false);
    const view = await getEntries(demo.repos, {
      unit,
      year: DEMO_YEAR,
      now: new Date('2023-04-06T01:00:00Z'),
    });
    const march = view.monthStatus[2]!;
    expect(march).toMatchObject({ due: '2023-04-05', complete: false, onTime: false, filled: 0 });
    // A linked row (sameAs) is entered on its twin's line: never asked for itself.
    expect(march.required).toBe(
      view.tree.filter((n) => n.type === 'indicator' && n.applicable && n.sameAs === null).length,
    );
    expect(view.monthStatus[3]).toMatchObject({ month: '2023-04', onTime: null });
  });
});
