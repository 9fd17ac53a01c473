// The demo district as plain data: org units, the Pati catalog, and a full year of entries per
// Puskesmas, spread so that Baik, Cukup and Kurang all occur. The data layer loads it as it is.
import { proposeShares } from '../../domain/assessment/district-shares.ts';
import { hasValue } from '../../domain/assessment/entry-fields.ts';
import type { IndicatorInputs } from '../../domain/assessment/inputs.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import type { Catalog, RubricLevel } from '../../domain/catalog/types.ts';
import { completeMonths } from '../../domain/periods/completeness.ts';
import { monthsOfYear } from '../../domain/periods/months.ts';
import type { ProfileData } from '../../shared/api/profile.schema.ts';
import { monthlyIndicators, requiredCodes } from '../month-completion.ts';
import { plantAnomalies } from './anomalies.ts';
import { demoEntryDates, demoIndicatorYear } from './demo-year.ts';
import { demoPopulation } from './population-profile.ts';
import { DEMO_DISTRICT, demoPuskesmasList, type DemoPuskesmas } from './puskesmas-list.ts';
import { DEMO_ACTOR, demoDraftPuskesmas } from './demo-accounts.ts';
import { seededRandom } from './random.ts';
import { demoReporter, unreportedMonth, withoutMissing } from './work-in-progress.ts';

export interface DemoTargetRow {
  indicatorCode: string;
  sasaran: number | null;
  chosen: boolean | null;
  /** A share of a district-wide target (`targetScope: 'district'`); absent: the decree's own target. */
  targetValue?: number;
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
  /** Last year's figure of an item that must rise (the demo's first year: given by the Puskesmas). */
  previous: number | null;
  enteredAt: Date;
}

export interface DemoPuskesmasYear {
  puskesmas: DemoPuskesmas;
  /** Around 1 meets the targets; the spread puts Puskesmas in all three Kelompok. */
  performance: number;
  /** Submitted, or still in draft for the Puskesmas whose staff have demo accounts. */
  status: 'draft' | 'submitted';
  /** Bab II: villages with their people, the target populations every sasaran is taken from, staff. */
  profile: ProfileData;
  targets: DemoTargetRow[];
  monthly: DemoMonthlyRow[];
  rubrics: DemoRubricRow[];
  /**
   * When each complete month first became complete (its last value's entry: one sitting a month), and
   * when it was reported — at that sitting; null for a month a draft Puskesmas has not reported yet.
   */
  monthReports: { month: string; completedAt: Date; reportedAt: Date | null; reportedBy: string | null }[];
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

export interface DemoDistrictOptions {
  seed?: number;
  /** The district and its Puskesmas; Kabupaten Pati's 29 by default. */
  district?: { code: string; name: string; province: { code: string; name: string } };
  puskesmas?: readonly DemoPuskesmas[];
  /** The Puskesmas left in draft (their staff have demo accounts): Pati I and II by default. */
  drafts?: ReadonlySet<string>;
}

export function planDemoDistrict(catalog: Catalog, options: DemoDistrictOptions = {}): DemoPlan {
  const random = seededRandom(options.seed ?? 3318);
  // Profiles draw from a stream of their own, so that they do not shift the entries' figures.
  const profileRandom = seededRandom((options.seed ?? 3318) + 1);
  const year = catalog.year;
  const district = options.district ?? DEMO_DISTRICT;
  const list = options.puskesmas ?? demoPuskesmasList();
  const levels = performanceLevels(list.length, random);
  const placed = listIndicators(catalog);
  const indicators = placed.map((p) => p.indicator);
  // Each Puskesmas offers a few UKM Pengembangan services (criterion 2.7.1), each with its one key
  // indicator (the service: the group right under the cluster).
  const optionalCodes = indicators.filter((i) => i.optional).map((i) => i.code);
  const serviceOf = new Map(placed.map((p) => [p.indicator.code, p.path[0]?.code ?? p.indicator.code]));
  const drafts = options.drafts ?? demoDraftPuskesmas();
  // A district-wide target is shared out as Dinkes would first propose it: one each, the rest by people.
  const shares = new Map(
    indicators
      .filter((i) => i.targetScope === 'district')
      .map((i) => [
        i.code,
        proposeShares(
          i.target.value ?? 0,
          list
            .filter((p) => i.appliesTo !== 'rawat-inap' || p.rawatInap)
            .map((p) => ({ code: p.code, weight: p.population })),
        ),
      ]),
  );

  const puskesmas = list.map((p, index): DemoPuskesmasYear => {
    const performance = levels[index] ?? 1;
    const drawn = optionalCodes.filter(() => random.chance(0.4));
    if (drawn.length === 0 && optionalCodes[0]) drawn.push(optionalCodes[0]);
    // The first drawn indicator of a service is its key indicator; another drawn one of the same
    // service is not chosen, but its year is still drawn below, so that every other figure of the
    // demo stays what it was before this rule was kept.
    const services = new Set<string>();
    const chosen = new Set<string>();
    const drawnOnly = new Set<string>();
    for (const code of drawn) {
      const service = serviceOf.get(code)!;
      if (services.has(service)) {
        drawnOnly.add(code);
      } else {
        services.add(service);
        chosen.add(code);
      }
    }
    const population = demoPopulation(p, profileRandom);
    const enteredAt = demoEntryDates(year, performance, random);
    const targets: DemoTargetRow[] = [];
    const monthly: DemoMonthlyRow[] = [];
    const rubrics: DemoRubricRow[] = [];
    for (const indicator of indicators) {
      if (indicator.appliesTo === 'rawat-inap' && !p.rawatInap) continue;
      const isChosen = indicator.optional ? chosen.has(indicator.code) : null;
      if (indicator.optional && !isChosen) {
        if (drawnOnly.has(indicator.code))
          demoIndicatorYear(indicator, population, year, performance, random);
        targets.push({ indicatorCode: indicator.code, sasaran: null, chosen: false });
        continue;
      }
      const share = shares.get(indicator.code)?.get(p.code);
      const own =
        share === undefined ? indicator : { ...indicator, target: { ...indicator.target, value: share } };
      const data = demoIndicatorYear(own, population, year, performance, random);
      const sasaran = data.target?.sasaran ?? null;
      if (share !== undefined)
        targets.push({ indicatorCode: indicator.code, sasaran, chosen: isChosen, targetValue: share });
      else if (sasaran !== null || isChosen !== null)
        targets.push({ indicatorCode: indicator.code, sasaran, chosen: isChosen });
      // A linked row's months are its twin's (entered there): drawn all the same, so that no other
      // figure of the demo moves, and not stored.
      for (const m of indicator.sameAs === undefined ? (data.months ?? []) : []) {
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
          previous: data.rubric.previous ?? null,
          enteredAt: new Date(Date.UTC(year + 1, 0, random.int(10, 25))),
        });
      }
    }
    const sasaranOf = new Map(targets.map((t) => [t.indicatorCode, t.sasaran]));
    plantAnomalies(p.code, year, monthly, (code) => sasaranOf.get(code) ?? null);
    const status = drafts.has(p.code) ? 'draft' : 'submitted';
    const entered = status === 'draft' ? withoutMissing(p.code, year, monthly) : monthly;
    return {
      puskesmas: p,
      performance,
      status,
      profile: population.profile,
      targets,
      monthly: entered,
      rubrics,
      monthReports: monthReportsOf(catalog, p, targets, entered, status),
    };
  });

  return {
    actor: DEMO_ACTOR,
    province: district.province,
    district: { code: district.code, name: district.name },
    catalog,
    year,
    puskesmas,
  };
}

