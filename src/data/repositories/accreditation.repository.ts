// The records accreditation readiness reads, for one Puskesmas-year or every one of a district-year:
// one query per table whatever the number of Puskesmas. Queries only; what they prove is the domain's.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { YearKey } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import { rowsOfYears } from './district-keys.ts';
import {
  assessmentResults,
  assessments,
  evidenceFiles,
  feedbackFollowUps,
  feedbackLetters,
  feedbackPoints,
  gapAnalyses,
  meetingDecisions,
  meetingParticipants,
  meetings,
  monthlyValues,
  monthReports,
  programmeAnalyses,
  rtlActions,
  targets,
} from '../schema.ts';

/** The assessments of these Puskesmas in `year`, with when each was submitted. */
export async function listReadinessAssessments(db: Db, year: number, puskesmasIds: readonly number[]) {
  if (puskesmasIds.length === 0) return [];
  return db
    .select({
      id: assessments.id,
      districtId: assessments.districtId,
      puskesmasId: assessments.puskesmasId,
      catalogVersionId: assessments.catalogVersionId,
      status: assessments.status,
      submittedAt: assessments.submittedAt,
    })
    .from(assessments)
    .where(and(eq(assessments.year, year), inArray(assessments.puskesmasId, [...puskesmasIds])));
}

export async function listReadinessMonths(db: Db, assessmentIds: readonly number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: monthReports.assessmentId,
      month: monthReports.month,
      completedAt: monthReports.completedAt,
      reportedAt: monthReports.reportedAt,
    })
    .from(monthReports)
    .where(inArray(monthReports.assessmentId, [...assessmentIds]))
    .orderBy(asc(monthReports.month));
}

/**
 * The meetings of these Puskesmas in `year`, each with how many were present, whether minutes were
 * written, its evidence files counted by kind, and the RTL actions its decisions are linked to.
 */
export async function listReadinessMeetings(db: Db, year: number, puskesmasIds: readonly number[]) {
  if (puskesmasIds.length === 0) return [];
  const present = db
    .select({ meetingId: meetingParticipants.meetingId, n: sql<number>`count(*)::int`.as('present_count') })
    .from(meetingParticipants)
    .where(eq(meetingParticipants.present, true))
    .groupBy(meetingParticipants.meetingId)
    .as('present');
  // A meeting's files are attached by the meeting's id, written as text.
  const files = db
    .select({
      key: evidenceFiles.attachedKey,
      orgUnitId: evidenceFiles.orgUnitId,
      photo: sql<number>`count(*) filter (where ${evidenceFiles.kind} = 'photo')::int`.as('photo_files'),
      attendance: sql<number>`count(*) filter (where ${evidenceFiles.kind} = 'attendance')::int`.as(
        'attendance_files',
      ),
      minutes: sql<number>`count(*) filter (where ${evidenceFiles.kind} = 'minutes')::int`.as(
        'minutes_files',
      ),
      document: sql<number>`count(*) filter (where ${evidenceFiles.kind} = 'document')::int`.as(
        'document_files',
      ),
    })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.attachedTo, 'meeting'), inArray(evidenceFiles.orgUnitId, [...puskesmasIds])))
    .groupBy(evidenceFiles.attachedKey, evidenceFiles.orgUnitId)
    .as('files');
  const decisions = db
    .select({
      meetingId: meetingDecisions.meetingId,
      rtl: sql<string>`string_agg(${meetingDecisions.rtlActionId}::text, ',')`.as('decision_rtl_ids'),
    })
    .from(meetingDecisions)
    .where(isNotNull(meetingDecisions.rtlActionId))
    .groupBy(meetingDecisions.meetingId)
    .as('decisions');
  return db
    .select({
      id: meetings.id,
      orgUnitId: meetings.orgUnitId,
      kind: meetings.kind,
      heldOn: meetings.heldOn,
      title: meetings.title,
      minutesWritten: sql<boolean>`btrim(${meetings.minutes}) <> ''`,
      present: sql<number>`coalesce(${present.n}, 0)`,
      photo: sql<number>`coalesce(${files.photo}, 0)`,
      attendance: sql<number>`coalesce(${files.attendance}, 0)`,
      minutesFiles: sql<number>`coalesce(${files.minutes}, 0)`,
      document: sql<number>`coalesce(${files.document}, 0)`,
      rtlActionIds: sql<string | null>`${decisions.rtl}`,
    })
    .from(meetings)
    .leftJoin(present, eq(present.meetingId, meetings.id))
    .leftJoin(files, and(eq(files.key, sql`${meetings.id}::text`), eq(files.orgUnitId, meetings.orgUnitId)))
    .leftJoin(decisions, eq(decisions.meetingId, meetings.id))
    .where(and(eq(meetings.year, year), inArray(meetings.orgUnitId, [...puskesmasIds])))
    .orderBy(asc(meetings.heldOn), asc(meetings.id));
}

/** Indicators with a problem analysis (Bab V). */
export async function listReadinessGapAnalyses(db: Db, assessmentIds: readonly number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({ assessmentId: gapAnalyses.assessmentId, indicatorCode: gapAnalyses.indicatorCode })
    .from(gapAnalyses)
    .where(inArray(gapAnalyses.assessmentId, [...assessmentIds]));
}

