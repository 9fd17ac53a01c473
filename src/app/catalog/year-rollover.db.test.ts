// Opening 2024 after 2023: refused until the 2024 catalog is published (by Dinkes or by a first entry); then every Puskesmas has its
// year with last year's profile and UKM Pengembangan choices; 2024 takes its own figures; and 2023's
// stored results are exactly what they were (and what a fresh scoring gives). Opening again adds nothing.
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { DEMO_YEAR, demoCatalog, loadSmallDemo, type SmallDemo } from '../../../test/db/small-demo.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import { checkResults } from '../check-results.ts';
import { saveEntry } from '../entries.service.ts';
import { saveMonthlyValue } from '../monthly-entry.ts';
import { openDistrictYear } from './year-rollover.ts';
import { yearKeyOf } from '../year-key.ts';

const NEXT = DEMO_YEAR + 1;
const admin = { username: 'admin.3318', role: 'admin_dinkes' as const };

describeOnBackends('opening the next year', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it("opens 2024 on its published catalog, carries last year's profile and choices, and leaves 2023 as it was", async () => {
    const { repos, uow, district, units } = demo;
    const deps = { uow, repos, clock: () => new Date(`${NEXT}-01-02T02:00:00Z`) };
    const before = [
      ...(await repos.listDistrictResults(district.id, DEMO_YEAR, 'self')),
      ...(await repos.listDistrictResults(district.id, DEMO_YEAR, 'verified')),
    ];

    const next: Catalog = { ...structuredClone(demoCatalog), id: `pati-${NEXT}`, year: NEXT };
    const version = await repos.saveCatalogDraft({
      districtId: district.id,
      catalog: next,
      settings: {},
      actor: 'admin',
    });
    await expect(openDistrictYear(deps, { district, year: NEXT, editor: admin })).rejects.toMatchObject({
      code: 'CATALOG_NOT_PUBLISHED',
    });
    // Nor does a Puskesmas open the year itself by entering a figure against a draft.
    await expect(
      saveEntry(deps, {
        unit: units[0]!,
        year: NEXT,
        indicatorCode: 'SPM.01',
        month: `${NEXT}-01`,
        body: { numerator: 1, expectedVersion: 0 },
        editor: { username: 'pelaksana.p3318001', role: 'pelaksana' },
      }),
    ).rejects.toMatchObject({ code: 'CATALOG_NOT_PUBLISHED', status: 409 });
    expect(await repos.findAssessment(units[0]!.code, NEXT)).toBeUndefined();
    await repos.publishCatalog({ catalogVersionId: version.catalogVersionId, actor: 'admin' });

    const opened = await openDistrictYear(deps, { district, year: NEXT, editor: admin });
    expect(opened.map((o) => [o.puskesmas.code, o.opened, o.profileCopied])).toEqual(
      units.map((u) => [u.code, true, true]),
    );
    for (const unit of units) {
      const last = (await repos.findAssessment(unit.code, DEMO_YEAR))!;
      const chosen = (await repos.listTargetRecords(yearKeyOf(last)))
        .filter((t) => t.chosen === true)
        .map((t) => t.indicatorCode);
      expect(opened.find((o) => o.puskesmas.code === unit.code)!.choices.sort()).toEqual(chosen.sort());
      expect((await repos.getProfile(unit.id, NEXT))!.data).toEqual(
        (await repos.getProfile(unit.id, DEMO_YEAR))!.data,
      );
    }

    // 2024 takes its own figures.
    const first = (await repos.findAssessment(units[0]!.code, NEXT))!;
    const saved = await saveMonthlyValue(uow, {
      ...yearKeyOf(first),
      indicatorCode: 'SPM.01',
      month: `${NEXT}-01`,
      stage: 'self',
      numerator: 40,
      expectedVersion: 0,
      actor: 'pelaksana.p3318001',
    });
    expect(saved.result.assessmentId).toBe(first.id);

    // 2023: the same stored results, and a fresh scoring agrees with them.
    const after = [
      ...(await repos.listDistrictResults(district.id, DEMO_YEAR, 'self')),
      ...(await repos.listDistrictResults(district.id, DEMO_YEAR, 'verified')),
    ];
    expect(after).toEqual(before);
    const check = await checkResults(deps, { year: DEMO_YEAR, districtCode: district.code });
    expect(check.differences).toEqual([]);
    expect(check.checked).toBe(before.length);

    // Opening again adds nothing.
    const again = await openDistrictYear(deps, { district, year: NEXT, editor: admin });
    expect(
      again.every((o) => !o.opened && !o.profileCopied && o.choices.length === 0 && o.actions === 0),
    ).toBe(true);
  });
});
