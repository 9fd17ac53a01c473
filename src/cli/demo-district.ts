// The demo districts, created when missing: shared by `pkp demo` and `pkp serve --demo`.
import { planDemoDistrict, type DemoPlan } from '../app/demo/plan.ts';
import { planSecondDemoDistrict } from '../app/demo/second-district.ts';
import { rescoreYearById } from '../app/year-results.ts';
import {
  loadDemoPlan,
  type DemoProgress,
  type LoadDemoOptions,
  type LoadedDemo,
} from '../data/adapters/demo-loader.ts';
import type { Store } from '../data/db.ts';
import { BUILT_IN_CATALOGS } from '../domain/catalog/builtin.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { AppError } from '../shared/errors.ts';

export interface EnsuredDemo {
  plan: DemoPlan;
  loaded: LoadedDemo;
  /** The second district (3319, Kabupaten Kudus), in the same province. */
  second: { plan: DemoPlan; loaded: LoadedDemo };
  /** How long loading both took (0 when both already existed). */
  ms: number;
}

/** The built-in catalog of `year`; throws CATALOG_NOT_BUILT_IN (check it before opening a store). */
export function builtInCatalog(year: number): Catalog {
  const catalog = BUILT_IN_CATALOGS.get(year);
  if (!catalog)
    throw new AppError(
      'CATALOG_NOT_BUILT_IN',
      { year, years: [...BUILT_IN_CATALOGS.keys()].join(', ') },
      { status: 404 },
    );
  return catalog;
}

/**
 * Creates the demo district (3318, Kabupaten Pati, 29 Puskesmas) for `year` with a stored result per
 * Puskesmas, and the second one (3319, Kabupaten Kudus, 6) beside it, each unless that district-year
 * exists; then nothing changes. Throws CATALOG_NOT_BUILT_IN for a year without a built-in catalog.
 */
export async function ensureDemoDistrict(
  store: Store,
  year: number,
  progress?: DemoProgress,
): Promise<EnsuredDemo> {
  const catalog = builtInCatalog(year);
  const plan = planDemoDistrict(catalog);
  const secondPlan = planSecondDemoDistrict(catalog);
  const options: LoadDemoOptions = {
    // Every result the year's status calls for: a submitted year has Dinkes' verified one beside its own.
    afterAssessment: (repos, assessmentId) => rescoreYearById(repos, assessmentId),
    ...(progress && { progress }),
  };
  const started = Date.now();
  const loaded = await loadDemoPlan(store, plan, options);
  const secondLoaded = await loadDemoPlan(store, secondPlan, options);
  return {
    plan,
    loaded,
    second: { plan: secondPlan, loaded: secondLoaded },
    ms: loaded.created || secondLoaded.created ? Date.now() - started : 0,
  };
}
