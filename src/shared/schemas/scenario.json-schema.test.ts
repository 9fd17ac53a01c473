import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './scenario.json-schema.ts';

describe('docs/scenario.schema.json', () => {
  it('is the JSON Schema of the scenario zod schema (regenerate with npm run docs:schema)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../../docs/scenario.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});
