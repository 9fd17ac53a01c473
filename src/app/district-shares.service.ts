// A target the decree prints for the whole district (`targetScope: 'district'`, Pati's UKM.D1.6: 45
// drug-resistant TB cases, "Kasus Komulatif kab"), shared out by Dinkes among its Puskesmas. Each
// Puskesmas' share is the value of its own target row, and the shares of a row are saved together:
// all of them or none, every Puskesmas-year under its lock, each rescored — so they always sum to the
// printed total. A single target save cannot move a share (target-change.ts).
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import { proposeShares, shareProblems, type ShareProblem } from '../domain/assessment/district-shares.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import type { Catalog, CatalogIndicator } from '../domain/catalog/types.ts';
import { listIndicators, type PlacedIndicator } from '../domain/catalog/walk.ts';
import type {
  ShareHolderView,
  SharedTargetRow,
  SharedTargetsView,
  SharesBody,
} from '../shared/api/district-shares.schema.ts';
import { AppError } from '../shared/errors.ts';
import type {
  AssessmentRef,
  Clock,
  OrgUnitRef,
  PlanningReader,
  PuskesmasRef,
  ResultsReader,
  TargetRecord,
  UnitOfWork,
} from './ports.ts';
import { readProfile } from './profile.service.ts';
import type { PuskesmasUnit } from './puskesmas-year.ts';
import { refreshAfterChange } from './refresh-result.ts';
import { writeYears, type Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

type Reader = PlanningReader & Pick<ResultsReader, 'findAssessment'>;

/** The rows of a catalog whose printed target is the district's. */
export function sharedRows(catalog: Catalog): PlacedIndicator[] {
  return listIndicators(catalog).filter((p) => p.indicator.targetScope === 'district');
}

/** One Puskesmas of the district in the year: its assessment (if opened), target rows and population. */
interface HolderYear {
  puskesmas: PuskesmasRef;
  assessment: AssessmentRef | undefined;
  targets: Map<string, TargetRecord>;
  population: number;
}

async function holderYears(repos: Reader, district: OrgUnitRef, year: number): Promise<HolderYear[]> {
  const out: HolderYear[] = [];
  for (const puskesmas of await repos.listPuskesmas(district.id)) {
    const assessment = await repos.findAssessment(puskesmas.code, year);
    const targets = assessment ? await repos.listTargetRecords(yearKeyOf(assessment)) : [];
    const profile = readProfile((await repos.getProfile(puskesmas.id, year))?.data);
    out.push({
      puskesmas,
      assessment,
      targets: new Map(targets.map((t) => [t.indicatorCode, t])),
      population: profile.villages.reduce((sum, v) => sum + v.population, 0),
    });
  }
  return out;
}

/** Why the row does not apply to the Puskesmas-year (its status as that year has it), or null. */
function reasonOf(indicator: CatalogIndicator, h: HolderYear, year: number): string | null {
  const rawatInap = h.assessment?.puskesmas.rawatInap ?? h.puskesmas.rawatInap;
  const py = puskesmasYearOf(year, rawatInap, { targets: [...h.targets.values()], monthly: [], rubrics: [] });
  return notApplicableReason(indicator, py);
}

function rowView(placed: PlacedIndicator, holders: readonly HolderYear[], year: number): SharedTargetRow {
  const { indicator, path } = placed;
  const total = indicator.target.value ?? 0;
  const reasons = holders.map((h) => reasonOf(indicator, h, year));
  const proposed = proposeShares(
    total,
    holders.flatMap((h, i) =>
      reasons[i] === null ? [{ code: h.puskesmas.code, weight: h.population }] : [],
    ),
  );
  const puskesmas: ShareHolderView[] = holders.map((h, i) => {
    const record = h.targets.get(indicator.code);
    return {
      code: h.puskesmas.code,
      name: h.puskesmas.name,
      applies: reasons[i] === null,
      reason: reasons[i] ?? null,
      share: record?.targetValue ?? null,
      proposed: proposed.get(h.puskesmas.code) ?? null,
      population: h.population,
      status: h.assessment?.status ?? null,
      version: record?.version ?? 0,
    };
  });
  return {
    code: indicator.code,
    number: indicator.number,
    name: indicator.name,
    unit: indicator.unit,
    sasaranLabel: indicator.sasaran,
    printedTarget: indicator.target.printed,
    total,
    path: path.map((g) => ({ code: g.code, number: g.number, name: g.name })),
    puskesmas,
    sum: puskesmas.reduce((s, p) => s + (p.applies ? (p.share ?? 0) : 0), 0),
  };
}

async function districtCatalogOf(repos: Reader, district: OrgUnitRef, year: number): Promise<Catalog> {
  const found = await repos.findDistrictCatalog(district.id, year);
  if (!found) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  return found.catalog;
}

/** Every shared row of the district's catalog of the year, with each Puskesmas' share. */
export async function listSharedTargets(
  repos: Reader,
  district: OrgUnitRef,
  year: number,
): Promise<SharedTargetsView> {
  const rows = sharedRows(await districtCatalogOf(repos, district, year));
  const holders = rows.length > 0 ? await holderYears(repos, district, year) : [];
  return {
    district: { code: district.code, name: district.name },
    year,
    rows: rows.map((placed) => rowView(placed, holders, year)),
  };
}

function problemWords(p: ShareProblem, unit: string): { id: string; en: string } {
  switch (p.rule) {
    case 'unknown':
      return {
        id: `${p.code}: bukan Puskesmas kabupaten ini`,
        en: `${p.code}: not a Puskesmas of this district`,
      };
    case 'twice':
      return { id: `${p.code}: disebut lebih dari sekali`, en: `${p.code}: named more than once` };
    case 'missing':
      return {
        id: `${p.name} (${p.code}): belum ada bagiannya`,
        en: `${p.name} (${p.code}): has no share yet`,
      };
    case 'not-whole':
      return {
        id: `${p.name} (${p.code}): bagian ${String(p.share).replace('.', ',')} bukan bilangan bulat 1 atau lebih; bila Puskesmas ini tidak ikut menanggung target, tandai indikatornya tidak berlaku di layar Target Puskesmas itu`,
        en: `${p.name} (${p.code}): the share ${p.share} is not a whole number of 1 or more; if this Puskesmas carries none of the target, mark the indicator not applicable on its Targets screen`,
      };
    case 'not-applicable':
      return {
        id: `${p.name} (${p.code}): indikator ini tidak berlaku di Puskesmas ini, jadi tanpa bagian`,
        en: `${p.name} (${p.code}): the indicator does not apply here, so it takes no share`,
      };
    case 'sum':
      return {
        id: `jumlah bagian ${p.sum} ${unit}, padahal target kabupaten ${p.total}: selisih ${p.total - p.sum}`,
        en: `the shares sum to ${p.sum} ${unit}, but the district's target is ${p.total}: ${p.total - p.sum} apart`,
      };
  }
}

/**
 * Saves every Puskesmas' share of one shared row: refused with every problem named (SHARES_INVALID)
 * unless each Puskesmas where the row applies has a whole share and together they make the total;
 * then one transaction takes each Puskesmas-year's lock (opening a year not opened yet), checks Dinkes
 * may still change it, writes the changed shares (audited, version-checked) and rescores each year.
 */
export async function saveShares(
  uow: UnitOfWork,
  repos: Reader,
  clock: Clock,
  input: { district: OrgUnitRef; year: number; indicatorCode: string; body: SharesBody; editor: Editor },
): Promise<SharedTargetRow> {
  const { district, year, indicatorCode, body, editor } = input;
  const placed = sharedRows(await districtCatalogOf(repos, district, year)).find(
    (p) => p.indicator.code === indicatorCode,
  );
  if (!placed) throw new AppError('SHARED_TARGET_NOT_FOUND', { code: indicatorCode, year }, { status: 404 });
  const { indicator } = placed;
  const before = await holderYears(repos, district, year);
  const holders = before.map((h) => ({
    code: h.puskesmas.code,
    name: h.puskesmas.name,
    applies: reasonOf(indicator, h, year) === null,
  }));
  const given = body.shares.map((s) => ({ code: s.puskesmas, share: s.share }));
  const problems = shareProblems(indicator.target.value ?? 0, holders, given);
  if (problems.length > 0) {
    const words = problems.map((p) => problemWords(p, indicator.unit.toLowerCase()));
    throw new AppError(
      'SHARES_INVALID',
      {
        code: indicator.code,
        count: words.length,
        issues: words.map((w) => w.id).join('\n'),
        issuesEn: words.map((w) => w.en).join('\n'),
      },
      { status: 400 },
    );
  }

  const byCode = new Map(body.shares.map((s) => [s.puskesmas, s]));
  const units: PuskesmasUnit[] = before.map(({ puskesmas: p }) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    rawatInap: p.rawatInap,
    ancestorIds: [district.id],
  }));
  await writeYears(
    uow,
    units.map((unit) => ({ unit, year })),
    editor,
    async (tx, assessments) => {
      const at = clock();
      for (const unit of units) {
        const given = byCode.get(unit.code);
        const assessment = assessments.get(`${unit.id}:${year}`)!;
        const records = await tx.listTargetRecords(yearKeyOf(assessment));
        const current = records.find((t) => t.indicatorCode === indicator.code);
        // Every row read, changed or not: a share kept while its row moved (marked not applicable
        // meanwhile) would leave the sum checked above against a district that is no longer there.
        const expected = given?.expectedVersion ?? 0;
        if ((current?.version ?? 0) !== expected)
          throw new AppError('STALE_VALUE', { current: current?.version ?? 0, expected }, { status: 409 });
        const share = given?.share ?? null;
        if ((current?.targetValue ?? null) === share) continue;
        await tx.saveTarget({
          ...yearKeyOf(assessment),
          indicatorCode: indicator.code,
          targetValue: share,
          targetSasaran: current?.targetSasaran ?? null,
          sasaran: current?.sasaran ?? null,
          applicable: current?.applicable ?? true,
          notApplicableReason: current?.notApplicableReason ?? null,
          chosen: current?.chosen ?? null,
          expectedVersion: expected,
          actor: editor.username,
          reason: body.reason?.trim() || null,
          at,
        });
        await refreshAfterChange(tx, yearKeyOf(assessment), 'self', clock);
      }
    },
  );
  return rowView(placed, await holderYears(repos, district, year), year);
}
