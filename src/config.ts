// The process environment, parsed once; nothing else reads process.env.
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from './shared/errors.ts';
import { describeIssues } from './shared/zod-issues.ts';

/** `PORT=` (set but empty) means "not set", as a shell user expects. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  PKP_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PKP_LANG: z.enum(['id', 'en']).default('id'),
  /** `pkp serve`: the TCP port (0 picks a free one). */
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65_535).default(3000)),
  /**
   * `pkp serve`: the built UI to serve (default dist/ui of this checkout). A packager, or a developer
   * testing two builds side by side, points it elsewhere.
   */
  PKP_UI_DIR: z.preprocess(unsetIfEmpty, z.string().min(1).optional()),
  /**
   * The largest evidence upload, in MB (a scanned attendance list, a phone photo, an SK as PDF). The
   * upload route counts it as the file streams in and stops reading past it.
   */
  PKP_UPLOAD_MAX_MB: z.preprocess(unsetIfEmpty, z.coerce.number().positive().max(1024).default(20)),
  /**
   * A background job (a district's report batch) whose server has not beaten for it this long (it was
   * killed, or lost the database) is taken over by another server.
   */
  PKP_JOB_STALE_SECONDS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(2).max(3600).default(30)),
  /** `pkp serve`: the address to listen on; loopback unless told otherwise. */
  HOST: z.preprocess(unsetIfEmpty, z.string().min(1).default('127.0.0.1')),
  /**
   * `pkp serve` behind a reverse proxy (nginx, Caddy): believe its X-Forwarded-For (the client's
   * address, for the sign-in limit) and X-Forwarded-Proto (https: the cookie is Secure). Off by
   * default, since without a proxy anyone can send those headers.
   */
  /**
   * /metrics answers clients on this machine; set a token (16 characters or more) to let a
   * Prometheus elsewhere scrape it with `Authorization: Bearer <token>`.
   */
  PKP_METRICS_TOKEN: z.preprocess(unsetIfEmpty, z.string().min(16).optional()),
  PKP_TRUST_PROXY: z.preprocess(
    (value) => (typeof value === 'string' ? unsetIfEmpty(value.trim().toLowerCase()) : value),
    z
      .enum(['1', 'true', 'yes', '0', 'false', 'no'], { message: 'must be true or false (1 or 0)' })
      .default('false')
      .transform((value) => ['1', 'true', 'yes'].includes(value)),
  ),
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

/**
 * Where evidence files live: under the data directory (`files/`) with PGlite, in the database itself
 * (table evidence_chunks) when DATABASE_URL names a PostgreSQL, so that one backup holds everything.
 */
export function evidenceTarget(config: Config): { filesDir: string } | { database: true } {
  return config.DATABASE_URL ? { database: true } : { filesDir: join(config.PKP_DATA_DIR, 'files') };
}
