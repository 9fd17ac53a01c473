// Plausible monthly data for one Puskesmas-year, driven by a performance level so that the district
// spreads over Baik, Cukup and Kurang.
import type { CatalogIndicator } from '../../domain/catalog/types.ts';
import type { IndicatorInputs, MonthlyEntry } from '../../domain/assessment/inputs.ts';
import { monthsOfYear } from '../../domain/periods/months.ts';
import type { DemoPuskesmas } from './puskesmas-list.ts';
import type { Random } from './random.ts';

/** Share of the population in a target group, by words of the printed sasaran. */
const SASARAN_SHARES: [RegExp, number][] = [
  [/ibu hamil kek|bumil kek/i, 0.0018],
  [/ibu hamil|bumil|ibu bersalin|ibu nifas|persalinan|neonatus|bayi baru lahir|kelahiran|bayi berat/i, 0.016],
  [/bayi < ?6|bayi umur 6/i, 0.008],
  [/bayi/i, 0.016],
  [/baduta/i, 0.032],
  [/balita gizi|gizi buruk/i, 0.002],
  [/balita|anak yang berusia|anak usia/i, 0.08],
  [/siswa|remaja putri/i, 0.03],
  [/usia subur|wus|wanita usia subur/i, 0.25],
  [/lansia/i, 0.11],
  [/catin/i, 0.008],
  [/penduduk|masy|orang|pasien|penderita/i, 0.02],
  [/rumah tangga|keluarga|kk\b|rumah/i, 0.28],
  [/jamaah|jemaah/i, 0.0008],
];

/** Counts of places rather than people. */
const PLACE_COUNTS: [RegExp, (p: DemoPuskesmas) => number][] = [
  [/^desa$|desa/i, (p) => p.villages],
  [/posyandu/i, (p) => p.villages * 5],
  [/sekolah|sd\/mi|smp|madrasah/i, (p) => Math.round(p.population / 1200)],
  [/kecamatan|puskesmas|pelayanan santun/i, () => 1],
  [
    /sarana air|ttu|tpm|tpp|faskes|dunia usaha|perusahaan|ormas|poskestren|pos ukk|posbindu|hattra|isntansi|instansi/i,
    (p) => Math.max(3, Math.round(p.population / 3000)),
  ],
];

export function estimateSasaran(indicator: CatalogIndicator, puskesmas: DemoPuskesmas): number {
  const text = indicator.sasaran;
  for (const [pattern, count] of PLACE_COUNTS) if (pattern.test(text)) return count(puskesmas);
  for (const [pattern, share] of SASARAN_SHARES)
    if (pattern.test(text)) return Math.max(1, Math.round(puskesmas.population * share));
  return Math.max(10, Math.round(puskesmas.population * 0.01));
}

/** Splits an annual total over 12 months, roughly evenly, in whole numbers. */
function spread(total: number, random: Random): number[] {
  const weights = Array.from({ length: 12 }, () => random.between(0.6, 1.4));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % 12, rest--) parts[i] = (parts[i] ?? 0) + 1;
  return parts;
}

export type DemoIndicatorData = IndicatorInputs;

/**
 * When a Puskesmas entered each month: one sitting per month, by the 5th of the next month unless it
 * was late — and a weaker Puskesmas is late more often.
 */
export function demoEntryDates(year: number, performance: number, random: Random): Record<string, Date> {
  const enteredAt: Record<string, Date> = {};
  for (const [i, month] of monthsOfYear(year).entries()) {
    const late = random.chance(Math.min(0.8, Math.max(0.03, 1.6 * (1.02 - performance))));
    const day = late ? random.int(6, 20) : random.int(1, 5);
    enteredAt[month] = new Date(Date.UTC(i === 11 ? year + 1 : year, (i + 1) % 12, day, random.int(1, 9)));
  }
  return enteredAt;
}

/**
 * One indicator's year. `performance` around 1 meets targets; 0,8 falls short. The result is what a
 * Puskesmas would have typed: monthly counts, numerator/denominator pairs, flags, a rubric level.
 */
