// Accreditation readiness as the Puskesmas and Dinkes read it: for each element of criteria 2.7.1,
// 2.8.3 and 2.8.4, what the Puskesmas-year's own records prove and what is still missing — for one
// Puskesmas-year, and for every Puskesmas of a district-year. It reads the tables the cycle writes
// (meetings, evidence, month reports, Bab V, RTL, feedback, UKM Pengembangan choices, the stored
// result) with its own queries; the rules are the domain's (src/domain/accreditation).
import type { IndicatorRef } from '../domain/accreditation/checks.ts';
import { CRITERION_TEXTS, ELEMENTS } from '../domain/accreditation/elements.ts';
import { assessReadiness, type ElementReadiness } from '../domain/accreditation/readiness.ts';
import type { DevelopmentService, ReadinessRecords } from '../domain/accreditation/records.ts';
import type { Catalog, ClusterId } from '../domain/catalog/types.ts';
import { listIndicators, listNodes } from '../domain/catalog/walk.ts';
import { localDate, type CalendarDate } from '../domain/periods/calendar.ts';
import { checkWords, CRITERION_GLOSSES, ELEMENT_GLOSSES } from '../shared/accreditation-words.ts';
import type {
  CriterionView,
  DistrictReadinessView,
  ElementView,
  YearReadinessView,
} from '../shared/api/accreditation.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, DistrictCatalog, OrgUnitRef, PlanningReader, ResultsReader } from './ports.ts';
import type { PuskesmasUnit } from './puskesmas-year.ts';
import type { ReadinessReader, ReadinessRows } from './readiness-ports.ts';

type Reader = ReadinessReader &
  Pick<ResultsReader, 'findAssessment'> &
  Pick<PlanningReader, 'loadAssessmentCatalog' | 'findDistrictCatalog' | 'getOrgUnit' | 'listPuskesmas'>;

type ScoredLeaf = ReadinessRows['scoredLeaves'][number];

/**
 * Whether a scored indicator meets its target: as its explanation says where a target was compared,
 * otherwise by its score (a missing value counted as 0 once submitted is below target). Null while it
 * is not scored.
 */
function meetsTarget(leaf: ScoredLeaf | undefined): boolean | null {
  if (!leaf) return null;
  return leaf.met ?? leaf.score >= 100;
}

/**
 * Criterion 2.8.3 is about the performance of UKM services: the SPM, UKM Esensial and UKM
 * Pengembangan clusters, not UKP (individual care) nor the management and quality items.
 */
const UKM_CLUSTERS: readonly ClusterId[] = ['spm', 'ukm-esensial', 'ukm-pengembangan'];

/** Below target as Bab V lists it: short of full marks, or its target not met (a strict one at 100). */
function belowFullMarks(leaf: ScoredLeaf): boolean {
  return leaf.met === false || leaf.score < 100;
}

/** The UKM Pengembangan services of the catalog, each with the key indicator the Puskesmas chose. */
function developmentServices(
  catalog: Catalog,
  chosen: ReadonlyMap<string, string[]>,
  scored: ReadonlyMap<string, ScoredLeaf>,
): { services: DevelopmentService[]; codes: Set<string> } {
  const services: DevelopmentService[] = [];
  const codes = new Set<string>();
  for (const cluster of catalog.clusters) {
    if (cluster.cluster !== 'ukm-pengembangan') continue;
    codes.add(cluster.code);
    for (const service of cluster.children) {
      if (service.type !== 'group') continue;
      codes.add(service.code);
      const indicators = listNodes(service).flatMap((n) => (n.type === 'indicator' ? [n] : []));
      // One key indicator per service (criterion 2.7.1; a second choice is refused when saved).
      const key = indicators.find((i) => chosen.has(i.code));
      services.push({
        code: service.code,
        name: service.name,
        key: key
          ? {
              code: key.code,
              name: key.name,
              met: meetsTarget(scored.get(key.code)),
              months: chosen.get(key.code) ?? [],
            }
          : null,
      });
    }
  }
  return { services, codes };
}

