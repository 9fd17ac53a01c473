// The scenario format as JSON Schema (draft 2020-12), derived from the zod schema: one source.
import { z } from 'zod';
import { scenarioSchema } from './scenario.schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://pkp.invalid/scenario.schema.json',
    title: 'pkp scoring scenario',
    description:
      'A self-contained set of scoring trees and settings for `pkp score --scenario FILE` (docs/scenario.md).',
  };
}
