// The "what waits for me" port (src/app/waiting-ports.ts) over its repository, for one Db or
// transaction; createRepositories spreads it into `Repositories`.
import type { WaitingReader } from '../../app/waiting-ports.ts';
import type { Db } from '../db.ts';
import {
  listProgrammeReviews,
  listReturnedItemsOf,
  listSentFeedbackPoints,
  listWaitingAssessments,
} from '../repositories/waiting.repository.ts';

export function waitingRepositories(db: Db): WaitingReader {
  return {
    listWaitingAssessments: (districtId, year) => listWaitingAssessments(db, districtId, year),
    listReturnedItemsOf: (assessmentIds, statuses) => listReturnedItemsOf(db, assessmentIds, statuses),
    listSentFeedbackPoints: (assessmentIds) => listSentFeedbackPoints(db, assessmentIds),
    listProgrammeReviews: (assessmentIds) => listProgrammeReviews(db, assessmentIds),
  };
}
