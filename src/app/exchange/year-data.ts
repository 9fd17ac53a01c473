// A district-year (or one Puskesmas-year) as exportable data, whatever the format: for every
// Puskesmas-year opened in the year, each indicator's target row, its monthly values at the stage
// asked (the Puskesmas' own, or with Dinkes' corrections laid over them), its rubric score, and the
// stored score of every node of the result. The formats (src/exchange/) only turn this into text.
import type { Stage } from '../../domain/assessment/inputs.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import type { AssessmentStatus } from '../../domain/assessment/status.ts';
import { AppError } from '../../shared/errors.ts';
import type {
  MonthlyValueRecord,
  OrgUnitRef,
  Repositories,
  RubricScoreRecord,
  StoredResult,
  TargetRecord,
} from '../ports.ts';
import { loadYear, type PuskesmasUnit } from '../puskesmas-year.ts';
import { puskesmasScore } from '../puskesmas-score.ts';

export interface PuskesmasYearData {
  puskesmas: { code: string; name: string; rawatInap: boolean };
  year: number;
  status: AssessmentStatus;
  /** The catalog the year was opened with. */
  catalog: Catalog;
  targets: TargetRecord[];
  monthly: MonthlyValueRecord[];
  rubrics: RubricScoreRecord[];
  /** Every scored node's stored score by code (indicators, groups, and the axes service / management / quality); null where excluded. */
  scores: Record<string, number | null>;
  /** The stored result at the stage; null where the year has none at it (a draft has no verified result). */
  result: Omit<StoredResult, 'detail'> | null;
}

export interface DistrictYearData {
  district: OrgUnitRef;
  year: number;
  stage: Stage;
  /** The district's catalog of the year (the Measures of a FHIR export). */
  catalog: Catalog;
  /** By Puskesmas code; the Puskesmas whose year is not opened have nothing to export and are left out. */
  puskesmas: PuskesmasYearData[];
}

export type ExportProgress = (done: number, total: number, puskesmasName: string) => void;

/** One Puskesmas-year at `stage`, or undefined when its year is not opened. */
export async function readPuskesmasYear(
  repos: Repositories,
  unit: PuskesmasUnit,
  year: number,
  stage: Stage,
): Promise<PuskesmasYearData | undefined> {
  const ctx = await loadYear(repos, unit, year, { stage });
  if (!ctx.assessment) return undefined;
  let scores: Record<string, number | null> = {};
  let result: PuskesmasYearData['result'] = null;
  try {
    const score = await puskesmasScore(repos, unit.code, year, stage);
    scores = Object.fromEntries(Object.entries(score.nodes).map(([code, node]) => [code, node.score]));
    const { detail: _detail, ...rest } = score.result;
    result = rest;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'RESULT_NOT_FOUND') throw error;
  }
  return {
    puskesmas: { code: unit.code, name: unit.name, rawatInap: ctx.unit.rawatInap },
    year,
    status: ctx.assessment.status,
    catalog: ctx.catalog,
    targets: ctx.targets,
    monthly: ctx.monthly,
    rubrics: ctx.rubrics,
    scores,
    result,
  };
}

/**
 * Every opened Puskesmas-year of a district-year (or only `puskesmasCode`'s), at `stage`.
 * DISTRICT_NOT_FOUND, PUSKESMAS_NOT_FOUND (also for a Puskesmas of another district), CATALOG_NOT_FOUND.
 */
export async function readDistrictYear(
  repos: Repositories,
  input: {
    districtCode: string;
    year: number;
    stage: Stage;
    puskesmasCode?: string;
    progress?: ExportProgress;
  },
): Promise<DistrictYearData> {
  const { year, stage } = input;
  const district = await repos.findDistrict(input.districtCode);
  if (!district) throw new AppError('DISTRICT_NOT_FOUND', { code: input.districtCode }, { status: 404 });
  const catalog = await repos.findDistrictCatalog(district.id, year);
  if (!catalog) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  let units = await repos.listPuskesmas(district.id);
  if (input.puskesmasCode !== undefined) {
    units = units.filter((u) => u.code === input.puskesmasCode);
    if (units.length === 0)
      throw new AppError('PUSKESMAS_NOT_FOUND', { code: input.puskesmasCode }, { status: 404 });
  }
  const puskesmas: PuskesmasYearData[] = [];
  for (const [index, ref] of units.entries()) {
    const data = await readPuskesmasYear(repos, { ...ref, ancestorIds: [district.id] }, year, stage);
    if (data) puskesmas.push(data);
    input.progress?.(index + 1, units.length, ref.name);
  }
  return { district, year, stage, catalog: catalog.catalog, puskesmas };
}
