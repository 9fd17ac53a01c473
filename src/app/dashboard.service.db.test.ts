import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { addPuskesmas, DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { districtDashboard, puskesmasDashboard } from './dashboard.service.ts';
import { saveEntry } from './entries.service.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { demoCatalog } from '../../test/db/small-demo.ts';
import { yearKeyOf } from './year-key.ts';

const share = listIndicators(demoCatalog)
  .map((p) => p.indicator)
  .find((i) => i.appliesTo === 'all' && !i.optional && i.entry === 'ratio' && (i.scale ?? 100) === 100)!;

const afterTheYear = new Date('2024-02-10T03:00:00Z');

describeOnBackends('dashboards', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('a Puskesmas: the stored headline with its why, service month by month, the ten furthest behind, a radar', async () => {
    const unit = demo.units[0]!;
    const view = await puskesmasDashboard(demo.repos, { unit, year: DEMO_YEAR, now: afterTheYear });
    const stored = (await demo.repos.getResult(
      yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!),
      'self',
    ))!;
    expect(view.headline).toMatchObject({
      service: stored.service,
      management: stored.management,
      quality: stored.quality,
    });
    expect(view.why?.service?.id).toBe('service');
    expect(view.settings.thresholds.service).toEqual([91, 81]);
    expect(view.through).toBe('2023-12');
    expect(view.monthly).toHaveLength(12);
    // Through December the cumulative, pro-rated series reaches the year's result.
    expect(view.monthly[11]!.service).toBeCloseTo(stored.service!, 9);
    expect(view.monthly.every((p) => p.service !== null)).toBe(true);
    expect(view.lagging.length).toBeLessThanOrEqual(10);
    const scores = view.lagging.map((l) => l.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.every((s) => s < 100)).toBe(true);
    expect(view.radar.map((r) => r.code)).toContain('UKM.A');
    expect(view.radar.find((r) => r.code === 'UKP.A1')).toMatchObject({ cluster: 'ukp' });
    expect(view.radar.find((r) => r.code === 'UKM.A')!.score).toBeCloseTo(stored.detail.nodes['UKM.A']!, 9);
  });

  it('a Puskesmas in the running year: the series stops at the month entered, nothing stored shows no headline', async () => {
    const unit = await addPuskesmas(backend.store);
    const empty = await puskesmasDashboard(demo.repos, {
      unit,
      year: DEMO_YEAR,
      now: new Date('2023-03-15T03:00:00Z'),
    });
    expect(empty).toMatchObject({ headline: null, why: null, through: '2023-02', status: null });
    const clock = () => new Date('2023-03-02T03:00:00Z');
    const saved = await saveEntry(
      { uow: demo.uow, repos: demo.repos, clock },
      {
        unit,
        year: DEMO_YEAR,
        indicatorCode: share.code,
        month: '2023-02',
        body: { numerator: 9, denominator: 10, expectedVersion: 0 },
        editor: { username: 'x', role: 'pelaksana' },
      },
    );
    expect(saved.status).toBe('saved');
    const view = await puskesmasDashboard(demo.repos, { unit, year: DEMO_YEAR, now: clock() });
    expect(view.through).toBe('2023-02');
    // January has nothing yet (excluded while in draft); February scores; later months are not counted.
    expect(view.monthly.map((p) => p.service !== null)).toEqual([false, true, ...Array(10).fill(false)]);
    expect(
      view.radar.find((r) => r.code === share.code.split('.').slice(0, 2).join('.'))?.score,
    ).not.toBeNull();
  });

  it('lists a strict target met only at its boundary among those furthest behind, although it scores 100', async () => {
    const unit = await addPuskesmas(backend.store);
    const clock = () => new Date('2023-04-02T03:00:00Z');
    // Stunting "< 20": exactly 20 % is not below 20.
    const saved = await saveEntry(
      { uow: demo.uow, repos: demo.repos, clock },
      {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'UKM.C6.B.4',
        month: '2023-03',
        body: { numerator: 20, denominator: 100, expectedVersion: 0 },
        editor: { username: 'x', role: 'pelaksana' },
      },
    );
    expect(saved.status).toBe('saved');
    const view = await puskesmasDashboard(demo.repos, { unit, year: DEMO_YEAR, now: clock() });
    expect(view.lagging).toMatchObject([{ code: 'UKM.C6.B.4', score: 100, color: 'kuning' }]);
  });

  it('a district: league table, heat map Puskesmas × programme, completeness and timeliness', async () => {
    const view = await districtDashboard(demo.repos, {
      district: demo.district,
      year: DEMO_YEAR,
      now: afterTheYear,
    });
    const codes = demo.units.map((u) => u.code).sort();
    const demoRows = view.league.filter((r) => codes.includes(r.puskesmas.code));
    expect(demoRows).toHaveLength(3);
    expect(demoRows.every((r) => r.kelompok !== null && r.rank !== null)).toBe(true);
    expect(view.heatmap.columns.map((c) => c.code)).toEqual(
      view.heatmap.columns.map((c) => c.code).filter((c) => !c.startsWith('MAN')),
    );
    expect(view.heatmap.rows.map((r) => r.puskesmas.code).slice(0, 3)).toEqual(codes);
    const first = view.heatmap.rows[0]!;
    expect(first.scores).toHaveLength(view.heatmap.columns.length);
    expect(first.scores.some((s) => s !== null)).toBe(true);
    const row = view.timeliness.rows.find((r) => r.puskesmas.code === codes[0])!;
    // Pati I: January to November reported, December incomplete and not reported.
    expect(row).toMatchObject({ dueMonths: 12, completeMonths: 11, incompleteMonths: 1 });
    expect(row.onTimeMonths + row.lateMonths).toBe(11);
    expect(row.onTimeMonths).toBeLessThanOrEqual(12);
    expect(row.months[0]).toMatchObject({ month: '2023-01', due: '2023-02-05', complete: true });
  });
});
