// Months of a new demo Puskesmas filled by fixture: every value a month requires but a few, so that a
// test can complete (and report) the month itself through the services.
import type { OrgUnitWithAncestors, YearKey } from '../../src/app/ports.ts';
import { monthlyIndicators, requiredCodes } from '../../src/app/month-completion.ts';
import { yearKeyOf } from '../../src/app/year-key.ts';
import { insertMonthlyValuesBulk } from '../../src/data/repositories/monthly-values.repository.ts';
import { entryFields } from '../../src/domain/assessment/entry-fields.ts';
import { puskesmasYearOf } from '../../src/domain/assessment/stage-rows.ts';
import type { CatalogIndicator } from '../../src/domain/catalog/types.ts';
import type { TestBackend } from './backends.ts';
import { addPuskesmas, DEMO_YEAR, demoCatalog, type SmallDemo } from './small-demo.ts';

/** What a new Puskesmas without beds must enter each month (no UKM Pengembangan chosen). */
export const requiredIndicators: readonly CatalogIndicator[] = (() => {
  const indicators = monthlyIndicators(demoCatalog);
  const codes = requiredCodes(
    indicators,
    puskesmasYearOf(DEMO_YEAR, false, { targets: [], monthly: [], rubrics: [] }),
  );
  return indicators.filter((i) => codes.has(i.code));
})();

/** A plausible value for each field of the indicator's entry shape (a numerator never above its denominator). */
export function fieldsOf(indicator: CatalogIndicator, numerator = 3) {
  const out: { numerator?: number; denominator?: number; value?: number; flag?: boolean } = {};
  for (const field of entryFields(indicator)) {
    if (field === 'flag') out.flag = true;
    else out[field] = field === 'denominator' ? 4 : numerator;
  }
  return out;
}

export interface FixtureYear extends YearKey {
  unit: OrgUnitWithAncestors;
}

/**
 * A new Puskesmas whose `month` holds every required value except those of `missing`, bulk-loaded
 * as a fixture (no month report recorded for it).
 */
export async function yearWithout(
  backend: TestBackend,
  demo: SmallDemo,
  month: string,
  missing: readonly CatalogIndicator[],
): Promise<FixtureYear> {
  const unit = await addPuskesmas(backend.store);
  const assessment = await demo.uow((tx) => tx.openAssessment(unit.id, DEMO_YEAR));
  const year = yearKeyOf(assessment);
  await fillMonthExcept(backend, year, month, missing);
  return { unit, ...year };
}

/** Bulk-loads `month` with every required value but those of `missing`, entered on 1 February. */
export async function fillMonthExcept(
  backend: TestBackend,
  year: YearKey,
  month: string,
  missing: readonly CatalogIndicator[],
): Promise<void> {
  const left = new Set(missing.map((i) => i.code));
  await insertMonthlyValuesBulk(
    backend.db,
    requiredIndicators
      .filter((i) => !left.has(i.code))
      .map((i) => ({
        districtId: year.districtId,
        assessmentId: year.assessmentId,
        indicatorCode: i.code,
        month,
        stage: 'self' as const,
        enteredBy: 'pelaksana.ani',
        enteredAt: new Date('2023-02-01T02:00:00Z'),
        numerator: null,
        denominator: null,
        value: null,
        flag: null,
        ...fieldsOf(i),
      })),
  );
}
