// A row linked to its twin in another table (`CatalogIndicator.sameAs`) has no monthly values of its
// own: they are the twin's, entered once there. This is the one place that lends them, so that the
// score, the progress to date, the verification view and every report read the same figures.
import type { CatalogIndicator } from '../catalog/types.ts';
import type { IndicatorInputs, PuskesmasYear } from './inputs.ts';

/** Whether the row's monthly values are its twin's (and it takes no entry of its own). */
export function isLinked(indicator: CatalogIndicator): indicator is CatalogIndicator & { sameAs: string } {
  return indicator.sameAs !== undefined;
}

/**
 * What the row is scored from: its own target, sasaran and rubric; for a linked row, the twin's
 * months. Months stored under the linked row itself (entered before the link was made) are not read:
 * two sets of figures for one count would make the tables disagree.
 */
export function rowInputs(indicator: CatalogIndicator, py: PuskesmasYear): IndicatorInputs {
  const own = py.inputs.get(indicator.code) ?? {};
  if (!isLinked(indicator)) return own;
  const { months: _own, ...rest } = own;
  const months = py.inputs.get(indicator.sameAs)?.months;
  return months ? { ...rest, months } : rest;
}
