// The workflow port (src/app/ports.ts `WorkflowRepository`) over the workflow and publication
// repositories, for one Db or transaction; createRepositories spreads it into `Repositories`.
import type { PublicationRecord, StatusChangeRecord, WorkflowRepository } from '../../app/ports.ts';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../domain/assessment/status.ts';
import { MOVES, type StatusCause } from '../../domain/assessment/workflow.ts';
import type { Db } from '../db.ts';
import {
  getActivePublication,
  insertPublication,
  listPublications,
  withdrawPublication,
  type Publication,
} from '../repositories/publications.repository.ts';
import {
  getStatusStamps,
  listDistrictYearStatuses,
  listStatusHistory,
  lockDistrictRow,
  moveAssessmentStatus,
} from '../repositories/workflow.repository.ts';

const toPublication = (row: Publication): PublicationRecord => ({ ...row });

function statusIn(value: unknown): AssessmentStatus | null {
  return ASSESSMENT_STATUSES.includes(value as AssessmentStatus) ? (value as AssessmentStatus) : null;
}

function causeIn(value: unknown): StatusCause | null {
  if (value === 'withdrawal') return value;
  return MOVES.includes(value as never) ? (value as StatusCause) : null;
}

export function workflowRepositories(db: Db): WorkflowRepository {
  return {
    async moveStatus(change) {
      await moveAssessmentStatus(db, change);
    },

    lockDistrict: (districtId) => lockDistrictRow(db, districtId),

    async listDistrictYearStatuses(districtId, year) {
      const rows = await listDistrictYearStatuses(db, districtId, year);
      return rows.map((r) => ({
        puskesmas: { id: r.puskesmasId, code: r.code, name: r.name },
        assessmentId: r.assessmentId,
        status: r.status,
        stamps: {
          submittedAt: r.submittedAt,
          verifiedAt: r.verifiedAt,
          finalisedAt: r.finalisedAt,
          publishedAt: r.publishedAt,
        },
      }));
    },

    async getStatusStamps(assessmentId) {
      const row = await getStatusStamps(db, assessmentId);
      if (!row) throw new Error(`assessment ${assessmentId} does not exist`);
      return row;
    },

    async listStatusHistory(year) {
      const rows = await listStatusHistory(db, year);
      return rows.flatMap((r): StatusChangeRecord[] => {
        const to = statusIn(r.newValue?.status);
        if (to === null) return [];
        return [
          {
            at: r.at,
            actor: r.actor,
            from: statusIn(r.oldValue?.status),
            to,
            move: causeIn(r.newValue?.move),
            reason: r.reason,
          },
        ];
      });
    },

    async savePublication(input) {
      return toPublication(await insertPublication(db, input));
    },

    async findActivePublication(districtId, year) {
      const row = await getActivePublication(db, districtId, year);
      return row && toPublication(row);
    },

    async listPublications(districtId, year) {
      return (await listPublications(db, districtId, year)).map(toPublication);
    },

    async withdrawPublication(input) {
      return toPublication(await withdrawPublication(db, input));
    },
  };
}
