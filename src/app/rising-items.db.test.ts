// "Peningkatan Indeks Keluarga Sehat" over two years (rule 111): 2024's item, renumbered with its 2023
// code as the crosswalk, takes 2023's IKS as last year's; an IKS not above it is level 0; a change of
// 2023's figure — the Puskesmas' own or Dinkes' correction — rescores 2024 in the same transaction;
// and in a first year the Puskesmas gives last year's figure itself.
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, demoCatalog, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import type { Catalog, CatalogNode } from '../domain/catalog/types.ts';
import { checkResults } from './check-results.ts';
import { saveCorrection } from './corrections.service.ts';
import { openDistrictYear } from './catalog/year-rollover.ts';
import { getRubric, saveRubric } from './rubric.service.ts';
import type { RubricBody } from '../shared/api/rubric.schema.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { yearKeyOf } from './year-key.ts';

const NEXT = DEMO_YEAR + 1;
const OLD_CODE = 'MUT.B2.1';
const NEW_CODE = 'MUT.IKS';
const admin = { username: 'admin.3318', role: 'admin_dinkes' as const };
const verifier = { username: 'verifikator.3318', role: 'verifikator' as const };

/** 2024's catalog: 2023's, with the IKS item under a new code that names its 2023 code. */
function nextCatalog(): Catalog {
  const next: Catalog = { ...structuredClone(demoCatalog), id: `pati-${NEXT}`, year: NEXT };
  const recode = (node: CatalogNode): void => {
    if (node.type === 'group') return node.children.forEach(recode);
    if (node.code === OLD_CODE) Object.assign(node, { code: NEW_CODE, previousCode: OLD_CODE });
  };
  next.clusters.forEach(recode);
  return next;
}

describeOnBackends('an item that must rise above last year', (backend) => {
  let demo: SmallDemo;
  let draft: OrgUnitWithAncestors;
  let submitted: OrgUnitWithAncestors;
  const clock = () => new Date(`${NEXT}-02-01T02:00:00Z`);
  const deps = () => ({ uow: demo.uow, repos: demo.repos, clock });
  const kapus = (unit: OrgUnitWithAncestors) => ({
    username: `kapus.${unit.code.toLowerCase()}`,
    role: 'kepala_puskesmas' as const,
  });
  const item = async (unit: OrgUnitWithAncestors, year: number, code: string) =>
    (await getRubric(demo.repos, unit, year)).groups.flatMap((g) => g.items).find((i) => i.code === code)!;
  /** The Kepala Puskesmas' save of the IKS item of `year` (its 2023 code, or 2024's). */
  const saveIks = (unit: OrgUnitWithAncestors, year: number, body: RubricBody) =>
    saveRubric(deps(), {
      unit,
      year,
      indicatorCode: year === DEMO_YEAR ? OLD_CODE : NEW_CODE,
      body,
      editor: kapus(unit),
    });
  const stored = async (unit: OrgUnitWithAncestors, year: number) =>
    (await demo.repos.getResult(yearKeyOf((await demo.repos.findAssessment(unit.code, year))!), 'self'))!;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    const statuses = await Promise.all(
      demo.units.map(async (u) => (await demo.repos.findAssessment(u.code, DEMO_YEAR))!.status),
    );
    draft = demo.units[statuses.indexOf('draft')]!;
    submitted = demo.units[statuses.indexOf('submitted')]!;
    const version = await demo.repos.saveCatalogDraft({
      districtId: demo.district.id,
      catalog: nextCatalog(),
      settings: {},
      actor: 'admin',
    });
    await demo.repos.publishCatalog({ catalogVersionId: version.catalogVersionId, actor: 'admin' });
    await openDistrictYear(deps(), { district: demo.district, year: NEXT, editor: admin });
  });

  it('asks the Puskesmas for last year’s figure in its first year, and scores nothing without it', async () => {
    const first = await item(draft, DEMO_YEAR, OLD_CODE);
    // The demo's Puskesmas gave 2022's IKS with 2023's.
    expect(first.lastYear).toMatchObject({ year: DEMO_YEAR - 1, from: 'puskesmas' });
    expect(first.lastYear!.figure).not.toBeNull();
    const cleared = await saveIks(draft, DEMO_YEAR, { previous: null, expectedVersion: first.version });
    expect(cleared.status === 'saved' && cleared.saved.item.score).toBeNull();
    const again = await saveIks(draft, DEMO_YEAR, {
      percent: 0.55,
      previous: 0.5,
      expectedVersion: first.version + 1,
    });
    expect(again.status === 'saved' && again.saved.item).toMatchObject({
      percent: 0.55,
      lastYear: { figure: 0.5, from: 'puskesmas' },
      score: 7,
    });
  });

  it('takes 2023’s figure for the renumbered 2024 item, and scores an IKS not above it 0', async () => {
    const before = await item(draft, NEXT, NEW_CODE);
    expect(before.lastYear).toEqual({ year: DEMO_YEAR, figure: 0.55, from: 'system' });
    const refused = await saveIks(draft, NEXT, { percent: 0.6, previous: 0.4, expectedVersion: 0 }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'INDICATOR_FIELD_INVALID', params: { field: 'previous' } });

    const same = await saveIks(draft, NEXT, { percent: 0.55, expectedVersion: 0 });
    expect(same.status === 'saved' && same.saved.item.score).toBe(0);
    const risen = await saveIks(draft, NEXT, { percent: 0.82, expectedVersion: 1 });
    expect(risen.status === 'saved' && risen.saved.item.score).toBe(10);
  });

  it('rescores 2024 when 2023’s figure changes, and stores what a fresh scoring gives', async () => {
    const last = await item(draft, DEMO_YEAR, OLD_CODE);
    const quality = (await stored(draft, NEXT)).quality;
    await saveIks(draft, DEMO_YEAR, { percent: 0.9, expectedVersion: last.version });
    expect((await item(draft, NEXT, NEW_CODE)).lastYear).toEqual({
      year: DEMO_YEAR,
      figure: 0.9,
      from: 'system',
    });
    expect((await item(draft, NEXT, NEW_CODE)).score).toBe(0);
    expect((await stored(draft, NEXT)).quality).toBeLessThan(quality!);
    const check = await checkResults(deps(), { year: NEXT, districtCode: demo.district.code });
    expect(check.differences).toEqual([]);
  });

  it('follows Dinkes’ correction of 2023, the figure last year was verified at', async () => {
    await saveIks(submitted, NEXT, { percent: 0.7, expectedVersion: 0 });
    await saveCorrection(
      { uow: demo.uow, clock },
      {
        unit: submitted,
        year: DEMO_YEAR,
        indicatorCode: OLD_CODE,
        body: { kind: 'rubric', percent: 0.75, reason: 'Survei PIS-PK ulang', expectedVersion: 0 },
        editor: verifier,
      },
    );
    expect(await item(submitted, NEXT, NEW_CODE)).toMatchObject({
      lastYear: { year: DEMO_YEAR, figure: 0.75, from: 'system' },
      score: 0,
    });
    const check = await checkResults(deps(), { year: NEXT, districtCode: demo.district.code });
    expect(check.differences).toEqual([]);
  });
});
