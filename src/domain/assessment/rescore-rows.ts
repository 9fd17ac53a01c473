// A save changes one row's figures. The year's result after it is the stored result with that row —
// and the rows that read its figures — measured and scored again, and every group above averaged
// again: by the engine's own rules (`scoreAssessment`), the other rows' stored scores carried over
// instead of measured again. It equals scoring the year whole (rescore-rows.test.ts, and `pkp check`
// compares every stored result with a fresh scoring); where the stored scores do not fit the catalog
// the caller scores the year whole.
import type { Catalog, CatalogIndicator } from '../catalog/types.ts';
import { listIndicators } from '../catalog/walk.ts';
import { weeksInMonths } from '../periods/weeks.ts';
import { scoreAssessment, type AssessmentResult } from '../scoring/assessment.ts';
import { explain } from '../scoring/explanation.ts';
import type { ScoringSettings } from '../scoring/settings.ts';
import type { NodeResult, ScoreLeaf } from '../scoring/tree.ts';
import { assembleTrees, buildLeaf } from './build-trees.ts';
import type { PuskesmasYear } from './inputs.ts';

/** What a stored result keeps of every node: its score; of every service row, whether it met its target. */
export interface StoredScores {
  nodes: Readonly<Record<string, number | null>>;
  met: Readonly<Record<string, boolean | null>>;
}

/** The rows whose score a change of `code`'s own figures moves: the row and every row linked to it. */
export function rowsMovedBy(catalog: Catalog, code: string): Set<string> {
  const moved = new Set([code]);
  for (const { indicator } of listIndicators(catalog))
    if (indicator.sameAs === code) moved.add(indicator.code);
  return moved;
}

/**
 * The year's result with the rows `changed` scored from `py` and every other row's stored score
 * carried over; null when `stored` lacks a row (a result stored on another catalog or an older
 * pkp), which the caller then scores whole. `py` needs only the changed rows' inputs (and those of
 * the rows they are linked to).
 */
export function rescoreRows(
  catalog: Catalog,
  py: PuskesmasYear,
  settings: ScoringSettings,
  stored: StoredScores,
  changed: ReadonlySet<string>,
): AssessmentResult | null {
  const weeks = weeksInMonths(py.year, 12);
  const carried = new Map<ScoreLeaf, NodeResult>();
  let fits = true;
  const trees = assembleTrees(catalog, (indicator) => {
    if (changed.has(indicator.code)) return buildLeaf(indicator, py, 12, weeks);
    if (!(indicator.code in stored.nodes)) fits = false;
    const leaf = carriedLeaf(indicator);
    carried.set(leaf, carriedResult(indicator, stored));
    return leaf;
  });
  return fits ? scoreAssessment(trees, settings, carried) : null;
}

/** A leaf that is never measured: its result is carried (the measure only satisfies the type). */
function carriedLeaf(indicator: CatalogIndicator): ScoreLeaf {
  return { id: indicator.code, name: indicator.name, measure: { kind: 'yesno', achieved: null } };
}

function carriedResult(indicator: CatalogIndicator, stored: StoredScores): NodeResult {
  const explanation = explain('carried-over', {});
  const met = stored.met[indicator.code];
  return {
    id: indicator.code,
    name: indicator.name,
    score: stored.nodes[indicator.code] ?? null,
    explanation: met === null || met === undefined ? explanation : { ...explanation, met },
  };
}
