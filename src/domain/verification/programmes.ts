// What a verifier works through: a Puskesmas-year programme by programme (the queue's rows, the
// unit a whole return reopens).
import type { Catalog, CatalogGroup, ClusterId } from '../catalog/types.ts';
import { listIndicators, type PlacedIndicator } from '../catalog/walk.ts';

export interface VerificationProgramme {
  /** The group's catalog code ("UKM.C", "MAN.A2"); the cluster's own code where it has no programmes (SPM). */
  code: string;
  number: string;
  name: string;
  cluster: ClusterId;
  /** Its indicators in catalog order. */
  indicatorCodes: string[];
}

/**
 * The programme an indicator is verified under: the group right under its cluster (a UKM programme,
 * a UKP service, a Table 5 group), or the cluster itself when the indicator sits directly in it —
 * the twelve SPM services are one programme, as the decree's Table 1 is one list.
 */
export function programmeOf(placed: PlacedIndicator): CatalogGroup {
  return placed.path[1] ?? placed.cluster;
}

/** Every programme of the catalog in catalog order, with its indicators. */
export function verificationProgrammes(catalog: Catalog): VerificationProgramme[] {
  const out = new Map<string, VerificationProgramme>();
  for (const placed of listIndicators(catalog)) {
    const group = programmeOf(placed);
    let programme = out.get(group.code);
    if (!programme) {
      programme = {
        code: group.code,
        number: group.number,
        name: group.name,
        cluster: placed.cluster.cluster,
        indicatorCodes: [],
      };
      out.set(group.code, programme);
    }
    programme.indicatorCodes.push(placed.indicator.code);
  }
  return [...out.values()];
}

/** The programme code of each indicator code. */
export function programmeByIndicator(catalog: Catalog): Map<string, string> {
  return new Map(listIndicators(catalog).map((p) => [p.indicator.code, programmeOf(p).code]));
}
