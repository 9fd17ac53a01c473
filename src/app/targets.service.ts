// Targets of a Puskesmas-year: each indicator's own target, sasaran and applicability, the UKM
// Pengembangan services it chose (criterion 2.7.1), each change audited and scored at once.
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import { targetInForce } from '../domain/assessment/measure-indicator.ts';
import type { PuskesmasYear } from '../domain/assessment/inputs.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { listIndicators, type PlacedIndicator } from '../domain/catalog/walk.ts';
import type { TargetBody, TargetRow, TargetSaved, TargetsView } from '../shared/api/targets.schema.ts';
import { AppError } from '../shared/errors.ts';
import { recordCompletedMonths } from './month-completion.ts';
import type { Clock, TargetRecord, UnitOfWork } from './ports.ts';
import { suggestedSasaran } from './sasaran-suggestion.ts';
import { indicatorCodesUnder, proposedTarget } from './target-change.ts';
import { writeYear, type Editor } from './year-write.ts';
import { refreshAfterChange } from './refresh-result.ts';
import {
  headlineOf,
  iso,
  loadYear,
  yearHeader,
  type PuskesmasUnit,
  type YearReader,
} from './puskesmas-year.ts';
import { yearKeyOf } from './year-key.ts';

function toRow(placed: PlacedIndicator, record: TargetRecord | undefined, py: PuskesmasYear): TargetRow {
  const { indicator: ind, cluster, path } = placed;
  const reason = notApplicableReason(ind, py);
  const target = record?.targetValue ?? null;
  return {
    code: ind.code,
    number: ind.number,
    name: ind.name,
    unit: ind.unit,
    kind: ind.kind,
    entry: ind.entry,
    direction: ind.direction,
    cluster: cluster.cluster,
    path: path.map((g) => ({ code: g.code, number: g.number, name: g.name })),
    appliesTo: ind.appliesTo,
    optional: ind.optional,
    sasaranLabel: ind.sasaran,
    profileKey: suggestedSasaran(ind),
    defaultTarget: { ...ind.target },
    target,
    effectiveTarget: targetInForce(ind, { target: record ? { value: record.targetValue } : undefined }),
    districtWide: ind.targetScope === 'district',
    targetSasaran: record?.targetSasaran ?? null,
    sasaran: record?.sasaran ?? null,
    applicable: reason === null,
    reason,
    markedNotApplicable: record?.applicable === false,
    notApplicableReason: record?.notApplicableReason ?? null,
    chosen: ind.optional ? (record?.chosen ?? false) : null,
    version: record?.version ?? 0,
    updatedBy: record?.updatedBy ?? null,
    updatedAt: iso(record?.updatedAt),
  };
}

function developmentServices(
  catalog: Catalog,
  records: ReadonlyMap<string, TargetRecord>,
): TargetsView['services'] {
  const out: TargetsView['services'] = [];
  for (const cluster of catalog.clusters) {
    if (cluster.cluster !== 'ukm-pengembangan') continue;
    for (const service of cluster.children) {
      if (service.type !== 'group') continue;
      const indicators = indicatorCodesUnder(service);
      const chosen = indicators.find((code) => records.get(code)?.chosen === true) ?? null;
      out.push({ code: service.code, number: service.number, name: service.name, indicators, chosen });
    }
  }
  return out;
}

export async function listTargets(
  repos: YearReader,
  unit: PuskesmasUnit,
  year: number,
): Promise<TargetsView> {
  const ctx = await loadYear(repos, unit, year, { monthly: false, rubrics: false });
  const records = new Map(ctx.targets.map((t) => [t.indicatorCode, t]));
  return {
    ...yearHeader(ctx),
    rows: listIndicators(ctx.catalog).map((p) => toRow(p, records.get(p.indicator.code), ctx.py)),
    services: developmentServices(ctx.catalog, records),
  };
}

/**
 * Changes one indicator's target row. Fields absent from `body` keep their stored value; the write
 * is version-checked (STALE_VALUE), audited, and the stored result is refreshed in the same transaction.
 */
export async function saveTarget(
  uow: UnitOfWork,
  clock: Clock,
  input: { unit: PuskesmasUnit; year: number; indicatorCode: string; body: TargetBody; editor: Editor },
): Promise<TargetSaved> {
  const { unit, year, indicatorCode: code, body, editor } = input;
  return writeYear(uow, { unit, year, editor, indicatorCode: code }, async (repos, assessment) => {
    const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
    const placed = listIndicators(catalog).find((p) => p.indicator.code === code);
    if (!placed) throw new AppError('INDICATOR_NOT_FOUND', { code, year }, { status: 404 });
    const records = new Map(
      (await repos.listTargetRecords(yearKeyOf(assessment))).map((t) => [t.indicatorCode, t]),
    );
    const current = records.get(code);
    const next = await proposedTarget({
      placed,
      records,
      body,
      editor,
      year,
      profile: () => repos.getProfile(unit.id, year),
    });

    const saved = await repos.saveTarget({
      ...yearKeyOf(assessment),
      indicatorCode: code,
      ...next,
      expectedVersion: body.expectedVersion,
      actor: editor.username,
      reason: body.reason ?? null,
      at: clock(),
    });
    records.set(code, saved);
    const py = puskesmasYearOf(year, assessment.puskesmas.rawatInap, {
      targets: [...records.values()],
      monthly: [],
      rubrics: [],
    });
    // Marking an indicator not applicable (or dropping a UKM Pengembangan choice) can complete the
    // months that lacked only its value: they became complete now (rule 20).
    if (saved.applicable !== (current?.applicable ?? true) || saved.chosen !== (current?.chosen ?? null))
      await recordCompletedMonths(repos, {
        ...yearKeyOf(assessment),
        catalog,
        py,
        actor: editor.username,
        at: saved.updatedAt,
        cause: { target: code },
      });
    const stored = await refreshAfterChange(repos, yearKeyOf(assessment), 'self', clock);
    return { row: toRow(placed, saved, py), headline: headlineOf(stored) };
  });
}
