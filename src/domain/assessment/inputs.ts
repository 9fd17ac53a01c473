// What a Puskesmas-year holds per indicator: its target and sasaran, its monthly entries, its rubric score.
import type { RubricLevel } from '../catalog/types.ts';
import type { Month } from '../periods/months.ts';

export interface IndicatorTarget {
  /** Overrides the catalog's target value for this Puskesmas-year. */
  value?: number | null;
  /** The absolute target TS set by Dinkes (coverage). */
  targetSasaran?: number | null;
  sasaran?: number | null;
  /** False: marked not applicable, with a reason. */
  applicable?: boolean;
  reason?: string | null;
  /** UKM Pengembangan: the Puskesmas chose this service (criterion 2.7.1). */
  chosen?: boolean;
}

export interface MonthlyEntry {
  month: Month;
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  /** Ya/tidak, or on time. */
  flag?: boolean | null;
}

export interface RubricEntry {
  level?: RubricLevel | null;
  percent?: number | null;
  /** Last year's figure of the item, for an item that must rise above it (`Rubric.mustRise`). */
  previous?: number | null;
}

export interface IndicatorInputs {
  target?: IndicatorTarget;
  months?: readonly MonthlyEntry[];
  rubric?: RubricEntry;
}

export interface PuskesmasYear {
  year: number;
  rawatInap: boolean;
  /** Inputs by indicator code; an indicator with none is simply missing. */
  inputs: ReadonlyMap<string, IndicatorInputs>;
}

/** A value exists as the Puskesmas entered it (self-assessment) and as Dinkes verified it. */
export type Stage = 'self' | 'verified';
