// The demo district as plain data: org units, the Pati catalog, and a full year of entries per
// Puskesmas, spread so that Baik, Cukup and Kurang all occur. The data layer loads it as it is.
import { listIndicators } from '../../domain/catalog/walk.ts';
import type { Catalog, RubricLevel } from '../../domain/catalog/types.ts';
import { demoEntryDates, demoIndicatorYear } from './demo-year.ts';
import { DEMO_DISTRICT, demoPuskesmasList, type DemoPuskesmas } from './puskesmas-list.ts';
import { DEMO_ACTOR, demoDraftPuskesmas } from './demo-accounts.ts';
import { seededRandom } from './random.ts';

export interface DemoTargetRow {
  indicatorCode: string;
  sasaran: number | null;
  chosen: boolean | null;
}

export interface DemoMonthlyRow {
  indicatorCode: string;
  month: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flag: boolean | null;
  enteredAt: Date;
}

export interface DemoRubricRow {
  indicatorCode: string;
  level: RubricLevel | null;
  percent: number | null;
  enteredAt: Date;
}

export interface DemoPuskesmasYear {
  puskesmas: DemoPuskesmas;
  /** Around 1 meets the targets; the spread puts Puskesmas in all three Kelompok. */
  performance: number;
  /** Submitted, or still in draft for the Puskesmas whose staff have demo accounts. */
  status: 'draft' | 'submitted';
  targets: DemoTargetRow[];
  monthly: DemoMonthlyRow[];
  rubrics: DemoRubricRow[];
}

export interface DemoPlan {
  /** Who the audit trail names for everything the demo writes (DEMO_ACTOR). */
  actor: string;
  province: { code: string; name: string };
  district: { code: string; name: string };
  catalog: Catalog;
  year: number;
  puskesmas: DemoPuskesmasYear[];
}

/**
 * Performance levels by position: about a third strong (Baik), a third middling (Cukup), a third weak
 * (Kurang), shuffled so that neither codes nor names give the group away.
 */
function performanceLevels(count: number, random: ReturnType<typeof seededRandom>): number[] {
  const levels = Array.from({ length: count }, (_, i) => {
    const tier = i % 3;
    return tier === 0
      ? random.between(1.0, 1.08)
      : tier === 1
        ? random.between(0.85, 0.91)
        : random.between(0.68, 0.8);
  });
  for (let i = levels.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [levels[i], levels[j]] = [levels[j] as number, levels[i] as number];
  }
  return levels;
}

export function planDemoDistrict(catalog: Catalog, options: { seed?: number } = {}): DemoPlan {
  const random = seededRandom(options.seed ?? 3318);
  const year = catalog.year;
  const list = demoPuskesmasList(random);
  const levels = performanceLevels(list.length, random);
  const indicators = listIndicators(catalog).map((p) => p.indicator);
  // Each Puskesmas offers a few UKM Pengembangan services (criterion 2.7.1).
  const optionalCodes = indicators.filter((i) => i.optional).map((i) => i.code);
  const drafts = demoDraftPuskesmas();

  const puskesmas = list.map((p, index): DemoPuskesmasYear => {
    const performance = levels[index] ?? 1;
    const chosen = new Set(optionalCodes.filter(() => random.chance(0.4)));
    if (chosen.size === 0 && optionalCodes[0]) chosen.add(optionalCodes[0]);
    const enteredAt = demoEntryDates(year, performance, random);
    const targets: DemoTargetRow[] = [];
    const monthly: DemoMonthlyRow[] = [];
    const rubrics: DemoRubricRow[] = [];
    for (const indicator of indicators) {
      if (indicator.appliesTo === 'rawat-inap' && !p.rawatInap) continue;
      const isChosen = indicator.optional ? chosen.has(indicator.code) : null;
      if (indicator.optional && !isChosen) {
        targets.push({ indicatorCode: indicator.code, sasaran: null, chosen: false });
        continue;
      }
      const data = demoIndicatorYear(indicator, p, year, performance, random);
      const sasaran = data.target?.sasaran ?? null;
      if (sasaran !== null || isChosen !== null)
        targets.push({ indicatorCode: indicator.code, sasaran, chosen: isChosen });
      for (const m of data.months ?? []) {
        monthly.push({
          indicatorCode: indicator.code,
          month: m.month,
          numerator: m.numerator ?? null,
          denominator: m.denominator ?? null,
          value: m.value ?? null,
          flag: m.flag ?? null,
          enteredAt: enteredAt[m.month] ?? new Date(Date.UTC(year + 1, 0, 5)),
        });
      }
      if (data.rubric) {
        rubrics.push({
          indicatorCode: indicator.code,
          level: data.rubric.level ?? null,
          percent: data.rubric.percent ?? null,
          enteredAt: new Date(Date.UTC(year + 1, 0, random.int(10, 25))),
        });
      }
    }
    const status = drafts.has(p.code) ? 'draft' : 'submitted';
    return { puskesmas: p, performance, status, targets, monthly, rubrics };
  });

  return {
    actor: DEMO_ACTOR,
    province: DEMO_DISTRICT.province,
    district: { code: DEMO_DISTRICT.code, name: DEMO_DISTRICT.name },
    catalog,
    year,
    puskesmas,
  };
}
