// Management and quality items (Table 5): read with their rubric texts and bands, scored one at a
// time (a level the rubric prints, or a percentage the engine bands), each change scored at once.
import { buildAssessmentTrees } from '../domain/assessment/build-trees.ts';
import { numberProblem, RUBRIC_PERCENT } from '../domain/assessment/number-bounds.ts';
import type {
  Catalog,
  CatalogGroup,
  CatalogIndicator,
  CatalogNode,
  RubricLevel,
} from '../domain/catalog/types.ts';
import { RUBRIC_LEVELS } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { scoreAssessment, type AssessmentResult } from '../domain/scoring/assessment.ts';
import { DEFAULT_RUBRIC_BANDS, rubricLevel } from '../domain/scoring/kinds/rubric.ts';
import type {
  RubricBody,
  RubricGroup,
  RubricItem,
  RubricSaved,
  RubricView,
} from '../shared/api/rubric.schema.ts';
import { AppError } from '../shared/errors.ts';
import { formatNumber } from '../shared/format.ts';
import type { Clock, Repositories, RubricScoreRecord, UnitOfWork } from './ports.ts';
import { numberWords } from './number-words.ts';
import { refreshAfterChange } from './refresh-result.ts';
import { lastYearFigure, lastYearFigures, refreshNextYearRise } from './rising-items.ts';
import { assertMayChange, reopened, writeYear, type Editor } from './year-write.ts';
import {
  headlineOf,
  iso,
  loadYear,
  yearHeader,
  type PuskesmasUnit,
  type YearReader,
} from './puskesmas-year.ts';
import { yearKeyOf } from './year-key.ts';

/** A level may be chosen only where the rubric prints a text for it (A2.1 prints only 0 and 10). */
export function selectableLevels(indicator: CatalogIndicator): RubricLevel[] {
  const levels = indicator.rubric?.levels;
  return RUBRIC_LEVELS.filter((level) => levels === undefined || levels[level].trim() !== '');
}

/** Last year's figure of a rising item: pkp's own where it holds one (`system`), else the row's as given. */
interface LastYear {
  year: number;
  /** The figure the system holds for last year; null when it holds none. */
  system: number | null;
}

function itemOf(
  indicator: CatalogIndicator,
  parent: CatalogGroup | null,
  record: RubricScoreRecord | undefined,
  lastYear: LastYear,
): RubricItem {
  const rubric = indicator.rubric;
  const bands = rubric?.bands ?? DEFAULT_RUBRIC_BANDS;
  const selectable = selectableLevels(indicator);
  const level = record?.level ?? null;
  const percent = record?.percent ?? null;
  const mustRise = rubric?.mustRise === true;
  const previous = lastYear.system ?? record?.previous ?? null;
  return {
    code: indicator.code,
    number: indicator.number,
    name: indicator.name,
    parent: parent && { code: parent.code, number: parent.number, name: parent.name },
    target: rubric?.target ?? indicator.target.printed,
    levels: RUBRIC_LEVELS.map((l) => ({
      level: l,
      text: rubric?.levels[l] ?? '',
      selectable: selectable.includes(l),
    })),
    input: rubric?.input ?? 'level',
    bands: bands.map((b) => ({ from: b.from, level: b.level, exclusive: b.exclusive ?? false })),
    definition: rubric?.definition ?? null,
    interpretation: indicator.interpretation ?? null,
    level,
    percent,
    lastYear: mustRise
      ? { year: lastYear.year, figure: previous, from: lastYear.system === null ? 'puskesmas' : 'system' }
      : null,
    score: rubricLevel({ level, percent, bands, mustRise, previous }),
    note: record?.note ?? null,
    version: record?.version ?? 0,
    enteredBy: record?.enteredBy ?? null,
    enteredAt: iso(record?.enteredAt),
  };
}

/** The items under a Table 5 group, each with the nested heading it sits under (A5 "6) Laporan keuangan BLUD"). */
function itemsUnder(group: CatalogGroup): { indicator: CatalogIndicator; parent: CatalogGroup | null }[] {
  const out: { indicator: CatalogIndicator; parent: CatalogGroup | null }[] = [];
  const visit = (node: CatalogNode, parent: CatalogGroup | null): void => {
    if (node.type === 'indicator') out.push({ indicator: node, parent });
    else for (const child of node.children) visit(child, node === group ? null : node);
  };
  visit(group, null);
  return out;
}

