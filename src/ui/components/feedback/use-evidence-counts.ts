// How many evidence files each record of one kind holds in a Puskesmas-year (every feedback point, every
// RTL action), in one request: the screens show the counts and open a record's panel only on demand.
import { useMemo } from 'react';
import type { EvidenceAttachment } from '../../../domain/evidence/evidence-rules.ts';
import { listEvidence } from '../../endpoints/evidence.ts';
import { useResource } from '../use-resource.ts';

export interface EvidenceCounts {
  /** Undefined while loading (or when the list could not be read). */
  of(key: string): number | undefined;
  reload(): void;
}

export function useEvidenceCounts(
  code: string,
  year: number,
  attachedTo: EvidenceAttachment,
): EvidenceCounts {
  const resource = useResource(
    (signal) => listEvidence(code, year, { attachedTo }, signal),
    `${code}/${year}/${attachedTo}`,
  );
  const { data, reload } = resource;
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const file of data?.files ?? [])
      counts.set(file.attachedKey, (counts.get(file.attachedKey) ?? 0) + 1);
    return { of: (key: string) => (data ? (counts.get(key) ?? 0) : undefined), reload };
  }, [data, reload]);
}
