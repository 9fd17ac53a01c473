// The process environment, parsed once; nothing else reads process.env.
import { z } from 'zod';
import { AppError } from './shared/errors.ts';
import { describeIssues } from './shared/zod-issues.ts';

const envSchema = z.object({
  PKP_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PKP_LANG: z.enum(['id', 'en']).default('id'),
});

export type Config = z.infer<typeof envSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues, env);
    throw new AppError('CONFIG_INVALID', { issues: issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
  }
  return parsed.data;
}

/** Where the store lives: PostgreSQL when DATABASE_URL is set, else PGlite in PKP_DATA_DIR. */
export function storeTarget(config: Config): { databaseUrl: string } | { dataDir: string } {
  return config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.PKP_DATA_DIR };
}
