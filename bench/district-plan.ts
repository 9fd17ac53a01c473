// A bigger demo district for the benchmarks: the 29 Puskesmas of planDemoDistrict repeated with
// other seeds (so the figures differ, not only the codes) until there are `count`, each with a new
// unique code P3318nnn. Same catalog, same year, plain data: nothing in src/ changes.
import { planDemoDistrict, type DemoPlan, type DemoPuskesmasYear } from '../src/app/demo/plan.ts';
import type { Catalog } from '../src/domain/catalog/types.ts';

const BASE_SEED = 3318;

export function planLargeDistrict(catalog: Catalog, count: number): DemoPlan {
  const base = planDemoDistrict(catalog, { seed: BASE_SEED });
  const puskesmas: DemoPuskesmasYear[] = [];
  for (let round = 0; puskesmas.length < count; round++) {
    const source = round === 0 ? base : planDemoDistrict(catalog, { seed: BASE_SEED + round });
    for (const entry of source.puskesmas) {
      if (puskesmas.length >= count) break;
      const n = puskesmas.length + 1;
      puskesmas.push({
        ...entry,
        puskesmas: {
          ...entry.puskesmas,
          code: `P3318${String(n).padStart(3, '0')}`,
          name:
            round === 0 ? entry.puskesmas.name : `${entry.puskesmas.name} ${String.fromCharCode(65 + round)}`,
        },
      });
    }
  }
  return { ...base, puskesmas };
}