/** Programmes with an analysis written (not blank). */
export async function listReadinessProgrammeAnalyses(db: Db, assessmentIds: readonly number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: programmeAnalyses.assessmentId,
      programmeCode: programmeAnalyses.programmeCode,
    })
    .from(programmeAnalyses)
    .where(
      and(
        inArray(programmeAnalyses.assessmentId, [...assessmentIds]),
        sql`btrim(${programmeAnalyses.text}) <> ''`,
      ),
    );
}

export async function listReadinessRtlActions(db: Db, assessmentIds: readonly number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: rtlActions.assessmentId,
      id: rtlActions.id,
      indicatorCode: rtlActions.indicatorCode,
      status: rtlActions.status,
      followUpWritten: sql<boolean>`coalesce(btrim(${rtlActions.followUp}), '') <> ''`,
      dueOn: rtlActions.dueOn,
    })
    .from(rtlActions)
    .where(inArray(rtlActions.assessmentId, [...assessmentIds]))
    .orderBy(asc(rtlActions.id));
}

/** The points of the feedback letters Dinkes has sent, each with its follow-up's status (null: none). */
export async function listReadinessFeedback(db: Db, assessmentIds: readonly number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: feedbackLetters.assessmentId,
      letterId: feedbackLetters.id,
      number: feedbackLetters.number,
      datedOn: feedbackLetters.datedOn,
      pointId: feedbackPoints.id,
      followUp: feedbackFollowUps.status,
    })
    .from(feedbackLetters)
    .leftJoin(feedbackPoints, eq(feedbackPoints.letterId, feedbackLetters.id))
    .leftJoin(feedbackFollowUps, eq(feedbackFollowUps.pointId, feedbackPoints.id))
    .where(and(inArray(feedbackLetters.assessmentId, [...assessmentIds]), eq(feedbackLetters.status, 'sent')))
    .orderBy(asc(feedbackLetters.datedOn), asc(feedbackLetters.id), asc(feedbackPoints.position));
}

/**
 * The UKM Pengembangan indicators each Puskesmas chose (its own rows, stage 'self'), with the months
 * that have a value of theirs ("2023-01,2023-02,…", or null).
 */
export async function listReadinessChosenIndicators(db: Db, years: readonly YearKey[]) {
  if (years.length === 0) return [];
  const entered = sql`(${monthlyValues.numerator} is not null or ${monthlyValues.denominator} is not null
    or ${monthlyValues.value} is not null or ${monthlyValues.flag} is not null)`;
  return db
    .select({
      assessmentId: targets.assessmentId,
      indicatorCode: targets.indicatorCode,
      months: sql<string | null>`string_agg(${monthlyValues.month}, ',' order by ${monthlyValues.month})`,
    })
    .from(targets)
    .leftJoin(
      monthlyValues,
      and(
        eq(monthlyValues.districtId, targets.districtId),
        eq(monthlyValues.assessmentId, targets.assessmentId),
        eq(monthlyValues.indicatorCode, targets.indicatorCode),
        eq(monthlyValues.stage, 'self'),
        entered,
      ),
    )
    .where(and(rowsOfYears(targets, years), eq(targets.stage, 'self'), eq(targets.chosen, true)))
    .groupBy(targets.assessmentId, targets.indicatorCode);
}

/**
 * The scored indicators of each assessment's own stored result (stage 'self'): every row of the
 * service tree with a score, and whether its target is met (null where no target was compared).
 * Picked out of the stored scores by the database: only the three fields leave it.
 */
export async function listReadinessScoredLeaves(db: Db, years: readonly YearKey[]) {
  if (years.length === 0) return [];
  const list = (numbers: Iterable<number>) =>
    sql.join(
      [...numbers].map((n) => sql`${n}`),
      sql`, `,
    );
  const result = await db.execute(sql`
    select r.assessment_id as "assessmentId", leaf.key as "indicatorCode",
      (r.detail -> 'nodes' ->> leaf.key)::float8 as score,
      (leaf.value #>> '{}')::boolean as met
    from ${assessmentResults} r cross join lateral jsonb_each(r.detail -> 'met') as leaf
    where r.district_id in (${list(new Set(years.map((y) => y.districtId)))})
      and r.assessment_id in (${list(years.map((y) => y.assessmentId))})
      and r.stage = 'self' and r.detail -> 'nodes' ->> leaf.key is not null`);
  const rows = (
    result as unknown as {
      rows: { assessmentId: number; indicatorCode: string; score: number | string; met: boolean | null }[];
    }
  ).rows;
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}

/** The files attached to accreditation elements in these Puskesmas-years. */
export async function listReadinessElementFiles(db: Db, assessmentIds: readonly number[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: evidenceFiles.assessmentId,
      attachedKey: evidenceFiles.attachedKey,
      id: evidenceFiles.id,
      filename: evidenceFiles.filename,
      kind: evidenceFiles.kind,
      uploadedBy: evidenceFiles.uploadedBy,
      uploadedAt: evidenceFiles.uploadedAt,
    })
    .from(evidenceFiles)
    .where(
      and(
        eq(evidenceFiles.attachedTo, 'accreditation'),
        inArray(evidenceFiles.assessmentId, [...assessmentIds]),
      ),
    )
    .orderBy(asc(evidenceFiles.uploadedAt), asc(evidenceFiles.id));
}
