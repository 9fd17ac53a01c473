// Targets of a Puskesmas-year: each indicator's own target, sasaran and applicability, the UKM
// Pengembangan services it chose (criterion 2.7.1), each change audited and scored at once.
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import { targetProblem } from '../domain/assessment/number-bounds.ts';
import { hasPermission } from '../domain/access/roles.ts';
import type { PuskesmasYear } from '../domain/assessment/inputs.ts';
import type { Catalog, CatalogIndicator, CatalogNode } from '../domain/catalog/types.ts';
import { listIndicators, listNodes, type PlacedIndicator } from '../domain/catalog/walk.ts';
import { SASARAN_LABELS } from '../shared/api/profile.schema.ts';
import type { TargetBody, TargetRow, TargetSaved, TargetsView } from '../shared/api/targets.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, TargetRecord, UnitOfWork } from './ports.ts';
import { readProfile } from './profile.service.ts';
import { suggestedSasaran } from './sasaran-suggestion.ts';
import { numberWords } from './number-words.ts';
import { writeYear, type Editor } from './year-write.ts';
import {
  headlineOf,
  iso,
  loadYear,
  puskesmasYearOf,
  refreshStages,
  yearHeader,
  type PuskesmasUnit,
  type YearReader,
} from './puskesmas-year.ts';

function indicatorCodesUnder(node: CatalogNode): string[] {
  return listNodes(node).flatMap((n) => (n.type === 'indicator' ? [n.code] : []));
}

/** The UKM Pengembangan service (the programme under the cluster) an optional indicator belongs to. */
function serviceOf(placed: PlacedIndicator) {
  return placed.path[1] ?? null;
}

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
    effectiveTarget: target ?? ind.target.value,
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

function invalid(field: string, code: string, reason: string): AppError {
  return new AppError('INDICATOR_FIELD_INVALID', { field, code, reason });
}

/**
 * The target values are the decree's, and the district owns them: only a role with `targets:set`
 * (Dinkes) may change them. A higher-is-better target of 0 would score any achievement 100 (a
 * Puskesmas could rank itself first with it), so it is refused for everyone.
 */
function assertTargetChange(
  editor: Pick<Editor, 'role'>,
  indicator: CatalogIndicator,
  current: TargetRecord | undefined,
  next: { targetValue: number | null; targetSasaran: number | null },
): void {
  const moved =
    next.targetValue !== (current?.targetValue ?? null) ||
    next.targetSasaran !== (current?.targetSasaran ?? null);
  if (moved && !hasPermission(editor.role, 'targets:set'))
    throw new AppError('TARGET_DINKES_ONLY', { code: indicator.code }, { status: 403 });
  if (indicator.direction !== 'higher') return;
  const zeroReason =
    'target 0 pada indikator yang makin tinggi makin baik membuat setiap capaian bernilai 100; isi target yang sebenarnya, atau kosongkan untuk memakai target SK';
  if (next.targetValue === 0) throw invalid('target', indicator.code, zeroReason);
  if (next.targetSasaran === 0) throw invalid('targetSasaran', indicator.code, zeroReason);
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
  return writeYear(uow, { unit, year, editor }, async (repos, assessment) => {
    const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
    const placed = listIndicators(catalog).find((p) => p.indicator.code === code);
    if (!placed) throw new AppError('INDICATOR_NOT_FOUND', { code, year }, { status: 404 });
    const ind = placed.indicator;
    const records = new Map((await repos.listTargetRecords(assessment.id)).map((t) => [t.indicatorCode, t]));
    const current = records.get(code);

    const keep = <T>(given: T | undefined, stored: T): T => (given === undefined ? stored : given);
    const targetValue = keep(body.target, current?.targetValue ?? null);
    const targetSasaran = keep(body.targetSasaran, current?.targetSasaran ?? null);
    assertTargetChange(editor, ind, current, { targetValue, targetSasaran });
    let sasaran = keep(body.sasaran, current?.sasaran ?? null);
    if (body.fromProfile !== undefined) {
      if (body.sasaran !== undefined)
        throw invalid('fromProfile', code, 'isi sasaran atau fromProfile, tidak keduanya');
      const profile = readProfile((await repos.getProfile(unit.id, year))?.data);
      sasaran = profile.targetPopulations[body.fromProfile];
      if (sasaran === null)
        throw new AppError('PROFILE_SASARAN_MISSING', { year, label: SASARAN_LABELS[body.fromProfile] });
    }
    // The numbers given only: an odd one stored earlier is left out of the score (scoring-decisions 33).
    const given = { target: body.target, targetSasaran: body.targetSasaran, sasaran: body.sasaran };
    const odd = targetProblem(ind, body.fromProfile ? { ...given, sasaran } : given);
    if (odd) throw invalid(odd.field, code, numberWords(odd.rule, odd.bound));
    const applicable = keep(body.applicable, current?.applicable ?? true);
    const reasonGiven = keep(body.notApplicableReason, current?.notApplicableReason ?? null)?.trim() || null;
    if (!applicable && reasonGiven === null)
      throw invalid('notApplicableReason', code, 'wajib diisi bila indikator ditandai tidak berlaku');
    if (body.chosen !== undefined && !ind.optional)
      throw invalid('chosen', code, 'hanya indikator UKM Pengembangan yang dipilih');
    const chosen = ind.optional ? keep(body.chosen, current?.chosen ?? false) : null;
    if (chosen === true) {
      const service = serviceOf(placed);
      const siblings = service ? indicatorCodesUnder(service) : [];
      const other = siblings.find((c) => c !== code && records.get(c)?.chosen === true);
      if (service && other)
        throw new AppError('UKMP_KEY_TAKEN', { service: service.name, other }, { status: 409 });
    }

    const saved = await repos.saveTarget({
      assessmentId: assessment.id,
      indicatorCode: code,
      targetValue,
      targetSasaran,
      sasaran,
      applicable,
      notApplicableReason: applicable ? null : reasonGiven,
      chosen,
      expectedVersion: body.expectedVersion,
      actor: editor.username,
      reason: body.reason ?? null,
      at: clock(),
    });
    const stored = await refreshStages(repos, assessment.id, clock);
    records.set(code, saved);
    const py = puskesmasYearOf(year, assessment.puskesmas.rawatInap, [...records.values()], [], []);
    return { row: toRow(placed, saved, py), headline: headlineOf(stored) };
  });
}