export function demoIndicatorYear(
  indicator: CatalogIndicator,
  puskesmas: DemoPuskesmas,
  year: number,
  performance: number,
  random: Random,
): DemoIndicatorData {
  const months = monthsOfYear(year);
  const p = Math.max(0.2, performance * random.between(0.88, 1.1));
  const target = indicator.target.value;
  const sasaran = estimateSasaran(indicator, puskesmas);
  const entries = (fill: (i: number) => Omit<MonthlyEntry, 'month'>): MonthlyEntry[] =>
    months.map((month, i) => ({ month, ...fill(i) }));

  if (indicator.kind === 'rubric') {
    const rubric = indicator.rubric;
    if (rubric?.input === 'percent') {
      return { rubric: { percent: Math.min(100, Math.round((35 + 60 * p) * 100) / 100) } };
    }
    const levels = ([0, 4, 7, 10] as const).filter((l) => rubric === undefined || rubric.levels[l] !== '');
    const wanted = Math.min(10, Math.max(0, 10 * p + random.between(-2.5, 1.5)));
    const level = levels.reduce(
      (best, l) => (Math.abs(l - wanted) < Math.abs(best - wanted) ? l : best),
      levels[0] ?? 0,
    );
    return { rubric: { level } };
  }

  switch (indicator.entry) {
    case 'count': {
      const share = indicator.kind === 'rate' ? 0 : ((target ?? 100) / 100) * p;
      let total: number;
      if (indicator.kind === 'rate') {
        // Cases so that the rate lands near its target: below it where lower is better and p is high.
        const rateTarget = target ?? 1;
        const factor = indicator.direction === 'lower' ? 1 / (p * p) - 0.15 : p;
        total = Math.max(0, Math.round((rateTarget * factor * sasaran) / (indicator.per ?? 1000)));
      } else {
        total = Math.round(Math.min(sasaran * 1.02, sasaran * share));
      }
      return {
        target: { sasaran },
        months: spread(total, random).map((n, i) => ({ month: months[i] as string, numerator: n })),
      };
    }
    case 'ratio': {
      const scale = indicator.scale ?? 100;
      const goal = target ?? (indicator.direction === 'lower' ? 2 : 90);
      const ratio =
        indicator.kind === 'value' && indicator.direction === 'lower'
          ? goal * Math.max(0.3, 1 / (p * p) - 0.1)
          : Math.min(scale, goal * p * (indicator.kind === 'ontime' ? 1 : 1.02));
      return {
        months: entries(() => {
          const denominator = scale === 1 ? random.int(4, 20) : random.int(20, 120);
          const numerator = Math.max(0, Math.round((denominator * ratio) / scale));
          return { numerator: scale === 100 ? Math.min(numerator, denominator) : numerator, denominator };
        }),
      };
    }
    case 'amount': {
      const total = Math.max(0, Math.round((target ?? 12) * p));
      return {
        months: spread(total, random).map((value, i) => ({ month: months[i] as string, value })),
      };
    }
    case 'level': {
      if (indicator.kind === 'coverage') {
        // A stock that grows through the year to where this Puskesmas ends up.
        const end = Math.round(Math.min(sasaran, sasaran * ((target ?? 100) / 100) * p));
        const start = Math.round(end * random.between(0.6, 0.9));
        return {
          target: { sasaran },
          months: entries((i) => ({ numerator: Math.round(start + ((end - start) * (i + 1)) / 12) })),
        };
      }
      const goal = target ?? 50;
      const value = indicator.direction === 'lower' ? goal * (1 / p) : goal * p;
      return { months: entries(() => ({ value: Math.round(value * 100) / 100 })) };
    }
    case 'yesno':
      return { months: entries(() => ({ flag: random.chance(Math.min(0.98, p)) })) };
    case 'ontime':
      return { months: entries(() => ({ flag: random.chance(Math.min(0.99, p * p)) })) };
    case 'annual':
      return { months: [] };
  }
}
