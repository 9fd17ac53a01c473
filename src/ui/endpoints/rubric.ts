// Management and quality items: the year's rubric, and one item's save.
import { z } from 'zod';
import { RubricSaved, RubricView, type RubricBody } from '../../shared/api/rubric.schema.ts';
import { path, request, write } from '../api.ts';

export function getRubric(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/rubric`,
    RubricView,
    signal ? { signal } : {},
  );
}

/** A 409 here carries no stored item: the screen reloads the item's group. */
const Stale = z.object({ code: z.literal('STALE_VALUE'), message: z.string() });

export function saveRubricItem(code: string, year: number, indicatorCode: string, body: RubricBody) {
  return write(
    'PUT',
    path`/api/puskesmas/${code}/years/${year}/rubric/${indicatorCode}`,
    body,
    RubricSaved,
    Stale,
  );
}
