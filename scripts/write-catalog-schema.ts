// Writes docs/catalog.schema.json from the zod schema (npm run docs:catalog-schema); a test keeps them equal.
import { writeFileSync } from 'node:fs';
import { catalogJsonSchema } from '../src/shared/schemas/catalog-document.json-schema.ts';

writeFileSync(
  new URL('../docs/catalog.schema.json', import.meta.url),
  `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`,
);