/** The records of one Puskesmas-year, out of a read that may cover a whole district. */
export function readinessRecords(input: {
  year: number;
  puskesmasId: number;
  catalog: DistrictCatalog;
  rows: ReadinessRows;
}): ReadinessRecords {
  const { year, puskesmasId, catalog, rows } = input;
  const assessment = rows.assessments.find((a) => a.puskesmasId === puskesmasId);
  const ofAssessment = <T extends { assessmentId: number }>(list: readonly T[]): T[] =>
    assessment ? list.filter((row) => row.assessmentId === assessment.id) : [];
  const scored = new Map(ofAssessment(rows.scoredLeaves).map((l) => [l.indicatorCode, l]));
  const belowTarget: IndicatorRef[] = [];
  for (const { indicator, cluster } of listIndicators(catalog.catalog)) {
    const leaf = scored.get(indicator.code);
    if (UKM_CLUSTERS.includes(cluster.cluster) && leaf && belowFullMarks(leaf))
      belowTarget.push({ code: indicator.code, name: indicator.name });
  }
  const chosen = new Map(ofAssessment(rows.chosen).map((c) => [c.indicatorCode, c.months]));
  const development = developmentServices(catalog.catalog, chosen, scored);
  const programmeAnalyses = ofAssessment(rows.programmeAnalyses).map((p) => p.programmeCode);
  const elementFiles: Record<string, number> = {};
  for (const f of ofAssessment(rows.elementFiles))
    elementFiles[f.attachedKey] = (elementFiles[f.attachedKey] ?? 0) + 1;
  const day = (at: Date | null) => (at ? localDate(at) : null);
  return {
    year,
    catalog: { decree: catalog.catalog.source, published: catalog.status === 'published' },
    submitted: assessment !== undefined && assessment.status !== 'draft',
    submittedOn: assessment && assessment.status !== 'draft' ? day(assessment.submittedAt) : null,
    months: ofAssessment(rows.months).map((m) => ({
      month: m.month,
      completedOn: day(m.completedAt),
      reportedOn: day(m.reportedAt),
    })),
    meetings: rows.meetings.filter((m) => m.orgUnitId === puskesmasId),
    belowTarget,
    gapAnalyses: ofAssessment(rows.gapAnalyses).map((g) => g.indicatorCode),
    programmeAnalyses,
    rtlActions: ofAssessment(rows.rtlActions),
    feedback: ofAssessment(rows.feedback),
    developmentServices: development.services,
    developmentAnalysed: programmeAnalyses.some((code) => development.codes.has(code)),
    elementFiles,
  };
}

function criteriaView(): CriterionView[] {
  return CRITERION_TEXTS.map((c) => ({ ...c, gloss: CRITERION_GLOSSES[c.code] }));
}

function elementView(
  readiness: ElementReadiness,
  year: number,
  files: ReadinessRows['elementFiles'],
): ElementView {
  const { element } = readiness;
  return {
    code: element.code,
    criterion: element.criterion,
    letter: element.letter,
    text: element.text,
    gloss: ELEMENT_GLOSSES[element.code] ?? '',
    kinds: [...element.kinds],
    status: readiness.status,
    evidence: readiness.evidence.map((e) => ({
      kind: e.evidence.kind,
      text: e.evidence.text,
      status: e.status,
      proofs: [...(e.evidence.proof ?? [])],
    })),
    checks: readiness.checks.map((check) => {
      const id = checkWords(check, 'id', year);
      const en = checkWords(check, 'en', year);
      return {
        proof: check.proof,
        status: check.status,
        sentence: { id: id.sentence, en: en.sentence },
        missing: id.missing.map((words, i) => ({ id: words, en: en.missing[i] ?? words })),
        facts: { ...check.facts },
      };
    }),
    files: files
      .filter((f) => f.attachedKey === element.code)
      .map((f) => ({
        id: f.id,
        filename: f.filename,
        kind: f.kind,
        uploadedBy: f.uploadedBy,
        uploadedAt: f.uploadedAt.toISOString(),
      })),
  };
}

