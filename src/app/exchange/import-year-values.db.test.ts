// Exporting the small demo and importing it into a database with the same Puskesmas and catalog but no
// values reproduces every stored score; a dry run writes nothing; one refused value writes nothing.
import { readFileSync } from 'node:fs';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnBackends, openTestStore } from '../../../test/db/backends.ts';
import { DEMO_YEAR, smallDemoPlan } from '../../../test/db/small-demo.ts';
import type { DemoPlan } from '../demo/plan.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import { serviceOf } from '../target-change.ts';
import { loadDemoPlan } from '../../data/adapters/demo-loader.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import type { Store } from '../../data/db.ts';
import { adxOf, parseAdx } from '../../exchange/adx/adx.ts';
import { dataValueSetOf, parseDataValueSet } from '../../exchange/dhis2/data-value-set.ts';
import { checkResults, compareResults } from '../check-results.ts';
import type { Repositories, UnitOfWork } from '../ports.ts';
import { rescoreDistrictYear } from '../recompute.ts';
import { yearKeyOf } from '../year-key.ts';
import { importParsedValues, importYearValues } from './import-year-values.ts';
import { readDistrictYear } from './year-data.ts';

const clock = () => new Date('2024-03-01T02:00:00Z');
const ADMIN = { username: 'admin.dinkes', role: 'admin_dinkes' } as const;
const KAPUS = { username: 'kapus', role: 'kepala_puskesmas' } as const;
const DISTRICT = smallDemoPlan.district.code;

/**
 * The small demo with one key indicator per UKM Pengembangan service, as a save allows (the demo
 * plan draws each choice on its own and bulk-loads them), and the values of the others left out.
 */
const sourcePlan: DemoPlan = (() => {
  const serviceOfCode = new Map(
    listIndicators(smallDemoPlan.catalog)
      .filter((p) => p.indicator.optional)
      .map((p) => [p.indicator.code, serviceOf(p)?.code ?? '']),
  );
  return {
    ...smallDemoPlan,
    puskesmas: smallDemoPlan.puskesmas.map((p) => {
      const taken = new Set<string>();
      const dropped = new Set<string>();
      const targets = p.targets.map((t) => {
        if (t.chosen !== true) return t;
        const service = serviceOfCode.get(t.indicatorCode) ?? '';
        if (!taken.has(service)) {
          taken.add(service);
          return t;
        }
        dropped.add(t.indicatorCode);
        return { ...t, sasaran: null, chosen: false };
      });
      return { ...p, targets, monthly: p.monthly.filter((m) => !dropped.has(m.indicatorCode)) };
    }),
  };
})();

/** The same Puskesmas, catalog, statuses and profiles, with no target, value or score entered. */
const emptyPlan: DemoPlan = {
  ...sourcePlan,
  puskesmas: sourcePlan.puskesmas.map((p) => ({
    ...p,
    targets: [],
    monthly: [],
    rubrics: [],
    monthReports: [],
  })),
};

async function storedResults(repos: Repositories, stage: 'self' | 'verified') {
  const district = (await repos.findDistrict(DISTRICT))!;
  return repos.listDistrictResults(district.id, DEMO_YEAR, stage);
}

