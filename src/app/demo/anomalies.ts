// Mistakes planted in the demo on purpose, of the kinds officers really make, so that the plausibility
// warnings have something to find (and their tests a fixed place to look). Everything else in the demo
// is plausible; the campaign months of DEMO_CAMPAIGNS (seasons.ts) are peaks of real work, not these.
import { monthNumber, monthOf, type Month } from '../../domain/periods/months.ts';

export interface DemoAnomaly {
  /**
   * `typo-x10`: one month typed with an extra digit (ten times the figure it should have been);
   * `entered-twice`: one month's figure added twice — exactly double the median of the other months;
   * `over-sasaran`: the year's counts add up to more than the sasaran (coverage above 100 %), with no
   * month out of line.
   */
  kind: 'typo-x10' | 'entered-twice' | 'over-sasaran';
  puskesmas: string;
  indicatorCode: string;
  /** The month of the demo year (2023) that is wrong; null when the whole year is. */
  month: Month | null;
  field: 'numerator';
  /** For `over-sasaran`: the year's Σ numerators against the sasaran. */
  coverage?: number;
}

/**
 * Where the demo's mistakes are (demo year 2023; another year has them in the same months). Each is
 * the only one of its kind in its row, and none pushes its row past another check: the typo leaves
 * the year under its sasaran, and so does the doubled month.
 */
export const DEMO_ANOMALIES: readonly DemoAnomaly[] = [
  // Pati I (draft, its officers can see and fix it): IVA screening for May typed as 10× its figure.
  {
    kind: 'typo-x10',
    puskesmas: 'P3318001',
    indicatorCode: 'UKM.F1.6',
    month: '2023-05',
    field: 'numerator',
  },
  // Pati I: deliveries add up to 112 % of the estimated ibu bersalin, evenly over the year.
  {
    kind: 'over-sasaran',
    puskesmas: 'P3318001',
    indicatorCode: 'SPM.02',
    month: null,
    field: 'numerator',
    coverage: 1.12,
  },
  // Pati II (draft): hypertension screening of September entered twice.
  {
    kind: 'entered-twice',
    puskesmas: 'P3318002',
    indicatorCode: 'UKM.F1.7.1',
    month: '2023-09',
    field: 'numerator',
  },
  // Gabus I (submitted: for the Dinkes verifier to find): sensory screening of October, 10× its figure.
  {
    kind: 'typo-x10',
    puskesmas: 'P3318003',
    indicatorCode: 'UKM.F1.5',
    month: '2023-10',
    field: 'numerator',
  },
];

interface Row {
  indicatorCode: string;
  month: Month;
  numerator: number | null;
}

/** The median of whole numbers, rounded down to a whole number. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : Math.floor(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

/**
 * Plants the anomalies of `puskesmas` into its rows of `year` (in place). `sasaran` gives each row's
 * sasaran, for the coverage one.
 */
export function plantAnomalies(
  puskesmas: string,
  year: number,
  rows: Row[],
  sasaran: (indicatorCode: string) => number | null,
): void {
  for (const anomaly of DEMO_ANOMALIES.filter((a) => a.puskesmas === puskesmas)) {
    const own = rows.filter((r) => r.indicatorCode === anomaly.indicatorCode);
    const month = anomaly.month === null ? null : monthOf(year, monthNumber(anomaly.month));
    const target = own.find((r) => r.month === month);
    const others = own.filter((r) => r.month !== month).map((r) => r.numerator ?? 0);
    switch (anomaly.kind) {
      case 'typo-x10':
        if (target) target.numerator = 10 * (target.numerator ?? 0);
        break;
      case 'entered-twice':
        if (target) target.numerator = 2 * median(others);
        break;
      case 'over-sasaran': {
        const s = sasaran(anomaly.indicatorCode);
        const total = own.reduce((sum, r) => sum + (r.numerator ?? 0), 0);
        if (s === null || total === 0) break;
        // Scaled month by month, the spread kept: the excess is in the year, not in one month.
        const wanted = Math.ceil(s * (anomaly.coverage ?? 1));
        let left = wanted;
        own.forEach((r, i) => {
          const share = i === own.length - 1 ? left : Math.round(((r.numerator ?? 0) * wanted) / total);
          r.numerator = Math.max(0, share);
          left -= r.numerator;
        });
        break;
      }
    }
  }
}
