// A row linked to its twin (`sameAs`) on a real database: a write to it is refused naming the twin
// (typed, imported or corrected alike: all go through checkEntry), its progress reads the twin's
// months, and a month is complete without it. The built-in Pati catalog links three rows, among them
// UKM.D1.1 to SPM.11 (both: presumptive TB served, against the estimated presumptive TB).
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { addPuskesmas, demoCatalog, DEMO_YEAR } from '../../test/db/small-demo.ts';
import { storeRepositories, unitOfWork } from '../data/adapters/repositories.ts';
import { loadDemoPlan } from '../data/adapters/demo-loader.ts';
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import type { AppError } from '../shared/errors.ts';
import { planDemoDistrict } from './demo/plan.ts';
import { getEntries, saveEntry } from './entries.service.ts';
import { monthlyIndicators } from './month-completion.ts';
import type { OrgUnitWithAncestors, Repositories, UnitOfWork } from './ports.ts';
import { rescoreDistrictYear } from './recompute.ts';

const catalog = demoCatalog;
const LINKED = { 'UKM.C3.1': 'SPM.07', 'UKM.D1.1': 'SPM.11', 'UKM.D3.1': 'SPM.12' };
const plan = (() => {
  const full = planDemoDistrict(catalog);
  return { ...full, puskesmas: full.puskesmas.slice(0, 1) };
})();
const april3 = () => new Date('2023-04-03T02:00:00Z');

describeOnBackends('a linked row', (backend) => {
  let repos: Repositories;
  let uow: UnitOfWork;
  let demoUnit: OrgUnitWithAncestors;
  let unit: OrgUnitWithAncestors;
  beforeAll(async () => {
    await loadDemoPlan(backend.store, plan, {
      afterDistrict: rescoreDistrictYear,
    });
    repos = storeRepositories(backend.store);
    uow = unitOfWork(backend.store);
    demoUnit = (await repos.findOrgUnit(plan.puskesmas[0]!.puskesmas.code))!;
    unit = await addPuskesmas(backend.store, false);
  });

  const save = (indicatorCode: string, numerator: number) =>
    saveEntry(
      { uow, repos, clock: april3 },
      {
        unit,
        year: DEMO_YEAR,
        indicatorCode,
        month: '2023-03',
        body: { numerator, expectedVersion: 0 },
        editor: { username: 'petugas.tb', role: 'pelaksana' },
      },
    );

  it('refuses a value typed into the linked row, naming the row it is entered in', async () => {
    expect((await save('SPM.11', 30)).status).toBe('saved');
    const error = (await save('UKM.D1.1', 30).then(
      () => {
        throw new Error('the value was stored');
      },
      (e: unknown) => e,
    )) as AppError;
    expect(error).toMatchObject({
      code: 'ENTRY_LINKED',
      status: 400,
      params: { code: 'UKM.D1.1', twin: 'SPM.11' },
    });
    expect(error.localized('id')).toContain('diisi di baris SPM.11');
    expect(error.localized('en')).toContain('entered once, in row SPM.11');
  });

  it('does not hold a month incomplete for the linked row', async () => {
    const view = await getEntries(repos, { unit, year: DEMO_YEAR, now: april3() });
    const py = { year: DEMO_YEAR, rawatInap: false, inputs: new Map() };
    const required = (c: Catalog) => monthlyIndicators(c).filter((i) => notApplicableReason(i, py) === null);
    expect(required(catalog).map((i) => i.code)).not.toContain('UKM.D1.1');
    expect(view.monthStatus[2]).toMatchObject({
      month: '2023-03',
      required: required(catalog).length,
      filled: 1,
    });
    expect(view.tree.find((n) => n.code === 'UKM.D1.1')).toMatchObject({ sameAs: 'SPM.11' });
    expect(view.tree.find((n) => n.code === 'SPM.11')).toMatchObject({ sameAs: null });
  });

  it("shows the linked row's progress from its twin's months, against its own sasaran", async () => {
    const view = await getEntries(repos, {
      unit: demoUnit,
      year: DEMO_YEAR,
      through: '2023-12',
      now: new Date('2024-03-01T00:00:00Z'),
    });
    const sasaran = (code: string) => {
      const node = view.tree.find((n) => n.code === code);
      return node?.type === 'indicator' ? node.sasaran : null;
    };
    const counted = (code: string) =>
      ((view.progress[code]!.achievedToDate as number) * sasaran(code)!) / 100;
    // The demo stores no figures under a linked row: its twin's are counted.
    const stored = (code: string) =>
      view.values.filter((v) => v.indicatorCode === code).reduce((sum, v) => sum + (v.numerator ?? 0), 0);
    expect(stored('UKM.D1.1')).toBe(0);
    expect(stored('SPM.11')).toBeGreaterThan(0);
    expect(counted('UKM.D1.1')).toBeCloseTo(stored('SPM.11'), 6);
    expect(counted('SPM.11')).toBeCloseTo(stored('SPM.11'), 6);
  });
});

describe('the built-in Pati catalog', () => {
  it('links its three twins (docs/catalog-notes.md), none of which is asked for in a month', () => {
    const linked = Object.fromEntries(
      listIndicators(catalog)
        .filter((p) => p.indicator.sameAs !== undefined)
        .map((p) => [p.indicator.code, p.indicator.sameAs]),
    );
    expect(linked).toEqual(LINKED);
    const monthly = monthlyIndicators(catalog).map((i) => i.code);
    for (const [code, twin] of Object.entries(LINKED)) {
      expect(monthly).not.toContain(code);
      expect(monthly).toContain(twin);
    }
  });
});
