// The readiness port (src/app/readiness-ports.ts) over its repository, for one Db or transaction;
// createRepositories spreads it into `Repositories`.
import type { ReadinessReader, ReadinessRows } from '../../app/readiness-ports.ts';
import type { Db } from '../db.ts';
import {
  listReadinessAssessments,
  listReadinessChosenIndicators,
  listReadinessElementFiles,
  listReadinessFeedback,
  listReadinessGapAnalyses,
  listReadinessMeetings,
  listReadinessMonths,
  listReadinessProgrammeAnalyses,
  listReadinessRtlActions,
  listReadinessScoredLeaves,
} from '../repositories/accreditation.repository.ts';

const ids = (list: string | null): number[] =>
  list ? [...new Set(list.split(',').map(Number))].filter(Number.isInteger) : [];

export function readinessRepositories(db: Db): Pick<ReadinessReader, 'loadReadinessRows'> {
  return {
    async loadReadinessRows(year, puskesmasIds): Promise<ReadinessRows> {
      // One after another: a transaction is one connection, and pg refuses overlapping queries on it.
      const assessments = await listReadinessAssessments(db, year, puskesmasIds);
      const assessmentIds = assessments.map((a) => a.id);
      const months = await listReadinessMonths(db, assessmentIds);
      const meetingRows = await listReadinessMeetings(db, year, puskesmasIds);
      const gapAnalyses = await listReadinessGapAnalyses(db, assessmentIds);
      const programmeAnalyses = await listReadinessProgrammeAnalyses(db, assessmentIds);
      const rtlActions = await listReadinessRtlActions(db, assessmentIds);
      const feedbackRows = await listReadinessFeedback(db, assessmentIds);
      const years = assessments.map((a) => ({ districtId: a.districtId, assessmentId: a.id }));
      const chosenRows = await listReadinessChosenIndicators(db, years);
      const scoredLeaves = await listReadinessScoredLeaves(db, years);
      const elementFiles = await listReadinessElementFiles(db, assessmentIds);

      const letters = new Map<number, ReadinessRows['feedback'][number]>();
      for (const row of feedbackRows) {
        let letter = letters.get(row.letterId);
        if (!letter) {
          letter = {
            assessmentId: row.assessmentId,
            id: row.letterId,
            number: row.number,
            datedOn: row.datedOn,
            points: [],
          };
          letters.set(row.letterId, letter);
        }
        if (row.pointId !== null) letter.points.push({ id: row.pointId, followUp: row.followUp });
      }

      return {
        assessments,
        months,
        meetings: meetingRows.map((m) => ({
          id: m.id,
          orgUnitId: m.orgUnitId,
          kind: m.kind,
          heldOn: m.heldOn,
          title: m.title,
          present: Number(m.present),
          minutesWritten: m.minutesWritten,
          files: {
            photo: Number(m.photo),
            attendance: Number(m.attendance),
            minutes: Number(m.minutesFiles),
            document: Number(m.document),
          },
          rtlActionIds: ids(m.rtlActionIds),
        })),
        gapAnalyses,
        programmeAnalyses,
        rtlActions,
        feedback: [...letters.values()],
        chosen: chosenRows.map((c) => ({
          assessmentId: c.assessmentId,
          indicatorCode: c.indicatorCode,
          months: c.months ? c.months.split(',') : [],
        })),
        scoredLeaves,
        elementFiles: elementFiles.flatMap((f) =>
          f.assessmentId === null ? [] : [{ ...f, assessmentId: f.assessmentId }],
        ),
      };
    },
  };
}
