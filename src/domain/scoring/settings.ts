// A district's scoring settings per year (docs/scoring.md#settings), keyed as a scenario's `settings`.

export type Convention = 'target' | 'coverage';
export type LowerFormula = 'permenpan' | 'ratio';
export type ZeroSasaranRule = 'exclude' | 'full';

/** [Baik from, Cukup from]: a score ≥ the first is Baik, ≥ the second Cukup, otherwise Kurang. */
export type ThresholdPair = readonly [baikFrom: number, cukupFrom: number];

export interface Thresholds {
  service: ThresholdPair;
  management: ThresholdPair;
  quality: ThresholdPair;
}

export interface ScoringSettings {
  convention: Convention;
  /** Clamp every higher-is-better ratio at 100. */
  cap: boolean;
  lowerFormula: LowerFormula;
  thresholds: Thresholds;
  /** Once submitted, a leaf with no value scores 0 instead of being excluded. */
  submitted: boolean;
  zeroSasaran: ZeroSasaranRule;
}

/** The decree's body (diktum KEENAM), its gaps closed by half-open intervals (docs/scoring.md#categories). */
export const DEFAULT_THRESHOLDS: Thresholds = {
  service: [91, 81],
  management: [8.5, 5.5],
  quality: [91, 81],
};

export type SettingsOverrides = Partial<Omit<ScoringSettings, 'thresholds'>> & {
  thresholds?: Partial<Thresholds>;
};

/** Fills in the defaults; `cap` follows the convention unless it is given. */
export function resolveSettings(overrides: SettingsOverrides = {}): ScoringSettings {
  const convention = overrides.convention ?? 'target';
  return {
    convention,
    cap: overrides.cap ?? convention === 'target',
    lowerFormula: overrides.lowerFormula ?? 'permenpan',
    thresholds: { ...DEFAULT_THRESHOLDS, ...overrides.thresholds },
    submitted: overrides.submitted ?? false,
    zeroSasaran: overrides.zeroSasaran ?? 'exclude',
  };
}
