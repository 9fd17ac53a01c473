// The improvement ports (src/app/ports.ts: FeedbackRepository, AnalysisRepository) over the repositories.
import type {
  AnalysisRepository,
  FeedbackLetterRecord,
  FeedbackRepository,
  FollowUpRecord,
  RtlActionRecord,
} from '../../app/ports.ts';
import type { Db } from '../db.ts';
import {
  listGapAnalyses,
  listProgrammeAnalyses,
  saveGapAnalysis,
  saveProgrammeAnalysis,
  type GapAnalysis,
  type ProgrammeAnalysis,
} from '../repositories/analyses.repository.ts';
import {
  createFeedbackLetter,
  deleteFeedbackLetter,
  findLastSigner,
  getFeedbackLetter,
  listDistrictFeedback,
  listFeedbackLetters,
  saveFollowUp,
  sendFeedbackLetter,
  updateFeedbackLetter,
  type FeedbackFollowUp,
  type LetterWithPoints,
} from '../repositories/feedback.repository.ts';
import {
  createRtlAction,
  getRtlAction,
  listRtlActions,
  updateRtlAction,
  type RtlAction,
} from '../repositories/rtl-actions.repository.ts';

const toFollowUp = (row: FeedbackFollowUp): FollowUpRecord => row;

function toLetter(row: LetterWithPoints): FeedbackLetterRecord {
  return {
    ...row,
    points: row.points.map(({ letterId: _l, followUp, ...p }) => ({
      ...p,
      followUp: followUp && toFollowUp(followUp),
    })),
  };
}

const toGap = ({ assessmentId: _a, ...row }: GapAnalysis) => row;
const toProgramme = ({ assessmentId: _a, ...row }: ProgrammeAnalysis) => row;

function toAction(row: RtlAction & { carriedFromYear?: number | null }): RtlActionRecord {
  const { carriedFromId, carriedFromYear, ...rest } = row;
  return {
    ...rest,
    carriedFrom: carriedFromId === null ? null : { id: carriedFromId, year: carriedFromYear ?? 0 },
  };
}

export function feedbackRepositories(db: Db): FeedbackRepository {
  return {
    async listFeedbackLetters(assessmentId, options) {
      return (await listFeedbackLetters(db, assessmentId, options)).map(toLetter);
    },
    async getFeedbackLetter(letterId) {
      const letter = await getFeedbackLetter(db, letterId);
      return letter && toLetter(letter);
    },
    async createFeedbackLetter(write) {
      return toLetter(await createFeedbackLetter(db, write));
    },
    async updateFeedbackLetter(write) {
      return toLetter(await updateFeedbackLetter(db, write));
    },
    async sendFeedbackLetter(write) {
      return toLetter(await sendFeedbackLetter(db, write));
    },
    async deleteFeedbackLetter(write) {
      await deleteFeedbackLetter(db, write);
    },
    async saveFollowUp(write) {
      return toFollowUp(await saveFollowUp(db, write));
    },
    async findLastSigner(districtId) {
      return findLastSigner(db, districtId);
    },
    async listDistrictFeedback(districtId, year) {
      return (await listDistrictFeedback(db, districtId, year)).map((l) => ({
        ...toLetter(l),
        puskesmasCode: l.puskesmasCode,
      }));
    },
  };
}

export function analysisRepositories(db: Db): AnalysisRepository {
  // The row as written, with the year of the action it carries on (as the list reads it).
  const withOrigin = async (row: RtlAction) =>
    (await getRtlAction(db, row.id)) ?? { ...row, carriedFromYear: null };
  return {
    async listGapAnalyses(assessmentId) {
      return (await listGapAnalyses(db, assessmentId)).map(toGap);
    },
    async saveGapAnalysis(write) {
      return toGap(await saveGapAnalysis(db, write));
    },
    async listProgrammeAnalyses(assessmentId) {
      return (await listProgrammeAnalyses(db, assessmentId)).map(toProgramme);
    },
    async saveProgrammeAnalysis(write) {
      return toProgramme(await saveProgrammeAnalysis(db, write));
    },
    async listRtlActions(assessmentId) {
      return (await listRtlActions(db, assessmentId)).map(toAction);
    },
    async createRtlAction(write) {
      return toAction(await withOrigin(await createRtlAction(db, write)));
    },
    async updateRtlAction(write) {
      return toAction(await withOrigin(await updateRtlAction(db, write)));
    },
  };
}