function groupsOf(
  catalog: Catalog,
  records: ReadonlyMap<string, RubricScoreRecord>,
  result: AssessmentResult,
  lastYear: (indicator: CatalogIndicator) => LastYear,
): RubricGroup[] {
  const out: RubricGroup[] = [];
  for (const cluster of catalog.clusters) {
    if (cluster.cluster !== 'manajemen' && cluster.cluster !== 'mutu') continue;
    for (const group of cluster.children) {
      if (group.type !== 'group') continue;
      out.push({
        code: group.code,
        number: group.number,
        name: group.name,
        axis: cluster.cluster === 'manajemen' ? 'management' : 'quality',
        score: result.nodes[group.code]?.score ?? null,
        items: itemsUnder(group).map(({ indicator, parent }) =>
          itemOf(indicator, parent, records.get(indicator.code), lastYear(indicator)),
        ),
      });
    }
  }
  return out;
}

export async function getRubric(repos: YearReader, unit: PuskesmasUnit, year: number): Promise<RubricView> {
  const ctx = await loadYear(repos, unit, year, { monthly: false });
  const result = scoreAssessment(buildAssessmentTrees(ctx.catalog, ctx.py), ctx.settings);
  const records = new Map(ctx.rubrics.map((r) => [r.indicatorCode, r]));
  const figures = await lastYearFigures(repos, unit.code, year, ctx.catalog);
  return {
    ...yearHeader(ctx),
    groups: groupsOf(ctx.catalog, records, result, (indicator) => ({
      year: year - 1,
      system: figures.get(indicator.code) ?? null,
    })),
    management: { score: result.management?.score ?? null, category: result.management?.category ?? null },
    quality: { score: result.quality?.score ?? null, category: result.quality?.category ?? null },
  };
}

/**
 * What an item takes, whoever scores it (the Puskesmas, or Dinkes correcting it): a level its rubric
 * prints, or a percentage within bounds — never the other. Returns the item's input; throws
 * INDICATOR_FIELD_INVALID.
 */
export function checkRubricBody(
  indicator: CatalogIndicator,
  body: { level?: RubricLevel | null; percent?: number | null; previous?: number | null },
): 'level' | 'percent' {
  const code = indicator.code;
  const invalid = (field: string, reason: string) =>
    new AppError('INDICATOR_FIELD_INVALID', { field, code, reason });
  if (indicator.kind !== 'rubric')
    throw invalid('indicatorCode', 'bukan butir manajemen/mutu; nilainya diisi per bulan');
  const shape = indicator.rubric?.input ?? 'level';
  if (shape === 'level' && body.percent != null)
    throw invalid('percent', 'butir ini dinilai dengan memilih tingkat, bukan persentase');
  if (shape === 'percent' && body.level != null)
    throw invalid('level', 'butir ini diisi persentase; tingkatnya dihitung otomatis');
  if (body.level != null && !selectableLevels(indicator).includes(body.level))
    throw invalid('level', `tingkat ${body.level} tidak tercantum pada rubrik butir ini`);
  const oddPercent = body.percent == null ? null : numberProblem(body.percent, RUBRIC_PERCENT);
  if (oddPercent) throw invalid('percent', numberWords(oddPercent, RUBRIC_PERCENT));
  if (body.previous != null && !indicator.rubric?.mustRise)
    throw invalid('previous', 'hanya butir yang harus naik dari tahun lalu yang diisi angka tahun lalu');
  const oddPrevious = body.previous == null ? null : numberProblem(body.previous, RUBRIC_PERCENT);
  if (oddPrevious) throw invalid('previous', numberWords(oddPrevious, RUBRIC_PERCENT));
  return shape;
}

export type SaveRubricOutcome =
  { status: 'saved'; saved: RubricSaved } | { status: 'stale'; error: AppError; current: RubricItem };

