// Everything the annual report of a Puskesmas-year prints, read once from the app's read models (the
// stored result, the profile, Bab V–VI, the meetings, the district recap), at the stage asked. The
// chapters are pure functions of this.
import { explainResult } from '../explained-result.ts';
import type { Stage } from '../../domain/assessment/inputs.ts';
import { isSubmitted, type AssessmentStatus } from '../../domain/assessment/status.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import { indicatorGaps, type IndicatorGap } from '../../domain/improvement/gap-list.ts';
import type { EvidenceKind } from '../../domain/evidence/evidence-rules.ts';
import type { NodeResult } from '../../domain/scoring/tree.ts';
import type { AnalysisView } from '../../shared/api/analysis.schema.ts';
import type { ProfileView } from '../../shared/api/profile.schema.ts';
import { AppError } from '../../shared/errors.ts';
import { getAnalysis } from '../analysis.service.ts';
import { yearTables, type YearTables } from '../exchange/year-tables.ts';
import type { OrgUnitRef, Repositories, StoredResult } from '../ports.ts';
import { getProfile } from '../profile.service.ts';
import { loadYear, type PuskesmasUnit } from '../puskesmas-year.ts';
import { districtRecap } from '../recap.ts';
import type { MeetingRecord } from '../record-ports.ts';
import { reportTexts, type ResolvedReportTexts } from './report-texts.ts';
import { yearKeyOf } from '../year-key.ts';

export interface ReportInputs {
  unit: PuskesmasUnit;
  district: OrgUnitRef;
  year: number;
  stage: Stage;
  status: AssessmentStatus | null;
  catalog: Catalog;
  result: StoredResult;
  /** Every scored node by code (and the axis roots service / management / quality). */
  nodes: Record<string, NodeResult>;
  /** The indicators below target at this stage, in catalog order. */
  gaps: IndicatorGap[];
  /** Kelompok and rank inside it among the district's Puskesmas, at the same stage. */
  standing: { rank: number | null; of: number } | null;
  profile: ProfileView;
  analysis: AnalysisView;
  tables: YearTables;
  meetings: { meeting: MeetingRecord; evidence: Partial<Record<EvidenceKind, number>> }[];
  texts: ResolvedReportTexts;
  now: Date;
}

/**
 * The stage a report prints when none is asked: Dinkes' verified figures once the year is submitted
 * and has them, else the Puskesmas' own (as Bab V and the dashboard read it).
 */
export async function defaultReportStage(
  repos: Pick<Repositories, 'findAssessment' | 'getResult'>,
  puskesmasCode: string,
  year: number,
): Promise<Stage> {
  const assessment = await repos.findAssessment(puskesmasCode, year);
  if (
    assessment &&
    isSubmitted(assessment.status) &&
    (await repos.getResult(yearKeyOf(assessment), 'verified'))
  )
    return 'verified';
  return 'self';
}

export async function loadReportInputs(
  repos: Repositories,
  input: { unit: PuskesmasUnit; year: number; stage: Stage; now: Date },
): Promise<ReportInputs> {
  const { unit, year, stage, now } = input;
  const ctx = await loadYear(repos, unit, year, { monthly: false, rubrics: false, stage });
  const assessment = ctx.assessment;
  if (!assessment)
    throw new AppError('ASSESSMENT_NOT_FOUND', { puskesmas: unit.code, year }, { status: 404 });
  const result = await repos.getResult(yearKeyOf(assessment), stage);
  if (!result)
    throw new AppError(
      stage === 'verified' ? 'REPORT_NOT_VERIFIED' : 'RESULT_NOT_FOUND',
      { puskesmas: unit.name, year },
      { status: 404 },
    );
  const { trees, nodes } = await explainResult(repos, result);

  const recap = await districtRecap(repos, assessment.district.code, year, stage);
  const own = recap.rows.find((r) => r.puskesmas.code === unit.code);
  const sameGroup = own?.kelompok ? recap.rows.filter((r) => r.kelompok === own.kelompok).length : 0;

  const files = await repos.listEvidence(assessment.id, { attachedTo: 'meeting' });
  const evidenceOf = new Map<string, Partial<Record<EvidenceKind, number>>>();
  for (const f of files) {
    const counts = evidenceOf.get(f.attachedKey) ?? {};
    counts[f.kind] = (counts[f.kind] ?? 0) + 1;
    evidenceOf.set(f.attachedKey, counts);
  }
  const meetings = (await repos.listMeetings(unit.id, year)).map((meeting) => ({
    meeting,
    evidence: evidenceOf.get(String(meeting.id)) ?? {},
  }));

  return {
    unit: ctx.unit,
    district: assessment.district,
    year,
    stage,
    status: assessment.status,
    catalog: ctx.catalog,
    result,
    nodes,
    gaps: indicatorGaps(ctx.catalog, {
      service: trees.service ?? null,
      management: trees.management ?? null,
      quality: trees.quality ?? null,
    }),
    standing: own ? { rank: own.rank, of: sameGroup } : null,
    profile: await getProfile(repos, unit, year),
    analysis: await getAnalysis(repos, { unit, year, now }),
    // The tables' own problem and RTL columns are not printed (Bab V–VI print `analysis`): not read twice.
    tables: await yearTables(repos, unit, year, stage, { analysis: false }),
    meetings,
    texts: await reportTexts(repos, { unit, district: assessment.district, year }),
    now,
  };
}
