// What Dinkes returned to a Puskesmas-year, for the screens where the Puskesmas fixes it: the items,
// and the indicators it may change now although the year is submitted.
import { useMemo } from 'react';
import { getReturns } from '../../endpoints/verification.ts';
import { useResource } from '../use-resource.ts';

export function useReturnedItems(code: string, year: number) {
  const resource = useResource((signal) => getReturns(code, year, signal), `${code}/${year}`);
  const reopened = useMemo(() => new Set(resource.data?.reopened ?? []), [resource.data]);
  return { items: resource.data?.returns ?? [], reopened, reload: resource.reload };
}

export type ReturnedItems = ReturnType<typeof useReturnedItems>;
