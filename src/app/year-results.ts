// Which stored results a Puskesmas-year has in its status, and storing them afresh. A draft has the
// Puskesmas' own result; from submission on it has Dinkes' verified result beside it (equal to its
// own until Dinkes corrects a figure), which the district's league table and the published recap
// read. A verified result, once made, stays and is kept fresh (a year returned to draft keeps it).
import type { Stage } from '../domain/assessment/inputs.ts';
import { isSubmitted, type AssessmentStatus } from '../domain/assessment/status.ts';
import type { Clock, ResultsReader, ScoringRepository, YearKey } from './ports.ts';
import { refreshResult } from './refresh-result.ts';

/** The stages a year in `status` must have a stored result for. */
export function requiredStages(status: AssessmentStatus | null): Stage[] {
  return isSubmitted(status) ? ['self', 'verified'] : ['self'];
}

/**
 * Scores the year at every stage it has (those its status requires, and a verified result made
 * earlier) and stores the results. Call it in the transaction that changed the year, under its lock.
 */
export async function rescoreYear(
  repos: ScoringRepository & Pick<ResultsReader, 'getResult'>,
  year: YearKey & { status: AssessmentStatus },
  clock: Clock = () => new Date(),
): Promise<Stage[]> {
  const stages = requiredStages(year.status);
  if (!stages.includes('verified') && (await repos.getResult(year, 'verified'))) stages.push('verified');
  for (const stage of stages) await refreshResult(repos, year, stage, clock);
  return stages;
}
