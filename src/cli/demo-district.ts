// The demo districts, created when missing: shared by `pkp demo` and `pkp serve --demo`.
import { planDemoDistrict, type DemoPlan } from '../app/demo/plan.ts';
import { nationalDistricts } from '../app/demo/national.ts';
import { planProvinceDistricts } from '../app/demo/province.ts';
import { planSecondDemoDistrict } from '../app/demo/second-district.ts';
import { rescoreDistrictYear } from '../app/recompute.ts';
import { DEMO_DISTRICT, SECOND_DEMO_DISTRICT } from '../app/demo/puskesmas-list.ts';
import {
  existingDemo,
  loadDemoPlan,
  type DemoProgress,
  type LoadDemoOptions,
  type LoadedDemo,
} from '../data/adapters/demo-loader.ts';
import type { Store } from '../data/db.ts';
import { BUILT_IN_CATALOGS } from '../domain/catalog/builtin.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { AppError } from '../shared/errors.ts';

type DemoDistrict = typeof DEMO_DISTRICT;

export interface EnsuredDemo {
  district: DemoDistrict;
  loaded: LoadedDemo;
  /** The second district (3319, Kabupaten Kudus), in the same province. */
  second: { district: DemoDistrict; loaded: LoadedDemo };
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
  const options = loadOptions(progress);
  const started = Date.now();
  // Planned only when missing: a plan is every value of the year (~0,7 s), and `pkp serve --demo`
  // mostly finds both districts there.
  const ensure = async (district: DemoDistrict, plan: () => DemoPlan): Promise<LoadedDemo> => {
    const existing = await existingDemo(store.db, district.code, year);
    return existing ? { created: false, assessmentIds: existing } : loadDemoPlan(store, plan(), options);
  };
  const loaded = await ensure(DEMO_DISTRICT, () => planDemoDistrict(catalog));
  const secondLoaded = await ensure(SECOND_DEMO_DISTRICT, () => planSecondDemoDistrict(catalog));
  return {
    district: DEMO_DISTRICT,
    loaded,
    second: { district: SECOND_DEMO_DISTRICT, loaded: secondLoaded },
    ms: loaded.created || secondLoaded.created ? Date.now() - started : 0,
  };
}

function loadOptions(progress: DemoProgress | undefined): LoadDemoOptions {
  return {
    // Every result the years' status calls for (a submitted year has Dinkes' verified one beside its
    // own), scored as `pkp recompute` scores a district: its rows read once, its results written at once.
    afterDistrict: rescoreDistrictYear,
    ...(progress && { progress }),
  };
}

/**
 * The rest of the demo province (`pkp demo --scale province`): the first `districts` of Jawa Tengah's
 * other 33 kabupaten and kota, each created unless it exists. Returns how many Puskesmas-years were created.
 */
export async function ensureProvinceDemo(
  store: Store,
  year: number,
  districts: number,
  progress?: (district: string, done: number, total: number) => void,
): Promise<number> {
  const plans = planProvinceDistricts(builtInCatalog(year), districts);
  let created = 0;
  for (const [i, plan] of plans.entries()) {
    const loaded = await loadDemoPlan(store, plan, loadOptions(undefined));
    if (loaded.created) created += loaded.assessmentIds.length;
    progress?.(plan.district.name, i + 1, plans.length);
  }
  return created;
}

/**
 * Loads the national demo (`nationalDistricts`): every district not loaded yet, `parallel` at a time
 * (on PostgreSQL two districts' inserts and scorings overlap on two cores), planned as it is loaded;
 * a province's first district alone, since it creates the province. Returns how many Puskesmas-years
 * it created.
 */
export async function ensureNationalDemo(
  store: Store,
  year: number,
  options: { provinces?: number; districtsEach?: number; parallel?: number },
  progress?: (district: string, done: number, total: number, puskesmas: number) => void,
): Promise<number> {
  const districts = nationalDistricts(builtInCatalog(year), options);
  let done = 0;
  let created = 0;
  const load = async (district: (typeof districts)[number]) => {
    const loaded = await loadDemoPlan(store, district.plan(), loadOptions(undefined));
    if (loaded.created) created += loaded.assessmentIds.length;
    progress?.(district.name, ++done, districts.length, created);
  };
  const provinces = [...new Set(districts.map((d) => d.province.code))];
  for (const province of provinces) {
    const [first, ...rest] = districts.filter((d) => d.province.code === province);
    await load(first!);
    let next = 0;
    const worker = async () => {
      while (next < rest.length) await load(rest[next++]!);
    };
    await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, worker));
  }
  return created;
}
