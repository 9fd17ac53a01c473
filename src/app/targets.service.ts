// Targets of a Puskesmas-year: each indicator's own target, sasaran and applicability, the UKM
// Pengembangan services it chose (criterion 2.7.1), each change audited and scored at once.
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import type { PuskesmasYear } from '../domain/assessment/inputs.ts';
import type { Catalog, CatalogIndicator, CatalogNode } from '../domain/catalog/types.ts';
import { listIndicators, listNodes, type PlacedIndicator } from '../domain/catalog/walk.ts';
import { SASARAN_LABELS, type SasaranKey } from '../shared/api/profile.schema.ts';
import type { TargetBody, TargetRow, TargetSaved, TargetsView } from '../shared/api/targets.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, TargetRecord, UnitOfWork } from './ports.ts';
import { readProfile } from './profile.service.ts';
import {
  assertWritable,
  headlineOf,
  iso,
  loadYear,
  puskesmasYearOf,
  refreshStages,
  yearHeader,
  type PuskesmasUnit,
  type YearReader,
} from './puskesmas-year.ts';

/** Sasaran columns as the Pati annex prints them, and the profile's population that each one is. */
const SASARAN_TEXTS: Record<string, SasaranKey> = {
  bayi: 'bayi',
  balita: 'balita',
  'anak yang berusia 0 - 59 bulan': 'balita',
  'ibu hamil': 'ibuHamil',
  bumil: 'ibuHamil',
  'ibu bersalin': 'ibuBersalin',
  neonatus: 'bayiBaruLahir',
  'bayi baru lahir': 'bayiBaruLahir',
  lansia: 'lansia',
  'usia subur': 'wus',
  'wanita usia subur': 'wus',
  wus: 'wus',
  'remaja putri': 'remajaPutri',
  'terduga tb': 'terdugaTb',
  'penderita hipertensi': 'hipertensi',
  'penderita dm': 'diabetes',
  'jemaah haji tahun berjalan': 'jemaahHaji',
};

/** The 12 SPM services print no sasaran: their name says whom they serve. */
const SPM_NAMES: [RegExp, SasaranKey][] = [
  [/ibu hamil/i, 'ibuHamil'],
  [/ibu bersalin/i, 'ibuBersalin'],
  [/bayi baru lahir/i, 'bayiBaruLahir'],
  [/balita/i, 'balita'],
  [/usia pendidikan dasar/i, 'anakSekolah'],
  [/usia produktif/i, 'usiaProduktif'],
  [/usia lanjut/i, 'lansia'],
  [/hipertensi/i, 'hipertensi'],
  [/diabetes/i, 'diabetes'],
  [/gangguan jiwa berat/i, 'odgjBerat'],
  [/terduga tuberkulosis/i, 'terdugaTb'],
  [/terinfeksi hiv/i, 'risikoHiv'],
];

/**
 * The profile population that evidently is an indicator's sasaran, or null. Only exact sasaran texts
 * (and the SPM services by name) are matched: a "Bumil KEK" sasaran is not all pregnant women.
 */
export function profileKeyFor(indicator: CatalogIndicator): SasaranKey | null {
  if (indicator.kind !== 'coverage' && indicator.kind !== 'rate') return null;
  if (indicator.entry !== 'count' && indicator.entry !== 'level') return null;
  const text = indicator.sasaran.trim().toLowerCase();
  if (text !== '') return SASARAN_TEXTS[text] ?? null;
  return SPM_NAMES.find(([pattern]) => pattern.test(indicator.name))?.[1] ?? null;
}

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
    profileKey: profileKeyFor(ind),
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
 * Changes one indicator's target row. Fields absent from `body` keep their stored value; the write
 * is version-checked (STALE_VALUE), audited, and the stored result is refreshed in the same transaction.
 */
export async function saveTarget(
  uow: UnitOfWork,
  clock: Clock,
  input: { unit: PuskesmasUnit; year: number; indicatorCode: string; body: TargetBody; actor: string },
): Promise<TargetSaved> {
  const { unit, year, indicatorCode: code, body, actor } = input;
  return uow(async (repos) => {
    const assessment = await repos.openAssessment(unit.id, year);
    assertWritable({ assessment, unit, year });
    const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
    const placed = listIndicators(catalog).find((p) => p.indicator.code === code);
    if (!placed) throw new AppError('INDICATOR_NOT_FOUND', { code, year }, { status: 404 });
    const ind = placed.indicator;
    const records = new Map((await repos.listTargetRecords(assessment.id)).map((t) => [t.indicatorCode, t]));
    const current = records.get(code);

    const keep = <T>(given: T | undefined, stored: T): T => (given === undefined ? stored : given);
    let sasaran = keep(body.sasaran, current?.sasaran ?? null);
    if (body.fromProfile !== undefined) {
      if (body.sasaran !== undefined)
        throw invalid('fromProfile', code, 'isi sasaran atau fromProfile, tidak keduanya');
      const profile = readProfile((await repos.getProfile(unit.id, year))?.data);
      sasaran = profile.targetPopulations[body.fromProfile];
      if (sasaran === null)
        throw new AppError('PROFILE_SASARAN_MISSING', { year, label: SASARAN_LABELS[body.fromProfile] });
    }
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
      targetValue: keep(body.target, current?.targetValue ?? null),
      targetSasaran: keep(body.targetSasaran, current?.targetSasaran ?? null),
      sasaran,
      applicable,
      notApplicableReason: applicable ? null : reasonGiven,
      chosen,
      expectedVersion: body.expectedVersion,
      actor,
      reason: body.reason ?? null,
      at: clock(),
    });
    const stored = await refreshStages(repos, assessment.id, clock);
    records.set(code, saved);
    const py = puskesmasYearOf(year, assessment.puskesmas.rawatInap, [...records.values()], [], []);
    return { row: toRow(placed, saved, py), headline: headlineOf(stored) };
  });
}
