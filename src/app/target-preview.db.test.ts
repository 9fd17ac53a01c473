import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { listTargets, saveTarget } from './targets.service.ts';
import { previewTarget } from './target-preview.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2023-01-10T02:00:00Z');
const KAPUS = { username: 'kapus', role: 'kepala_puskesmas' } as const;
const ADMIN = { username: 'admin.dinkes', role: 'admin_dinkes' } as const;

describeOnBackends('the effect of a target change, before it is saved', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('scores a new sasaran as the save will, and stores nothing', async () => {
    const unit = demo.units[0]!;
    const year = yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!);
    const resultBefore = (await demo.repos.getResult(year, 'self'))!;
    const row = (await listTargets(demo.repos, unit, DEMO_YEAR)).rows.find((r) => r.code === 'SPM.06')!;
    const input = { unit, year: DEMO_YEAR, indicatorCode: 'SPM.06', editor: KAPUS };

    // Eighty times the sasaran: the same services now cover a sliver of it.
    const preview = await previewTarget(demo.repos, { ...input, body: { sasaran: row.sasaran! * 80 } });
    expect(preview.indicator.before.score).toBeGreaterThan(50);
    expect(preview.indicator.after.score).toBeLessThan(preview.indicator.before.score! / 50);
    expect(preview.service.before).toBe(resultBefore.service);
    expect(preview.service.after).toBeLessThan(resultBefore.service!);

    // Nothing moved: the row's version and the stored result are as they were.
    const rowAfter = (await listTargets(demo.repos, unit, DEMO_YEAR)).rows.find((r) => r.code === 'SPM.06')!;
    expect(rowAfter).toMatchObject({ sasaran: row.sasaran, version: row.version });
    expect((await demo.repos.getResult(year, 'self'))!.computedAt).toEqual(resultBefore.computedAt);

    const saved = await saveTarget(demo.uow, clock, {
      ...input,
      body: { expectedVersion: row.version, sasaran: row.sasaran! * 80 },
    });
    expect(saved.headline.service).toBe(preview.service.after);
    const unchanged = await previewTarget(demo.repos, { ...input, body: {} });
    expect(unchanged.indicator.before).toEqual(preview.indicator.after);
    expect(unchanged.indicator.after).toEqual(preview.indicator.after);
  });

  it('says why an indicator would no longer be scored', async () => {
    const unit = demo.units[1]!;
    const preview = await previewTarget(demo.repos, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: { sasaran: null },
      editor: KAPUS,
    });
    expect(preview.indicator.before.score).not.toBeNull();
    expect(preview.indicator.after).toEqual({ score: null, excluded: 'no-sasaran' });
  });

  it('refuses what the save would refuse, with the same errors', async () => {
    const input = { unit: demo.units[1]!, year: DEMO_YEAR, indicatorCode: 'SPM.01' };
    await expect(
      previewTarget(demo.repos, { ...input, body: { target: 50 }, editor: KAPUS }),
    ).rejects.toMatchObject({ code: 'TARGET_DINKES_ONLY', status: 403 });
    await expect(
      previewTarget(demo.repos, { ...input, body: { sasaran: 1e12 }, editor: KAPUS }),
    ).rejects.toMatchObject({ code: 'INDICATOR_FIELD_INVALID', params: { field: 'sasaran' } });
    await expect(
      previewTarget(demo.repos, { ...input, indicatorCode: 'SPM.99', body: {}, editor: ADMIN }),
    ).rejects.toMatchObject({ code: 'INDICATOR_NOT_FOUND', status: 404 });
    const dinkes = await previewTarget(demo.repos, { ...input, body: { target: 50 }, editor: ADMIN });
    expect(dinkes.indicator.after.score).toBeGreaterThanOrEqual(dinkes.indicator.before.score!);
  });
});
