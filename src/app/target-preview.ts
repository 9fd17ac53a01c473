// The effect of a target row's change on the score, before it is saved: the year scored as stored and
// scored again with the proposed row, by the same engine the save's rescoring uses. Nothing is written.
import { buildAssessmentTrees } from '../domain/assessment/build-trees.ts';
import type { PuskesmasYear } from '../domain/assessment/inputs.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { scoreAssessment, type AssessmentResult } from '../domain/scoring/assessment.ts';
import type { TargetPreview, TargetPreviewBody } from '../shared/api/targets.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { TargetRecord } from './ports.ts';
import { loadYear, type PuskesmasUnit, type YearReader } from './puskesmas-year.ts';
import { proposedTarget } from './target-change.ts';
import type { Editor } from './year-write.ts';

function indicatorFigure(result: AssessmentResult, code: string): TargetPreview['indicator']['before'] {
  const node = result.nodes[code];
  return { score: node?.score ?? null, excluded: node?.explanation.excluded };
}

/**
 * Scores the Puskesmas' own result ('self', as the stored result and the dashboards read it) with and
 * without the change. Refuses what the save would refuse (a Puskesmas changing a target, a number out
 * of bounds, a second key indicator), with the same errors; the year's status is the save's to check.
 */
export async function previewTarget(
  repos: YearReader,
  input: {
    unit: PuskesmasUnit;
    year: number;
    indicatorCode: string;
    body: TargetPreviewBody;
    editor: Editor;
  },
): Promise<TargetPreview> {
  const { unit, year, indicatorCode: code, body, editor } = input;
  // Rubric scores move the management and quality axes only, which a target cannot change.
  const ctx = await loadYear(repos, unit, year, { rubrics: false });
  const placed = listIndicators(ctx.catalog).find((p) => p.indicator.code === code);
  if (!placed) throw new AppError('INDICATOR_NOT_FOUND', { code, year }, { status: 404 });
  const records = new Map(ctx.targets.map((t) => [t.indicatorCode, t]));
  const next = await proposedTarget({
    placed,
    records,
    body,
    editor,
    year,
    profile: () => repos.getProfile(unit.id, year),
  });
  // Never stored: the engine reads its target fields only, so the bookkeeping is the stored row's.
  const proposed: TargetRecord = {
    indicatorCode: code,
    version: 0,
    updatedBy: editor.username,
    updatedAt: new Date(0),
    ...records.get(code),
    ...next,
  };
  records.set(code, proposed);
  const after: PuskesmasYear = puskesmasYearOf(year, ctx.unit.rawatInap, {
    targets: [...records.values()],
    monthly: ctx.monthly,
    rubrics: ctx.rubrics,
  });

  const score = (py: PuskesmasYear) => scoreAssessment(buildAssessmentTrees(ctx.catalog, py), ctx.settings);
  const was = score(ctx.py);
  const would = score(after);
  return {
    code,
    indicator: { before: indicatorFigure(was, code), after: indicatorFigure(would, code) },
    service: {
      before: was.service?.score ?? null,
      after: would.service?.score ?? null,
      categoryBefore: was.service?.category ?? null,
      categoryAfter: would.service?.category ?? null,
    },
  };
}
