// Where the demo's two draft Puskesmas stand in their monthly reporting: every month up to November
// reported (each at its entry, one sitting a month), December not yet — and at Pati I two December
// figures are still to come, so that its officers have a month to finish and report (criterion 2.8.3 b,
// e) and the district table shows every state of a month.
import { monthOf, type Month } from '../../domain/periods/months.ts';

/** The month the draft Puskesmas have not reported yet. */
export function unreportedMonth(year: number): Month {
  return monthOf(year, 12);
}

/** Pati I's December figures not entered yet: the mental health programme's two counts. */
export const DEMO_MISSING = {
  puskesmas: 'P3318001',
  indicatorCodes: ['UKM.F2.2', 'UKM.F2.3'],
} as const;

/** Who the demo says reported a Puskesmas' months: its koordinator (an account for Pati I). */
export function demoReporter(puskesmasCode: string): string {
  return `koordinator.${puskesmasCode.toLowerCase()}`;
}

/** Drops the monthly rows a draft Puskesmas has not entered yet (in place of the full year). */
export function withoutMissing<T extends { indicatorCode: string; month: string }>(
  puskesmasCode: string,
  year: number,
  rows: readonly T[],
): T[] {
  if (puskesmasCode !== DEMO_MISSING.puskesmas) return [...rows];
  const month = unreportedMonth(year);
  const missing = new Set<string>(DEMO_MISSING.indicatorCodes);
  return rows.filter((r) => !(r.month === month && missing.has(r.indicatorCode)));
}
