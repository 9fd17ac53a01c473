// When a target or sasaran change moves an indicator's score enough that the user is asked first.
import type { TargetPreview } from '../../shared/api/targets.schema.ts';

/** Points (of the indicator's 0–100) a change may move its score without a question. */
export const NOTABLE_SCORE_CHANGE = 5;

type Figure = TargetPreview['indicator']['before'];

/**
 * True when the score moves by more than NOTABLE_SCORE_CHANGE points, or the indicator starts or stops
 * being scored (SPM 6 from 67,9 to 0,8 after a sasaran typed with three zeros too many).
 */
export function isNotableScoreChange(before: Figure, after: Figure): boolean {
  if (before.score === null || after.score === null)
    return (before.score === null) !== (after.score === null);
  return Math.abs(after.score - before.score) > NOTABLE_SCORE_CHANGE;
}
