// The evidence and meeting ports (src/app/record-ports.ts) over the repositories.
import type { EvidenceRecord, EvidenceRepository, MeetingsRepository } from '../../app/record-ports.ts';
import type { Db } from '../db.ts';
import {
  deleteEvidenceFile,
  feedbackPointBelongs,
  getEvidenceChunk,
  getEvidenceFile,
  getSubmittedAt,
  insertEvidenceChunk,
  insertEvidenceFile,
  listEvidenceFiles,
  rtlActionBelongs,
  setEvidenceStoragePath,
  type EvidenceFile,
} from '../repositories/evidence.repository.ts';
import {
  deleteMeeting,
  getMeeting,
  hasProgrammeAnalysis,
  insertMeeting,
  listMeetings,
  listRtlActionChoices,
  updateMeeting,
} from '../repositories/meetings.repository.ts';

const evidenceOf = (row: EvidenceFile): EvidenceRecord => row;

export function recordRepositories(db: Db): EvidenceRepository & MeetingsRepository {
  return {
    async insertEvidence(file) {
      return evidenceOf(await insertEvidenceFile(db, file));
    },
    setEvidenceStoragePath: (id, path) => setEvidenceStoragePath(db, id, path),
    appendEvidenceChunk: (fileId, seq, bytes) => insertEvidenceChunk(db, fileId, seq, bytes),
    readEvidenceChunk: (fileId, seq) => getEvidenceChunk(db, fileId, seq),
    async getEvidence(id) {
      const row = await getEvidenceFile(db, id);
      return row && evidenceOf(row);
    },
    async listEvidence(assessmentId, filter) {
      return (await listEvidenceFiles(db, assessmentId, filter)).map(evidenceOf);
    },
    deleteEvidence: (file, audit) => deleteEvidenceFile(db, file, audit),
    getSubmittedAt: (assessmentId) => getSubmittedAt(db, assessmentId),
    hasRtlAction: (assessmentId, id) => rtlActionBelongs(db, assessmentId, id),
    hasFeedbackPoint: (assessmentId, id) => feedbackPointBelongs(db, assessmentId, id),

    listMeetings: (orgUnitId, year) => listMeetings(db, orgUnitId, year),
    getMeeting: (id) => getMeeting(db, id),
    insertMeeting: (write) => insertMeeting(db, write),
    updateMeeting: (id, write) => updateMeeting(db, id, write),
    deleteMeeting: (id, audit) => deleteMeeting(db, id, audit),
    listRtlActionChoices: (assessmentId) => listRtlActionChoices(db, assessmentId),
    hasPerformanceAnalysis: (assessmentId) => hasProgrammeAnalysis(db, assessmentId),
  };
}
