// What a Puskesmas must have for a row to apply (`requires`: "laboratorium", "pertolongan persalinan"),
// against what its profile of the year says it lacks. A row it cannot give is marked not applicable
// on its target row, in words a reader understands ("Puskesmas tidak memiliki: laboratorium"), and
// unmarked again once the profile says it has it — never a mark someone made by hand.
import type { Catalog } from '../catalog/types.ts';
import { listIndicators } from '../catalog/walk.ts';

const LACKING = 'Puskesmas tidak memiliki: ';

/** Everything the catalog's rows require, each once, in the catalog's order. */
export function catalogCapabilities(catalog: Catalog): string[] {
  const out = new Set<string>();
  for (const { indicator } of listIndicators(catalog)) for (const c of indicator.requires ?? []) out.add(c);
  return [...out];
}

/** The reason a row is marked with when the Puskesmas lacks what it requires. */
export function lackingReason(lacked: readonly string[]): string {
  return `${LACKING}${lacked.join(', ')}`;
}

/** A mark made from the profile (as opposed to one the Puskesmas or Dinkes wrote). */
export function isLackingReason(reason: string | null | undefined): boolean {
  return reason?.startsWith(LACKING) ?? false;
}

export interface CapabilityMark {
  code: string;
  applicable: boolean;
  notApplicableReason: string | null;
}

/**
 * The target rows the profile's `lacks` changes: a row requiring something lacked becomes not
 * applicable (its reason naming what is lacked), a row marked so earlier whose requirement is now met
 * applies again. Rows marked by hand are left alone either way.
 */
export function capabilityMarks(
  catalog: Catalog,
  lacks: readonly string[],
  rows: ReadonlyMap<string, { applicable: boolean; notApplicableReason: string | null }>,
): CapabilityMark[] {
  const lacking = new Set(lacks);
  const out: CapabilityMark[] = [];
  for (const { indicator } of listIndicators(catalog)) {
    const requires = indicator.requires ?? [];
    if (requires.length === 0) continue;
    const row = rows.get(indicator.code);
    const marked = row?.applicable === false;
    const fromProfile = marked && isLackingReason(row.notApplicableReason);
    const lacked = requires.filter((c) => lacking.has(c));
    if (lacked.length > 0) {
      const reason = lackingReason(lacked);
      if (!marked || (fromProfile && row.notApplicableReason !== reason))
        out.push({ code: indicator.code, applicable: false, notApplicableReason: reason });
    } else if (fromProfile) {
      out.push({ code: indicator.code, applicable: true, notApplicableReason: null });
    }
  }
  return out;
}
