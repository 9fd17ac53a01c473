// A save rescores the changed row (and the rows linked to it) and the groups above it, carrying every
// other row's stored score over (domain/assessment/rescore-rows.ts). What it stores must be what
// scoring the whole year stores: checked on the demo district's years, any row, any new figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAssessmentTrees } from '../../domain/assessment/build-trees.ts';
import type { IndicatorInputs, MonthlyEntry, PuskesmasYear } from '../../domain/assessment/inputs.ts';
import { rescoreRows, rowsMovedBy } from '../../domain/assessment/rescore-rows.ts';
import { patiCatalog2023, patiCatalog2023Ilp } from '../../domain/catalog/pati/index.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import { monthsOfYear } from '../../domain/periods/months.ts';
import { scoreAssessment, type AssessmentResult } from '../../domain/scoring/assessment.ts';
import { resolveSettings, type ScoringSettings } from '../../domain/scoring/settings.ts';
import { storedDetail } from '../refresh-result.ts';
import { demoPuskesmasYear } from './demo-inputs.ts';
import { planDemoDistrict } from './plan.ts';

const plan = planDemoDistrict(patiCatalog2023);
const years = plan.puskesmas.map((p) => demoPuskesmasYear(p, plan.year));
const months = monthsOfYear(plan.year);
const entered = listIndicators(patiCatalog2023)
  .map((p) => p.indicator)
  .filter((i) => i.kind !== 'rubric' && i.sameAs === undefined)
  .map((i) => i.code);
/** The rows another row is linked to (entered once, printed twice): half the draws, so each is met. */
const twins = listIndicators(patiCatalog2023).flatMap((p) => p.indicator.sameAs ?? []);

const whole = (catalog: Catalog, py: PuskesmasYear, settings: ScoringSettings) =>
  scoreAssessment(buildAssessmentTrees(catalog, py), settings);

/** What a stored result keeps: the headline and every node's score and target met. */
const kept = (result: AssessmentResult, settings: ScoringSettings) => ({
  service: result.service?.score ?? null,
  management: result.management?.score ?? null,
  quality: result.quality?.score ?? null,
  categories: [result.service?.category, result.management?.category, result.quality?.category],
  overall: result.overall,
  detail: storedDetail(result, settings),
});

/** The year with one row's months replaced. */
function withMonths(py: PuskesmasYear, code: string, entries: MonthlyEntry[]): PuskesmasYear {
  const inputs = new Map<string, IndicatorInputs>(py.inputs);
  inputs.set(code, { ...(py.inputs.get(code) ?? {}), months: entries });
  return { ...py, inputs };
}

/** Only the inputs a save of `code` reads: the moved rows' own (targets) and `code`'s months. */
function onlyRows(py: PuskesmasYear, codes: ReadonlySet<string>): PuskesmasYear {
  return { ...py, inputs: new Map([...py.inputs].filter(([code]) => codes.has(code))) };
}

const figure = fc.option(fc.integer({ min: 0, max: 400 }), { nil: null });
const monthArb = fc.record({
  numerator: figure,
  denominator: figure,
  value: figure,
  flag: fc.option(fc.boolean(), { nil: null }),
});

describe('rescoring the rows a save changed', () => {
  it.each([
    ['the decree’s tables, a draft', patiCatalog2023, false],
    ['the ILP clusters, submitted', patiCatalog2023Ilp, true],
  ] as const)('stores what scoring the whole year stores: %s', (_name, catalog, submitted) => {
    const settings = resolveSettings({ submitted });
    fc.assert(
      fc.property(
        fc.nat(years.length - 1),
        fc.oneof(fc.constantFrom(...twins), fc.constantFrom(...entered)),
        fc.array(fc.tuple(fc.nat(11), monthArb), { maxLength: 12 }),
        (at, code, changes) => {
          const before = years[at]!;
          const stored = storedDetail(whole(catalog, before, settings), settings);
          const old = before.inputs.get(code)?.months ?? [];
          const byMonth = new Map(old.map((e) => [e.month, e]));
          for (const [m, e] of changes) byMonth.set(months[m]!, { month: months[m]!, ...e });
          const after = withMonths(
            before,
            code,
            [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
          );
          const moved = rowsMovedBy(catalog, code);
          const rescored = rescoreRows(catalog, onlyRows(after, moved), settings, stored, moved);
          expect(rescored).not.toBeNull();
          expect(kept(rescored!, settings)).toEqual(kept(whole(catalog, after, settings), settings));
        },
      ),
      { numRuns: 60, seed: 3318 },
    );
  });

  it('moves a linked row with its twin: UKM.C3.1 follows SPM.07', () => {
    expect([...rowsMovedBy(patiCatalog2023, 'SPM.07')].sort()).toEqual(['SPM.07', 'UKM.C3.1']);
    expect([...rowsMovedBy(patiCatalog2023, 'SPM.01')]).toEqual(['SPM.01']);
  });

  it('gives up on stored scores that lack a row of the catalog (the caller scores the year whole)', () => {
    const settings = resolveSettings();
    const stored = storedDetail(whole(patiCatalog2023, years[0]!, settings), settings);
    const { ['SPM.02']: _gone, ...nodes } = stored.nodes;
    expect(
      rescoreRows(patiCatalog2023, years[0]!, settings, { ...stored, nodes }, new Set(['SPM.01'])),
    ).toBeNull();
  });
});