/**
 * The months the plan completes, each with the time its last required value was entered: what pkp
 * would have recorded as the month's completion had the values been typed, and — the koordinator
 * reporting it at the same sitting — its report (rule 20), except the month a draft has not reported.
 */
function monthReportsOf(
  catalog: Catalog,
  p: DemoPuskesmas,
  targets: readonly DemoTargetRow[],
  monthly: readonly DemoMonthlyRow[],
  status: DemoPuskesmasYear['status'],
): DemoPuskesmasYear['monthReports'] {
  const inputs = new Map<string, IndicatorInputs>(
    targets.map((t) => [t.indicatorCode, { target: t.chosen === null ? {} : { chosen: t.chosen } }]),
  );
  const indicators = monthlyIndicators(catalog);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const required = requiredCodes(indicators, { year: catalog.year, rawatInap: p.rawatInap, inputs });
  const stamps: { indicatorCode: string; month: string; filled: boolean }[] = [];
  const lastEntry = new Map<string, number>();
  for (const m of monthly) {
    const indicator = byCode.get(m.indicatorCode);
    if (!indicator) continue;
    const filled = hasValue(indicator, m);
    stamps.push({ indicatorCode: m.indicatorCode, month: m.month, filled });
    if (filled && required.has(m.indicatorCode))
      lastEntry.set(m.month, Math.max(lastEntry.get(m.month) ?? 0, m.enteredAt.getTime()));
  }
  const complete = completeMonths(required, stamps, monthsOfYear(catalog.year));
  const pending = status === 'draft' ? unreportedMonth(catalog.year) : null;
  return [...complete].map((month) => {
    const completedAt = new Date(lastEntry.get(month) ?? 0);
    const reported = month !== pending;
    return {
      month,
      completedAt,
      reportedAt: reported ? completedAt : null,
      reportedBy: reported ? demoReporter(p.code) : null,
    };
  });
}
