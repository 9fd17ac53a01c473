// Accreditation readiness of a Puskesmas-year: for each element of 2.7.1, 2.8.3 and 2.8.4, what its
// own records prove (fulfilled, partly, missing, or not due yet) and what the surveyor checks in
// person (regulations read, people interviewed, work observed).
import type { CalendarDate } from '../periods/calendar.ts';
import { checkProof, type CheckResult, type CheckStatus } from './checks.ts';
import { ELEMENTS, type AccreditationElement, type ElementEvidence, type Proof } from './elements.ts';
import type { ReadinessRecords } from './records.ts';

export type ElementStatus = 'fulfilled' | 'partly' | 'missing' | 'not-due';

export interface EvidenceReadiness {
  evidence: ElementEvidence;
  /** How far the records prove it; `surveyor` for what only the surveyor can check (R, W, O). */
  status: CheckStatus | 'surveyor';
}

export interface ElementReadiness {
  element: AccreditationElement;
  status: ElementStatus;
  evidence: EvidenceReadiness[];
  /** The checks behind the element, each once, in the order its evidence names them. */
  checks: CheckResult[];
}

export interface Readiness {
  elements: ElementReadiness[];
  counts: Record<ElementStatus, number>;
}

/** Several statuses as one: met only when all are, not due only when nothing is asked yet. */
export function combine(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.length === 0 || statuses.every((s) => s === 'not-due')) return 'not-due';
  if (statuses.every((s) => s === 'met')) return 'met';
  if (statuses.every((s) => s === 'unmet' || s === 'not-due')) return 'unmet';
  return 'partly';
}

const ELEMENT_STATUS: Record<CheckStatus, ElementStatus> = {
  met: 'fulfilled',
  partly: 'partly',
  unmet: 'missing',
  'not-due': 'not-due',
};

/**
 * The readiness of every element from the records (`today` on the Puskesmas' clock decides what is
 * due). An element is fulfilled when the records prove every piece of evidence they can: its R, W
 * and O stay for the surveyor, shown beside it, and never make it fulfilled or not.
 */
export function assessReadiness(records: ReadinessRecords, today: CalendarDate): Readiness {
  const elements = ELEMENTS.map((element) => elementReadiness(element, records, today));
  const counts: Record<ElementStatus, number> = { fulfilled: 0, partly: 0, missing: 0, 'not-due': 0 };
  for (const e of elements) counts[e.status] += 1;
  return { elements, counts };
}

function elementReadiness(
  element: AccreditationElement,
  records: ReadinessRecords,
  today: CalendarDate,
): ElementReadiness {
  const checks = new Map<Proof, CheckResult>();
  const check = (proof: Proof): CheckResult => {
    let result = checks.get(proof);
    if (!result) checks.set(proof, (result = checkProof(proof, records, today, element.code)));
    return result;
  };
  const evidence = element.evidence.map((item): EvidenceReadiness => ({
    evidence: item,
    status: item.proof ? combine(item.proof.map((p) => check(p).status)) : 'surveyor',
  }));
  const proven = evidence.flatMap((e) => (e.status === 'surveyor' ? [] : [e.status]));
  return {
    element,
    status: ELEMENT_STATUS[combine(proven)],
    evidence,
    checks: [...checks.values()],
  };
}
