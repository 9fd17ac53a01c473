// The catalog document's JSON Schema, made from its zod schema (docs/catalog.schema.json; a test keeps
// the committed file equal to this).
import { z } from 'zod';
import { CatalogDocument } from './catalog-document.schema.ts';

export function catalogJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CatalogDocument, { target: 'draft-7' }),
    $id: 'https://pkp.invalid/catalog.schema.json',
    title: 'pkp indicator catalog (format pkp-catalog, version 1)',
  } as Record<string, unknown>;
}
