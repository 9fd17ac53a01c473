// Writes docs/scenario.schema.json from the zod schema (npm run docs:schema); a test keeps them equal.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/shared/schemas/scenario.json-schema.ts';

writeFileSync(
  new URL('../docs/scenario.schema.json', import.meta.url),
  `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
);
