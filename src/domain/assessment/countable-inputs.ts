// What the engine counts of an indicator's stored inputs: only numbers within their bounds
// (number-bounds.ts). A value stored before the bounds existed, or loaded by hand, is read as not
// entered, so that it can never overflow a score to Infinity (which JSON sends as null and no screen
// can read); the entry grid still shows it, and the officer corrects it there
// (docs/scoring-decisions.md, rule 33).
import type { CatalogIndicator } from '../catalog/types.ts';
import type { IndicatorInputs, IndicatorTarget, MonthlyEntry } from './inputs.ts';
import {
  monthlyFieldBound,
  numberProblem,
  RUBRIC_PERCENT,
  targetFieldBound,
  type TargetNumberField,
} from './number-bounds.ts';

/**
 * The number fields the engine reads for a shape (measure-indicator.ts): a ratio's two halves, else
 * the one number, which bulk-loaded rows may hold in either column.
 */
function readFields(indicator: CatalogIndicator): ('numerator' | 'denominator' | 'value')[] {
  return indicator.entry === 'ratio' ? ['numerator', 'denominator'] : ['numerator', 'value'];
}

/** Whether every number the engine reads of a stored month is within its bound. */
export function isCountableMonth(indicator: CatalogIndicator, month: MonthlyEntry): boolean {
  return readFields(indicator).every((field) => {
    const x = month[field];
    return x == null || numberProblem(x, monthlyFieldBound(indicator, field)) === null;
  });
}

function countableTarget(indicator: CatalogIndicator, target: IndicatorTarget): IndicatorTarget {
  const out = { ...target };
  for (const field of ['value', 'targetSasaran', 'sasaran'] as const) {
    const x = out[field];
    const as: TargetNumberField = field === 'value' ? 'target' : field;
    if (x != null && numberProblem(x, targetFieldBound(indicator, as)) !== null) out[field] = null;
  }
  return out;
}

/** The inputs with every out-of-bound number left out: a month as a whole, a target number on its own. */
export function countableInputs(indicator: CatalogIndicator, inputs: IndicatorInputs): IndicatorInputs {
  const out: IndicatorInputs = { ...inputs };
  if (inputs.months) out.months = inputs.months.filter((m) => isCountableMonth(indicator, m));
  if (inputs.target) out.target = countableTarget(indicator, inputs.target);
  const percent = inputs.rubric?.percent;
  if (inputs.rubric && percent != null && numberProblem(percent, RUBRIC_PERCENT) !== null)
    out.rubric = { ...inputs.rubric, percent: null };
  return out;
}
