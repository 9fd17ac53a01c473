// The background-jobs port (src/app/job-ports.ts) over its repository.
import type { BackgroundJobsRepository } from '../../app/job-ports.ts';
import type { Db } from '../db.ts';
import {
  beatBackgroundJob,
  claimBackgroundJob,
  deleteBackgroundJobFile,
  deleteBackgroundJobsEndedBefore,
  finishBackgroundJob,
  getBackgroundJob,
  getBackgroundJobChunk,
  insertBackgroundJob,
  insertBackgroundJobChunk,
  listBackgroundJobs,
  releaseBackgroundJob,
  requestBackgroundJobCancel,
} from '../repositories/background-jobs.repository.ts';

export function backgroundJobRepositories(db: Db): BackgroundJobsRepository {
  return {
    queueJob: (job) => insertBackgroundJob(db, job),
    claimJob: (worker, staleSeconds) => claimBackgroundJob(db, worker, staleSeconds),
    beatJob: (id, worker, progress) => beatBackgroundJob(db, id, worker, progress),
    finishJob: (id, worker, end) => finishBackgroundJob(db, id, worker, end),
    releaseJob: (id, worker) => releaseBackgroundJob(db, id, worker),
    requestJobCancel: (id, at) => requestBackgroundJobCancel(db, id, at),
    getJob: (id) => getBackgroundJob(db, id),
    listJobs: (filter) => listBackgroundJobs(db, filter),
    forgetJobsEndedBefore: (at) => deleteBackgroundJobsEndedBefore(db, at),
    removeJobFile: (id) => deleteBackgroundJobFile(db, id),
    appendJobFileChunk: (id, seq, bytes) => insertBackgroundJobChunk(db, id, seq, bytes),
    readJobFileChunk: (id, seq) => getBackgroundJobChunk(db, id, seq),
  };
}