async function catalogOf(
  repos: Reader,
  input: { assessmentId: number | null; districtId: number | undefined; year: number; unitName: string },
): Promise<DistrictCatalog> {
  if (input.assessmentId !== null) return repos.loadAssessmentCatalog(input.assessmentId);
  const found =
    input.districtId === undefined
      ? undefined
      : await repos.findDistrictCatalog(input.districtId, input.year);
  if (found) return found;
  const district = input.districtId === undefined ? undefined : await repos.getOrgUnit(input.districtId);
  throw new AppError(
    'CATALOG_NOT_FOUND',
    { district: district?.name ?? input.unitName, year: input.year },
    { status: 404 },
  );
}

/** GET …/accreditation: every element's readiness for one Puskesmas-year, as of today. */
export async function getYearReadiness(
  deps: { repos: Reader; clock: Clock },
  input: { unit: PuskesmasUnit; year: number },
): Promise<YearReadinessView> {
  const { repos } = deps;
  const { unit, year } = input;
  const asOf: CalendarDate = localDate(deps.clock());
  const assessment = (await repos.findAssessment(unit.code, year)) ?? null;
  const catalog = await catalogOf(repos, {
    assessmentId: assessment?.id ?? null,
    districtId: unit.ancestorIds[0],
    year,
    unitName: unit.name,
  });
  const rows = await repos.loadReadinessRows(year, [unit.id]);
  const records = readinessRecords({ year, puskesmasId: unit.id, catalog, rows });
  const readiness = assessReadiness(records, asOf);
  const files = rows.elementFiles.filter((f) => f.assessmentId === assessment?.id);
  return {
    puskesmas: {
      code: unit.code,
      name: unit.name,
      rawatInap: assessment?.puskesmas.rawatInap ?? unit.rawatInap,
    },
    year,
    status: assessment?.status ?? null,
    locked: assessment?.status === 'final' || assessment?.status === 'published',
    asOf,
    criteria: criteriaView(),
    elements: readiness.elements.map((e) => elementView(e, year, files)),
    counts: readiness.counts,
  };
}

/**
 * GET /api/districts/{code}/years/{year}/accreditation: each Puskesmas of the district with the status
 * of every element, read in one query per table whatever the number of Puskesmas. A Puskesmas that
 * has not opened the year is listed too, with what its records (its meetings, at most) prove.
 */
export async function getDistrictReadiness(
  deps: { repos: Reader; clock: Clock },
  input: { district: OrgUnitRef; year: number },
): Promise<DistrictReadinessView> {
  const { repos } = deps;
  const { district, year } = input;
  const asOf = localDate(deps.clock());
  const puskesmas = await repos.listPuskesmas(district.id);
  const rows = await repos.loadReadinessRows(
    year,
    puskesmas.map((p) => p.id),
  );
  const districtCatalog = await repos.findDistrictCatalog(district.id, year);
  if (!districtCatalog)
    throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  // Each year is read against the catalog it was opened with: nearly always one version for all.
  const versions = new Map<number, DistrictCatalog>([[districtCatalog.catalogVersionId, districtCatalog]]);
  const out: DistrictReadinessView['puskesmas'] = [];
  for (const p of puskesmas) {
    const assessment = rows.assessments.find((a) => a.puskesmasId === p.id);
    let catalog = assessment ? versions.get(assessment.catalogVersionId) : districtCatalog;
    if (!catalog && assessment) {
      catalog = await repos.loadAssessmentCatalog(assessment.id);
      versions.set(assessment.catalogVersionId, catalog);
    }
    if (!catalog) throw new Error(`no catalog for ${p.code} ${year}`);
    const readiness = assessReadiness(readinessRecords({ year, puskesmasId: p.id, catalog, rows }), asOf);
    out.push({
      code: p.code,
      name: p.name,
      status: assessment?.status ?? null,
      counts: readiness.counts,
      elements: readiness.elements.map((e) => e.status),
    });
  }
  return {
    district: { code: district.code, name: district.name },
    year,
    asOf,
    criteria: criteriaView(),
    elements: ELEMENTS.map((e) => ({ code: e.code, criterion: e.criterion, letter: e.letter })),
    puskesmas: out,
  };
}
