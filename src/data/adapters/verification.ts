// The verification port (src/app/verification-ports.ts) over its repositories, for one Db or
// transaction; createRepositories spreads it into `Repositories`.
import type { VerificationRepository } from '../../app/verification-ports.ts';
import type { Db } from '../db.ts';
import { listAudit } from '../repositories/audit.repository.ts';
import {
  deleteMonthlyValue,
  listMonthlyValues,
  upsertMonthlyValue,
  type MonthlyValue,
} from '../repositories/monthly-values.repository.ts';
import {
  countUnsettledReturns,
  insertReturnedItem,
  listReturnedItems,
  moveReturnedItem,
  type ReturnedItem,
} from '../repositories/returned-items.repository.ts';
import {
  deleteRubricScore,
  listRubricScores,
  upsertRubricScore,
  type RubricScore,
} from '../repositories/rubric-scores.repository.ts';
import { deleteTarget, listTargets, upsertTarget, type Target } from '../repositories/targets.repository.ts';
import {
  listDistrictCorrectionCounts,
  listDistrictLatestChanges,
  listDistrictReturnedItems,
  listDistrictReviews,
  listDistrictVerificationAssessments,
} from '../repositories/verification-queue.repository.ts';
import {
  listReviews,
  upsertReview,
  type VerificationReview,
} from '../repositories/verification-reviews.repository.ts';

const CORRECTION = 'verified' as const;

const target = ({ districtId: _d, assessmentId: _a, stage: _s, ...row }: Target) => row;
const monthly = ({ districtId: _d, assessmentId: _a, stage: _s, ...row }: MonthlyValue) => row;
const rubric = ({ districtId: _d, assessmentId: _a, stage: _s, ...row }: RubricScore) => row;
const returned = ({ assessmentId: _a, ...row }: ReturnedItem) => row;
const review = ({ assessmentId: _a, ...row }: VerificationReview) => row;

export function verificationRepositories(db: Db): VerificationRepository {
  return {
    async listCorrections(year) {
      // One after another: a transaction is one connection.
      const targets = (await listTargets(db, year, CORRECTION)).map(target);
      const values = (await listMonthlyValues(db, year, CORRECTION)).map(monthly);
      const rubrics = (await listRubricScores(db, year, CORRECTION)).map(rubric);
      return { targets, monthly: values, rubrics };
    },

    async saveValueCorrection(write) {
      const { reason, ...rest } = write;
      return monthly(
        await upsertMonthlyValue(db, { ...rest, stage: CORRECTION, correctionReason: reason, reason }),
      );
    },

    async saveTargetCorrection(write) {
      const { reason, ...rest } = write;
      return target(await upsertTarget(db, { ...rest, stage: CORRECTION, correctionReason: reason, reason }));
    },

    async saveRubricCorrection(write) {
      const { reason, ...rest } = write;
      return rubric(
        await upsertRubricScore(db, {
          ...rest,
          stage: CORRECTION,
          note: null,
          correctionReason: reason,
          reason,
        }),
      );
    },

    async withdrawCorrection(write) {
      const key = {
        districtId: write.districtId,
        assessmentId: write.assessmentId,
        indicatorCode: write.indicatorCode,
        stage: CORRECTION,
      };
      const audit = { expectedVersion: write.expectedVersion, actor: write.actor, reason: write.reason };
      if (write.kind === 'value')
        await deleteMonthlyValue(db, { ...key, month: write.month ?? '', ...audit });
      else if (write.kind === 'target') await deleteTarget(db, { ...key, ...audit });
      else await deleteRubricScore(db, { ...key, ...audit });
    },

    async listReturnedItems(assessmentId) {
      return (await listReturnedItems(db, assessmentId)).map(returned);
    },

    countOpenReturns: (assessmentId) => countUnsettledReturns(db, assessmentId),

    async createReturnedItem(write) {
      return returned(await insertReturnedItem(db, write));
    },

    async moveReturnedItem(write) {
      const moved = await moveReturnedItem(db, write);
      return moved && returned(moved);
    },

    async listReturnTrail({ districtId, assessmentId }) {
      const rows = await listAudit(db, { districtId, entity: 'returned_item', assessmentId });
      return rows.map((r) => ({
        id: Number(r.entityKey.id),
        at: r.at,
        actor: r.actor,
        oldValue: r.oldValue,
        newValue: r.newValue,
        reason: r.reason,
      }));
    },

    async listReviews(assessmentId) {
      return (await listReviews(db, assessmentId)).map(review);
    },

    async saveReview(write) {
      return review(await upsertReview(db, write));
    },

    async loadDistrictVerification(districtId, year) {
      const assessments = await listDistrictVerificationAssessments(db, districtId, year);
      const returns = await listDistrictReturnedItems(db, districtId, year);
      const reviews = await listDistrictReviews(db, districtId, year);
      const latestChanges = await listDistrictLatestChanges(db, districtId, year);
      const corrections = await listDistrictCorrectionCounts(db, districtId, year);
      return {
        assessments: assessments.map((a) => ({
          assessmentId: a.assessmentId,
          status: a.status,
          submittedAt: a.submittedAt,
          puskesmas: { code: a.code, name: a.name },
        })),
        returns: returns.map(({ item }) => item),
        reviews: reviews.map(({ review: r }) => r),
        // An aggregate's timestamp may come back as text on one driver: read it as a date either way.
        latestChanges: latestChanges.flatMap((c) =>
          c.at === null
            ? []
            : [{ assessmentId: c.assessmentId, indicatorCode: c.indicatorCode, at: new Date(c.at) }],
        ),
        corrections: corrections.map((c) => ({
          assessmentId: c.assessmentId,
          indicatorCode: c.indicatorCode,
          count: Number(c.n),
        })),
      };
    },
  };
}
