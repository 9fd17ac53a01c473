// Every axis on one scale everywhere: Pelayanan and Mutu in %, Manajemen on 0–10 — the card, the
// "why" tree, the rubric screen, the recap and the CLI (docs/scoring-decisions.md, rule 34).
import type { Axis } from '../domain/catalog/types.ts';
import { formatNumber } from './format.ts';
import type { Locale } from './messages/index.ts';

/**
 * A tree node's score on its axis' scale. The engine scores Mutu's items and groups on 0–10 and the
 * axis is their mean × 10 (docs/scoring.md#axes), so a Mutu node reads × 10: group B1 at 7,5 is
 * 75%, beside the axis' 68,33% — never 6,83 under a 68,33% headline.
 */
export function nodeScoreOnAxis(axis: Axis, score: number | null): number | null {
  if (score === null) return null;
  return axis === 'quality' ? score * 10 : score;
}

/** A score already on its axis' scale: "64,13%", "5,89", "68,33%" (two decimals, as categories compare). */
export function formatAxisScore(axis: Axis, score: number | null | undefined, locale: Locale): string {
  const figure = formatNumber(score, 2, locale);
  // Indonesian writes no space before %: 91,25%.
  return axis === 'management' || figure === '–' ? figure : `${figure}%`;
}

/** A tree node's score as its axis reads: a Mutu group of 7,5 shows as "75,00%". */
export function formatNodeScore(axis: Axis, score: number | null, locale: Locale): string {
  return formatAxisScore(axis, nodeScoreOnAxis(axis, score), locale);
}
