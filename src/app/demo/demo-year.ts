// Plausible monthly data for one Puskesmas-year, driven by a performance level so that the district
// spreads over Baik, Cukup and Kurang; the sasaran come from the Puskesmas's population profile and
// the months follow the seasons of the work (seasons.ts).
import { weeksInMonth } from '../../domain/periods/weeks.ts';
import type { CatalogIndicator } from '../../domain/catalog/types.ts';
import type { IndicatorInputs, MonthlyEntry } from '../../domain/assessment/inputs.ts';
import { monthsOfYear } from '../../domain/periods/months.ts';
import { demoSasaran } from './demo-sasaran.ts';
import type { DemoPopulation } from './population-profile.ts';
import type { Random } from './random.ts';
import { monthWeights, splitByWeights } from './seasons.ts';

/**
 * The sasaran of `indicator` in the Puskesmas's profile (demo-sasaran.ts); 1 % of the population for a
 * row no rule names (none of the Pati catalog's: a test keeps it so).
 */
export function estimateSasaran(indicator: CatalogIndicator, population: DemoPopulation): number {
  return demoSasaran(indicator, population) ?? Math.max(10, Math.round(population.population * 0.01));
}

export type DemoIndicatorData = IndicatorInputs;

/** Ratio rows whose denominator counts cases or events rather than patients seen. */
const CASES = /^(orang|kasus|penderita|lb\/wabah|alert\/klb|klb pd3i|pie\b.*)$/i;

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
  population: DemoPopulation,
  year: number,
  performance: number,
  random: Random,
): DemoIndicatorData {
  const months = monthsOfYear(year);
  const p = Math.max(0.2, performance * random.between(0.88, 1.1));
  const target = indicator.target.value;
  const sasaran = estimateSasaran(indicator, population);
  const weights = monthWeights(indicator, year, random);
  const spread = (total: number) => splitByWeights(total, weights);
  // Cases and visits a month brings scale with the population served (45.000 is a middling Puskesmas).
  const size = population.population / 45_000;
  const entries = (fill: (i: number) => Omit<MonthlyEntry, 'month'>): MonthlyEntry[] =>
    months.map((month, i) => ({ month, ...fill(i) }));

  if (indicator.kind === 'rubric') {
    const rubric = indicator.rubric;
    if (rubric?.mustRise) {
      // The draw a level item takes (so that no other figure of the demo moves), read as an IKS of
      // 0,25–0,85 and last year's a little below it — above it where the level drawn is low (no rise).
      const wanted = Math.min(10, Math.max(0, 10 * p + random.between(-2.5, 1.5)));
      const percent = Math.round((0.25 + 0.06 * wanted) * 100) / 100;
      const previous = Math.round((wanted < 2 ? percent + 0.02 : percent - 0.04) * 100) / 100;
      return { rubric: { percent, previous } };
    }
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

  if (indicator.cadence === 'weekly') {
    // The same draws as a monthly on-time report (so that no other figure of the demo moves): a month
    // drawn "on time" had every week on time, another missed one week.
    return {
      months: entries((i) => {
        const weeks = weeksInMonth(year, i + 1);
        return { numerator: random.chance(Math.min(0.99, p * p)) ? weeks : weeks - 1 };
      }),
    };
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
        // Never above the sasaran: more people served than it holds is a plausibility warning
        // (docs/scoring-decisions.md, rule 41), which the demo plants only where DEMO_ANOMALIES says.
        total = Math.round(Math.min(sasaran, sasaran * share));
      }
      return {
        target: { sasaran },
        months: spread(total).map((n, i) => ({ month: months[i] as string, numerator: n })),
      };
    }
    case 'ratio': {
      const scale = indicator.scale ?? 100;
      const goal = target ?? (indicator.direction === 'lower' ? 2 : 90);
      const ratio =
        indicator.kind === 'value' && indicator.direction === 'lower'
          ? goal * Math.max(0.3, 1 / (p * p) - 0.1)
          : Math.min(scale, goal * p * (indicator.kind === 'ontime' ? 1 : 1.02));
      // Cases (a disease, an outbreak, a referral) come a few a month; patients and records by the dozen.
      const base =
        scale === 1
          ? random.int(4, 20)
          : CASES.test(indicator.sasaran)
            ? random.int(2, 8)
            : random.int(20, 120);
      return {
        months: entries((i) => {
          const denominator = Math.round(base * size * (weights[i] ?? 1));
          const numerator = Math.max(
            0,
            Math.round((denominator * ratio * random.between(0.96, 1.04)) / scale),
          );
          return { numerator: scale === 100 ? Math.min(numerator, denominator) : numerator, denominator };
        }),
      };
    }
    case 'amount': {
      const total = Math.max(0, Math.round((target ?? 12) * p));
      return {
        months: spread(total).map((value, i) => ({ month: months[i] as string, value })),
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
