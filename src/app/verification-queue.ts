// The verifier's queue for a district-year: every Puskesmas × programme with where it stands, what
// the Puskesmas changed since the last look, how many corrections it has, and whether it is overdue
// (domain/verification/queue.ts). A handful of reads whatever the number of Puskesmas.
import { VERIFICATION_DEADLINES } from '../domain/verification/queue.ts';
import { verificationProgrammes } from '../domain/verification/programmes.ts';
import type { QueueView } from '../shared/api/verification.schema.ts';
import type { OrgUnitRef, PlanningReader } from './ports.ts';
import type { ReturnedItemRecord, ReviewRecord, VerificationRepository } from './verification-ports.ts';
import { programmeSummaries } from './verification-view.ts';
import { AppError } from '../shared/errors.ts';

function byAssessment<T extends { assessmentId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.assessmentId);
    if (list) list.push(row);
    else out.set(row.assessmentId, [row]);
  }
  return out;
}

export async function getVerificationQueue(
  repos: Pick<PlanningReader, 'findDistrictCatalog'> &
    Pick<VerificationRepository, 'loadDistrictVerification'>,
  input: { district: OrgUnitRef; year: number; now: Date },
): Promise<QueueView> {
  const { district, year, now } = input;
  const found = await repos.findDistrictCatalog(district.id, year);
  if (!found) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  const rows = await repos.loadDistrictVerification(district.id, year);
  const returns = byAssessment<ReturnedItemRecord & { assessmentId: number }>(rows.returns);
  const reviews = byAssessment<ReviewRecord & { assessmentId: number }>(rows.reviews);
  const changes = byAssessment(rows.latestChanges);
  const corrections = byAssessment(rows.corrections);
  const out: QueueView['rows'] = [];
  for (const a of rows.assessments) {
    const latest = new Map<string, Date>();
    for (const c of changes.get(a.assessmentId) ?? []) {
      const seen = latest.get(c.indicatorCode);
      if (!seen || c.at > seen) latest.set(c.indicatorCode, c.at);
    }
    const counts = new Map<string, number>();
    for (const c of corrections.get(a.assessmentId) ?? [])
      counts.set(c.indicatorCode, (counts.get(c.indicatorCode) ?? 0) + c.count);
    const summaries = programmeSummaries({
      catalog: found.catalog,
      status: a.status,
      submittedAt: a.submittedAt,
      reviews: reviews.get(a.assessmentId) ?? [],
      returns: returns.get(a.assessmentId) ?? [],
      changes: latest,
      corrections: counts,
      now,
    });
    for (const s of summaries)
      out.push({
        puskesmas: a.puskesmas,
        status: a.status,
        submittedAt: a.submittedAt?.toISOString() ?? null,
        programme: s.code,
        state: s.state,
        lastLook: s.lastLook,
        changedSinceLook: s.changedSinceLook,
        corrections: s.corrections,
        openReturns: s.openReturns,
        answeredReturns: s.answeredReturns,
        overdue: s.overdue,
      });
  }
  return {
    district: { code: district.code, name: district.name },
    year,
    deadlines: { ...VERIFICATION_DEADLINES },
    programmes: verificationProgrammes(found.catalog).map(({ code, number, name }) => ({
      code,
      number,
      name,
    })),
    rows: out,
  };
}
