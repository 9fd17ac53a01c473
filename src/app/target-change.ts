// What a change of one indicator's target row would make of it: the rules a save applies (who may
// change a target, the bounds of each number, a reason when not applicable, one key indicator per UKM
// Pengembangan service), shared by the save and by its preview so that both refuse the same things.
import { targetProblem } from '../domain/assessment/number-bounds.ts';
import { hasPermission } from '../domain/access/roles.ts';
import type { CatalogIndicator, CatalogNode } from '../domain/catalog/types.ts';
import { listNodes, type PlacedIndicator } from '../domain/catalog/walk.ts';
import { SASARAN_LABELS } from '../shared/api/profile.schema.ts';
import type { TargetPreviewBody } from '../shared/api/targets.schema.ts';
import { AppError } from '../shared/errors.ts';
import { numberWords } from './number-words.ts';
import type { ProfileRecord, TargetRecord } from './ports.ts';
import { readProfile } from './profile.service.ts';
import type { Editor } from './year-write.ts';

/** The fields of a target row that a change sets. */
export interface ProposedTarget {
  targetValue: number | null;
  targetSasaran: number | null;
  sasaran: number | null;
  applicable: boolean;
  notApplicableReason: string | null;
  chosen: boolean | null;
}

export function indicatorCodesUnder(node: CatalogNode): string[] {
  return listNodes(node).flatMap((n) => (n.type === 'indicator' ? [n.code] : []));
}

/** The UKM Pengembangan service (the programme under the cluster) an optional indicator belongs to. */
export function serviceOf(placed: PlacedIndicator) {
  return placed.path[1] ?? null;
}

function invalid(field: string, code: string, reason: string): AppError {
  return new AppError('INDICATOR_FIELD_INVALID', { field, code, reason });
}

/**
 * The target values are the decree's, and the district owns them: only a role with `targets:set`
 * (Dinkes) may change them. A higher-is-better target of 0 would score any achievement 100 (a
 * Puskesmas could rank itself first with it), so it is refused for everyone.
 */
function assertTargetChange(
  maySet: boolean,
  indicator: CatalogIndicator,
  current: TargetRecord | undefined,
  next: { targetValue: number | null; targetSasaran: number | null },
  shareMayMove: boolean,
): void {
  const moved =
    next.targetValue !== (current?.targetValue ?? null) ||
    next.targetSasaran !== (current?.targetSasaran ?? null);
  if (moved && !maySet) throw new AppError('TARGET_DINKES_ONLY', { code: indicator.code }, { status: 403 });
  // A share of the district's total moves with all the others or not at all (district-shares.service.ts).
  if (moved && indicator.targetScope === 'district' && !shareMayMove)
    throw new AppError('TARGET_DISTRICT_SHARE', { code: indicator.code }, { status: 409 });
  if (indicator.direction !== 'higher') return;
  const zeroReason =
    'target 0 pada indikator yang makin tinggi makin baik membuat setiap capaian bernilai 100; isi target yang sebenarnya, atau kosongkan untuk memakai target SK';
  if (next.targetValue === 0) throw invalid('target', indicator.code, zeroReason);
  if (next.targetSasaran === 0) throw invalid('targetSasaran', indicator.code, zeroReason);
}

/**
 * The row `body` makes of the stored one (`current`, absent: nothing stored yet). Fields absent from
 * `body` keep their stored value; `fromProfile` takes the sasaran from the year's profile. Throws the
 * AppError a save answers with when the change is refused.
 */
export async function proposedTarget(input: {
  placed: PlacedIndicator;
  /** Every stored row of the year (a UKM Pengembangan choice is checked against its siblings). */
  records: ReadonlyMap<string, TargetRecord>;
  body: TargetPreviewBody;
  editor: Pick<Editor, 'role'>;
  profile(): Promise<ProfileRecord | undefined>;
  year: number;
  /**
   * Whether the target values may move: by default, when the editor's role sets targets. A Dinkes
   * correction lays its own target over the Puskesmas' row whichever Dinkes role makes it.
   */
  maySetTargets?: boolean;
  /**
   * Whether a share of a district-wide target may move on its own: only where a whole district-year's
   * stored values are loaded (an import of exported values), never on a screen (TARGET_DISTRICT_SHARE).
   */
  shareMayMove?: boolean;
}): Promise<ProposedTarget> {
  const { placed, records, body, editor, year } = input;
  const ind = placed.indicator;
  const code = ind.code;
  const current = records.get(code);
  const keep = <T>(given: T | undefined, stored: T): T => (given === undefined ? stored : given);
  const targetValue = keep(body.target, current?.targetValue ?? null);
  const targetSasaran = keep(body.targetSasaran, current?.targetSasaran ?? null);
  const maySet = input.maySetTargets ?? hasPermission(editor.role, 'targets:set');
  assertTargetChange(maySet, ind, current, { targetValue, targetSasaran }, input.shareMayMove ?? false);
  let sasaran = keep(body.sasaran, current?.sasaran ?? null);
  if (body.fromProfile !== undefined) {
    if (body.sasaran !== undefined)
      throw invalid('fromProfile', code, 'isi sasaran atau fromProfile, tidak keduanya');
    const profile = readProfile((await input.profile())?.data);
    sasaran = profile.targetPopulations[body.fromProfile];
    if (sasaran === null)
      throw new AppError('PROFILE_SASARAN_MISSING', { year, label: SASARAN_LABELS[body.fromProfile] });
  }
  // The numbers given only: an odd one stored earlier is left out of the score (scoring-decisions 33).
  const given = { target: body.target, targetSasaran: body.targetSasaran, sasaran: body.sasaran };
  const odd = targetProblem(ind, body.fromProfile ? { ...given, sasaran } : given);
  if (odd) throw invalid(odd.field, code, numberWords(odd.rule, odd.bound));
  const applicable = keep(body.applicable, current?.applicable ?? true);
  const reasonGiven = keep(body.notApplicableReason, current?.notApplicableReason ?? null)?.trim() || null;
  if (!applicable && reasonGiven === null)
    throw invalid('notApplicableReason', code, 'wajib diisi bila indikator ditandai tidak berlaku');
  if (body.chosen !== undefined && !ind.optional)
    throw invalid('chosen', code, 'hanya indikator UKM Pengembangan yang dipilih');
  const chosen = ind.optional ? keep(body.chosen, current?.chosen ?? false) : null;
  if (chosen === true) {
    const service = serviceOf(placed);
    const siblings = service ? indicatorCodesUnder(service) : [];
    const other = siblings.find((c) => c !== code && records.get(c)?.chosen === true);
    if (service && other)
      throw new AppError('UKMP_KEY_TAKEN', { service: service.name, other }, { status: 409 });
  }
  return {
    targetValue,
    targetSasaran,
    sasaran,
    applicable,
    notApplicableReason: applicable ? null : reasonGiven,
    chosen,
  };
}
