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
import { bandLevel, DEFAULT_RUBRIC_BANDS } from '../domain/scoring/kinds/rubric.ts';
import type {
  RubricBody,
  RubricGroup,
  RubricItem,
  RubricSaved,
  RubricView,
} from '../shared/api/rubric.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, Repositories, RubricScoreRecord, UnitOfWork } from './ports.ts';
import { numberWords } from './number-words.ts';
import { refreshAfterChange } from './refresh-result.ts';
import { assertMayChange, reopened, writeYear, type Editor } from './year-write.ts';
import {
  headlineOf,
  iso,
  loadYear,
  yearHeader,
  type PuskesmasUnit,
  type YearReader,
} from './puskesmas-year.ts';

/** A level may be chosen only where the rubric prints a text for it (A2.1 prints only 0 and 10). */
export function selectableLevels(indicator: CatalogIndicator): RubricLevel[] {
  const levels = indicator.rubric?.levels;
  return RUBRIC_LEVELS.filter((level) => levels === undefined || levels[level].trim() !== '');
}

function itemOf(
  indicator: CatalogIndicator,
  parent: CatalogGroup | null,
  record: RubricScoreRecord | undefined,
): RubricItem {
  const rubric = indicator.rubric;
  const bands = rubric?.bands ?? DEFAULT_RUBRIC_BANDS;
  const selectable = selectableLevels(indicator);
  const level = record?.level ?? null;
  const percent = record?.percent ?? null;
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
    score: level ?? (percent === null ? null : bandLevel(percent, bands)),
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
          itemOf(indicator, parent, records.get(indicator.code)),
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
  return {
    ...yearHeader(ctx),
    groups: groupsOf(ctx.catalog, records, result),
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
  body: { level?: RubricLevel | null; percent?: number | null },
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
      const record = await r.saveRubricScore({
        assessmentId: assessment.id,
        indicatorCode: code,
        stage: 'self',
        level: shape === 'level' ? keep(body.level, current?.level ?? null) : null,
        percent: shape === 'percent' ? keep(body.percent, current?.percent ?? null) : null,
        note: keep(body.note, current?.note ?? null),
        expectedVersion: body.expectedVersion,
        actor: editor.username,
        reason: body.reason ?? null,
        at: clock(),
      });
      return { record, result: await refreshAfterChange(r, assessment.id, 'self', clock) };
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'STALE_VALUE') throw error;
    const fresh = await loadYear(repos, unit, year, { monthly: false });
    const stored = fresh.rubrics.find((r) => r.indicatorCode === code);
    return { status: 'stale', error, current: itemOf(indicator, parentOf(placed.path), stored) };
  }
  return {
    status: 'saved',
    saved: {
      item: itemOf(indicator, parentOf(placed.path), saved.record),
      headline: headlineOf(saved.result),
    },
  };
}

/** The nested heading of an item: the groups below the Table 5 group (path: cluster, group, …). */
function parentOf(path: readonly CatalogGroup[]): CatalogGroup | null {
  return path.length > 2 ? (path[path.length - 1] ?? null) : null;
}
