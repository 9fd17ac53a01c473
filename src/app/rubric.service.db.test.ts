import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { addPuskesmas, DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import type { RubricBody } from '../shared/api/rubric.schema.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { getRubric, saveRubric } from './rubric.service.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2024-01-15T03:00:00Z');

describeOnBackends('management and quality items', (backend) => {
  let demo: SmallDemo;
  let unit: OrgUnitWithAncestors;
  const save = (indicatorCode: string, body: RubricBody) =>
    saveRubric(
      { uow: demo.uow, repos: demo.repos, clock },
      { unit, year: DEMO_YEAR, indicatorCode, body, editor: { username: 'kapus', role: 'kepala_puskesmas' } },
    );

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    unit = await addPuskesmas(backend.store);
  });

  it('groups Table 5 into A1–A6 and B1–B3 with the level texts, the bands and what is stored', async () => {
    const view = await getRubric(demo.repos, demo.units[0]!, DEMO_YEAR);
    expect(view.groups.map((g) => g.number.replace(/\s/g, ''))).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5.',
      'A6',
      'B1',
      'B2',
      'B3',
    ]);
    expect(view.groups.map((g) => g.axis)).toEqual([
      ...Array(6).fill('management'),
      ...Array(3).fill('quality'),
    ]);
    const rsb = view.groups[1]!.items.find((i) => i.code === 'MAN.A2.1')!;
    expect(rsb.levels.filter((l) => l.selectable).map((l) => l.level)).toEqual([0, 10]);
    const aspak = view.groups[3]!.items.find((i) => i.code === 'MAN.A4.6')!;
    expect(aspak).toMatchObject({ input: 'percent' });
    expect(aspak.bands.length).toBeGreaterThan(0);
    const blud = view.groups[4]!.items.find((i) => i.code === 'MAN.A5.6.a')!;
    expect(blud.parent).toMatchObject({ code: 'MAN.A5.6' });
    // The demo scored every item: the view's axes agree with the stored result.
    const stored = (await demo.repos.getResult(
      yearKeyOf((await demo.repos.findAssessment(demo.units[0]!.code, DEMO_YEAR))!),
      'self',
    ))!;
    expect(view.management.score).toBe(stored.management);
    expect(view.quality.score).toBe(stored.quality);
    expect(view.groups.flatMap((g) => g.items).every((i) => i.version === 1 && i.score !== null)).toBe(true);
  });

  it('scores a level item with a level its rubric prints, and refreshes the result', async () => {
    const outcome = await save('MAN.A2.1', { level: 10, note: 'RSB 2021–2025 ada', expectedVersion: 0 });
    expect(outcome.status).toBe('saved');
    if (outcome.status !== 'saved') return;
    expect(outcome.saved.item).toMatchObject({
      level: 10,
      score: 10,
      version: 1,
      note: 'RSB 2021–2025 ada',
      enteredBy: 'kapus',
    });
    expect(outcome.saved.headline.management).toBe(10);
    const view = await getRubric(demo.repos, unit, DEMO_YEAR);
    expect(view.groups[1]).toMatchObject({ score: 10 });
  });

  it('refuses a level the rubric leaves blank, and a percentage on a level item', async () => {
    await expect(save('MAN.A2.1', { level: 4, expectedVersion: 1 })).rejects.toMatchObject({
      code: 'INDICATOR_FIELD_INVALID',
      params: { field: 'level', code: 'MAN.A2.1' },
    });
    await expect(save('MAN.A2.1', { percent: 80, expectedVersion: 1 })).rejects.toMatchObject({
      params: { field: 'percent' },
    });
    await expect(save('SPM.01', { level: 10, expectedVersion: 0 })).rejects.toMatchObject({
      params: { field: 'indicatorCode' },
    });
  });

  it('bands a percentage item by its own bands, unrounded, and keeps the note when only the percentage changes', async () => {
    const first = await save('MUT.B1.a', { percent: 79.99, note: 'audit Maret', expectedVersion: 0 });
    expect(first).toMatchObject({
      status: 'saved',
      saved: { item: { percent: 79.99, level: null, score: 7 } },
    });
    const second = await save('MUT.B1.a', { percent: 80, expectedVersion: 1 });
    expect(second).toMatchObject({
      status: 'saved',
      saved: { item: { score: 10, note: 'audit Maret', version: 2 } },
    });
    await expect(save('MUT.B1.a', { level: 10, expectedVersion: 2 })).rejects.toMatchObject({
      params: { field: 'level' },
    });
  });

  it('answers a stale write with the stored item and leaves it, and audits every change', async () => {
    const outcome = await save('MAN.A2.1', { level: 0, expectedVersion: 0 });
    expect(outcome).toMatchObject({ status: 'stale', current: { level: 10, version: 1 } });
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    const audit = await listAudit(backend.db, { entity: 'rubric_score', assessmentId: assessment.id });
    expect(audit.map((a) => a.entityKey.indicatorCode)).toEqual(['MAN.A2.1', 'MUT.B1.a', 'MUT.B1.a']);
  });

  it('refuses the Kepala Puskesmas every item once the year is submitted, and leaves the result as it was', async () => {
    const submitted = demo.units[2]!;
    const assessment = (await demo.repos.findAssessment(submitted.code, DEMO_YEAR))!;
    expect(assessment.status).toBe('submitted');
    const before = (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!;
    const view = await getRubric(demo.repos, submitted, DEMO_YEAR);
    for (const item of view.groups.flatMap((g) => g.items).slice(0, 3)) {
      await expect(
        saveRubric(
          { uow: demo.uow, repos: demo.repos, clock },
          {
            unit: submitted,
            year: DEMO_YEAR,
            indicatorCode: item.code,
            body:
              item.input === 'percent'
                ? { percent: 100, expectedVersion: item.version }
                : { level: 10, expectedVersion: item.version },
            editor: { username: 'kapus', role: 'kepala_puskesmas' },
          },
        ),
      ).rejects.toMatchObject({ code: 'YEAR_SUBMITTED', status: 409 });
    }
    const after = (await demo.repos.getResult(yearKeyOf(assessment), 'self'))!;
    expect(after.management).toBe(before.management);
    expect(after.computedAt).toEqual(before.computedAt);
  });
});