/**
 * Scores one item. A level item takes a level its rubric prints; a percentage item takes a
 * percentage (banded by the engine, never by the client). Fields absent keep their stored value,
 * null clears. Version-checked, audited, and the stored result refreshed in the same transaction.
 */
export async function saveRubric(
  deps: { uow: UnitOfWork; repos: Repositories; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; indicatorCode: string; body: RubricBody; editor: Editor },
): Promise<SaveRubricOutcome> {
  const { uow, repos, clock } = deps;
  const { unit, year, indicatorCode: code, body, editor } = input;
  const ctx = await loadYear(repos, unit, year, { monthly: false });
  // Refused before anything else when the editor may not change the year — unless a verifier returned
  // the item to the Puskesmas (both checked again under the lock).
  if (!(ctx.assessment && (await reopened(repos, editor, ctx.assessment, code))))
    assertMayChange(editor, ctx);
  const placed = listIndicators(ctx.catalog).find((p) => p.indicator.code === code);
  if (!placed) throw new AppError('INDICATOR_NOT_FOUND', { code, year }, { status: 404 });
  const indicator = placed.indicator;
  const shape = checkRubricBody(indicator, body);
  const current = ctx.rubrics.find((r) => r.indicatorCode === code);

  const keep = <T>(given: T | undefined, stored: T): T => (given === undefined ? stored : given);
  let saved;
  try {
    saved = await writeYear(uow, { unit, year, editor, indicatorCode: code }, async (r, assessment) => {
      const at = clock();
      const system = indicator.rubric?.mustRise ? await lastYearFigure(r, unit.code, year, indicator) : null;
      const previous = previousOf(indicator, { year, system, given: body.previous, current });
      const record = await r.saveRubricScore({
        ...yearKeyOf(assessment),
        indicatorCode: code,
        stage: 'self',
        level: shape === 'level' ? keep(body.level, current?.level ?? null) : null,
        percent: shape === 'percent' ? keep(body.percent, current?.percent ?? null) : null,
        previous,
        note: keep(body.note, current?.note ?? null),
        expectedVersion: body.expectedVersion,
        actor: editor.username,
        reason: body.reason ?? null,
        at,
      });
      const result = await refreshAfterChange(r, yearKeyOf(assessment), 'self', clock);
      await refreshNextYearRise(r, {
        puskesmasCode: unit.code,
        year,
        code,
        actor: editor.username,
        at,
        clock,
      });
      return { record, result, system };
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'STALE_VALUE') throw error;
    const fresh = await loadYear(repos, unit, year, { monthly: false });
    const stored = fresh.rubrics.find((r) => r.indicatorCode === code);
    const system = indicator.rubric?.mustRise
      ? await lastYearFigure(repos, unit.code, year, indicator)
      : null;
    return {
      status: 'stale',
      error,
      current: itemOf(indicator, parentOf(placed.path), stored, { year: year - 1, system }),
    };
  }
  return {
    status: 'saved',
    saved: {
      item: itemOf(indicator, parentOf(placed.path), saved.record, { year: year - 1, system: saved.system }),
      headline: headlineOf(saved.result),
    },
  };
}

/**
 * Last year's figure to store with an item that must rise: the system's where it holds one (a figure
 * given beside it must be the same), else the one given, else the one stored. Null for other items.
 */
function previousOf(
  indicator: CatalogIndicator,
  input: {
    year: number;
    system: number | null;
    given: number | null | undefined;
    current?: RubricScoreRecord;
  },
): number | null {
  if (!indicator.rubric?.mustRise) return null;
  const { system, given } = input;
  if (system === null) return given === undefined ? (input.current?.previous ?? null) : given;
  if (given != null && given !== system)
    throw new AppError('INDICATOR_FIELD_INVALID', {
      field: 'previous',
      code: indicator.code,
      reason: `angka tahun ${input.year - 1} diambil dari data pkp tahun itu (${formatNumber(system, 2, 'id')})`,
    });
  return system;
}

/** The nested heading of an item: the groups below the Table 5 group (path: cluster, group, …). */
function parentOf(path: readonly CatalogGroup[]): CatalogGroup | null {
  return path.length > 2 ? (path[path.length - 1] ?? null) : null;
}