describeOnBackends('importing a district-year', (backend) => {
  let demo: { repos: Repositories; uow: UnitOfWork };
  let empty: { store: Store; dispose(): Promise<void> };
  let emptyRepos: Repositories;
  beforeAll(async () => {
    await loadDemoPlan(backend.store, sourcePlan, {
      afterDistrict: rescoreDistrictYear,
    });
    demo = { repos: storeRepositories(backend.store), uow: unitOfWork(backend.store) };
    empty = await openTestStore(backend.kind);
    await loadDemoPlan(empty.store, emptyPlan, {
      afterDistrict: rescoreDistrictYear,
    });
    emptyRepos = storeRepositories(empty.store);
  });
  afterAll(async () => {
    await empty?.dispose();
  });
  const emptyDeps = () => ({ uow: unitOfWork(empty.store), repos: emptyRepos, clock });
  const exported = () =>
    readDistrictYear(demo.repos, { districtCode: DISTRICT, year: DEMO_YEAR, stage: 'self' });

  it('DHIS2 JSON: a dry run counts every value and writes nothing; the import then reproduces every stored score', async () => {
    const data = await exported();
    const parsed = parseDataValueSet(JSON.stringify(dataValueSetOf(data)));
    expect(parsed.conflicts).toEqual([]);
    // Scores are in the file, and left out of the import with their reason.
    expect(parsed.skipped.length).toBeGreaterThan(0);

    const before = await storedResults(emptyRepos, 'self');
    const dry = await importParsedValues(emptyDeps(), parsed, { dryRun: true, editor: ADMIN, reason: 'uji' });
    expect(dry).toMatchObject({ status: 'success', dryRun: true, updated: 0, conflicts: [] });
    expect(dry.imported).toBeGreaterThan(1000);
    expect(await storedResults(emptyRepos, 'self')).toEqual(before);
    const unit = (await emptyRepos.findAssessment(data.puskesmas[0]!.puskesmas.code, DEMO_YEAR))!;
    expect(await emptyRepos.listMonthlyValueRecords(yearKeyOf(unit), 'self')).toEqual([]);

    const done = await importParsedValues(emptyDeps(), parsed, {
      dryRun: false,
      editor: ADMIN,
      reason: 'uji',
    });
    expect(done).toMatchObject({ status: 'success', imported: dry.imported, updated: 0 });
    expect(done.ignored).toBe(dry.ignored);
    for (const stage of ['self', 'verified'] as const) {
      const source = await storedResults(demo.repos, stage);
      const copy = await storedResults(emptyRepos, stage);
      expect(copy.map((r) => r.puskesmas.code)).toEqual(source.map((r) => r.puskesmas.code));
      for (const [i, row] of source.entries()) {
        const fresh = (await emptyRepos.getResult(copy[i]!, stage))!;
        const original = (await demo.repos.getResult(row, stage))!;
        expect(compareResults(original, fresh), `${row.puskesmas.code} ${stage}`).toEqual([]);
      }
    }
    const check = await checkResults(
      { repos: emptyRepos, uow: unitOfWork(empty.store), clock },
      { year: DEMO_YEAR, districtCode: DISTRICT },
    );
    expect(check.differences).toEqual([]);
  });

  it('ADX: the export validates against the XSD, reads back as the same values, and changes nothing once imported', async () => {
    const data = await exported();
    const xml = adxOf(data, { exported: clock() });
    const xsd = XmlDocument.fromString(
      readFileSync(new URL('../../exchange/adx/pkp-adx.xsd', import.meta.url), 'utf8'),
    );
    const validator = XsdValidator.fromDoc(xsd);
    const doc = XmlDocument.fromString(xml);
    try {
      expect(() => validator.validate(doc)).not.toThrow();
    } finally {
      doc.dispose();
      validator.dispose();
      xsd.dispose();
    }
    const fromAdx = parseAdx(xml);
    const fromJson = parseDataValueSet(JSON.stringify(dataValueSetOf(data)));
    const withoutSource = (p: typeof fromAdx) => p.values.map(({ source: _source, ...v }) => v);
    expect(withoutSource(fromAdx)).toEqual(withoutSource(fromJson));
    // The empty copy holds every value since the DHIS2 import: the same file is all ignored.
    const again = await importParsedValues(emptyDeps(), fromAdx, {
      dryRun: false,
      editor: ADMIN,
      reason: 'uji',
    });
    expect(again).toMatchObject({ status: 'success', imported: 0, updated: 0, conflicts: [] });
  });

  describe('refusals', () => {
    it('one refused value writes nothing, and each conflict names its place and reason', async () => {
      const data = await exported();
      const set = dataValueSetOf(data, { scores: false });
      const monthly = set.dataValues.findIndex((v) => v.dataElement.endsWith('.NUM'));
      const changed = set.dataValues.findIndex((v, i) => i > monthly && v.dataElement.endsWith('.NUM'));
      const target = set.dataValues.findIndex((v) => v.dataElement.endsWith('.SASARAN'));
      const original = set.dataValues[changed]!;
      set.dataValues[changed] = { ...original, value: String(Number(original.value) + 1) };
      set.dataValues[monthly] = { ...set.dataValues[monthly]!, value: '-3' };
      set.dataValues.push({ ...set.dataValues[target]!, dataElement: 'SPM.01.TARGET', value: '90' });
      set.dataValues.push({ ...original, dataElement: 'TIDAK.ADA.NUM' });
      const last = set.dataValues.length - 1;
      const summary = await importParsedValues(
        { uow: demo.uow, repos: demo.repos, clock },
        parseDataValueSet(JSON.stringify(set)),
        { dryRun: false, editor: ADMIN, reason: 'uji' },
      );
      expect(summary.status).toBe('error');
      const places = summary.conflicts.map((c) => c.source.id);
      expect(places).toContain(`dataValues[${monthly}]`);
      expect(places).toContain(`dataValues[${last}]`);
      expect(summary.conflicts.find((c) => c.source.id === `dataValues[${monthly}]`)!.reason.id).toMatch(
        /negatif/,
      );
      // Nothing written: the changed value is still the stored one.
      const after = await exported();
      const stillThere = dataValueSetOf(after, { scores: false }).dataValues.find(
        (v) =>
          v.dataElement === original.dataElement &&
          v.period === original.period &&
          v.orgUnit === original.orgUnit,
      );
      expect(stillThere?.value).toBe(original.value);
    });

    it("refuses a Puskesmas role's target value and a year it may no longer change, and a value given twice", async () => {
      const { puskesmas } = await exported();
      const draft = puskesmas.find((p) => p.status === 'draft')!;
      const submitted = puskesmas.find((p) => p.status === 'submitted')!;
      const at = (id: string) => ({ id, en: id });
      const summary = await importYearValues(
        { uow: demo.uow, repos: demo.repos, clock },
        [
          {
            kind: 'target',
            puskesmasCode: draft.puskesmas.code,
            year: DEMO_YEAR,
            indicatorCode: 'SPM.01',
            targetValue: 90,
            source: at('a'),
          },
          {
            kind: 'monthly',
            puskesmasCode: submitted.puskesmas.code,
            year: DEMO_YEAR,
            indicatorCode: 'SPM.01',
            month: '2023-02',
            numerator: 1,
            source: at('b'),
          },
          {
            kind: 'monthly',
            puskesmasCode: draft.puskesmas.code,
            year: DEMO_YEAR,
            indicatorCode: 'SPM.01',
            month: '2023-03',
            numerator: 1,
            source: at('c'),
          },
          {
            kind: 'monthly',
            puskesmasCode: draft.puskesmas.code,
            year: DEMO_YEAR,
            indicatorCode: 'SPM.01',
            month: '2023-03',
            numerator: 2,
            source: at('d'),
          },
          {
            kind: 'monthly',
            puskesmasCode: 'P9999999',
            year: DEMO_YEAR,
            indicatorCode: 'SPM.01',
            month: '2023-03',
            numerator: 2,
            source: at('e'),
          },
        ],
        { dryRun: true, editor: KAPUS, reason: '' },
      );
      const reasons = Object.fromEntries(summary.conflicts.map((c) => [c.source.id, c.reason.en]));
      expect(reasons.a).toMatch(/SPM.01/);
      expect(reasons.b).toMatch(/submitted|sent/i);
      expect(reasons.d).toMatch(/already given/);
      expect(reasons.e).toMatch(/P9999999/);
      expect(summary.status).toBe('error');
    });
  });
});
