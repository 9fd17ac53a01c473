// The catalogs that ship with pkp, by year: the Pati decree's annex (SK 800/0022) for 2023.
import { patiCatalog2023 } from './pati/index.ts';
import type { Catalog } from './types.ts';

export const BUILT_IN_CATALOGS: ReadonlyMap<number, Catalog> = new Map([[2023, patiCatalog2023]]);
