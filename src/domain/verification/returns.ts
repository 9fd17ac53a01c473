// Items a verifier returns to the Puskesmas: an indicator or a whole programme, with a comment. While
// one is open the Puskesmas may change what it covers although the year is submitted; its answer
// sends it back to the verifier, who closes it (accepts) or returns it again.
import type { Catalog } from '../catalog/types.ts';
import { programmeByIndicator } from './programmes.ts';

export const RETURN_SCOPES = ['indicator', 'programme'] as const;
export type ReturnScope = (typeof RETURN_SCOPES)[number];

/** open: waits for the Puskesmas; answered: waits for the verifier; closed: settled. */
export const RETURN_STATUSES = ['open', 'answered', 'closed'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export interface ReturnRef {
  scope: ReturnScope;
  /** An indicator code, or a programme's code (programmes.ts). */
  code: string;
  status: ReturnStatus;
}

export type ReturnMove = 'answer' | 'close' | 'return-again';

/** From which status each move may be made. */
export const RETURN_MOVES: Record<ReturnMove, { from: readonly ReturnStatus[]; to: ReturnStatus }> = {
  // The Puskesmas answers what is returned to it.
  answer: { from: ['open'], to: 'answered' },
  // The verifier accepts an answer — or withdraws a return nobody has answered yet.
  close: { from: ['open', 'answered'], to: 'closed' },
  // An answer that does not settle it goes back with a new comment.
  'return-again': { from: ['answered'], to: 'open' },
};

export function mayMove(move: ReturnMove, status: ReturnStatus): boolean {
  return RETURN_MOVES[move].from.includes(status);
}

/** Whether a return covers an indicator: the indicator itself, or the programme it belongs to. */
export function covers(
  ret: Pick<ReturnRef, 'scope' | 'code'>,
  indicatorCode: string,
  programmes: ReadonlyMap<string, string>,
): boolean {
  return ret.scope === 'indicator' ? ret.code === indicatorCode : programmes.get(indicatorCode) === ret.code;
}

/**
 * The indicators the Puskesmas may change while its year is submitted: those an **open** return
 * covers. An answered one is the verifier's again, so it no longer reopens anything.
 */
export function reopenedIndicators(catalog: Catalog, returns: readonly ReturnRef[]): Set<string> {
  const open = returns.filter((r) => r.status === 'open');
  const out = new Set<string>();
  if (open.length === 0) return out;
  const programmes = programmeByIndicator(catalog);
  for (const code of programmes.keys()) if (open.some((r) => covers(r, code, programmes))) out.add(code);
  return out;
}
