// A save answers the entry screen with the saved row's progress to date, scored from that row's leaf
// alone (`indicatorProgress`) instead of the whole year (`yearProgress`). The two must never differ:
// checked on every row of every demo Puskesmas, through several months, under both groupings and with
// the draft and the submitted year's settings.
import { describe, expect, it } from 'vitest';
import { indicatorProgress, yearProgress } from '../../domain/assessment/progress.ts';
import { patiCatalog2023, patiCatalog2023Ilp } from '../../domain/catalog/pati/index.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import { monthsOfYear } from '../../domain/periods/months.ts';
import { resolveSettings } from '../../domain/scoring/settings.ts';
import { demoPuskesmasYear } from './demo-inputs.ts';
import { planDemoDistrict } from './plan.ts';

const plan = planDemoDistrict(patiCatalog2023);
const months = monthsOfYear(plan.year);

describe('one row’s progress, scored alone', () => {
  it.each([
    ['the decree’s tables, a draft', patiCatalog2023, false],
    ['the ILP clusters, submitted', patiCatalog2023Ilp, true],
  ] as const)('equals the year’s progress of that row: %s', (_name, catalog, submitted) => {
    const settings = resolveSettings({ submitted });
    const codes = listIndicators(catalog).map((p) => p.indicator.code);
    let compared = 0;
    // Every third Puskesmas (rawat inap and not, every performance level), in March, July and December.
    for (const p of plan.puskesmas.filter((_, i) => i % 3 === 0)) {
      const py = demoPuskesmasYear(p, plan.year);
      for (const through of [months[2]!, months[6]!, months[11]!]) {
        const year = yearProgress(catalog, py, through, settings);
        for (const code of codes) {
          expect(
            indicatorProgress(catalog, py, through, settings, code),
            `${p.puskesmas.code} ${code} ${through}`,
          ).toEqual(year.indicators.get(code));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('is undefined for a code the catalog does not have', () => {
    const py = demoPuskesmasYear(plan.puskesmas[0]!, plan.year);
    expect(
      indicatorProgress(patiCatalog2023, py, months[5]!, resolveSettings(), 'TIDAK.ADA'),
    ).toBeUndefined();
  });
});
