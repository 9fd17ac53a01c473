import { describe, expect, it } from 'vitest';
import { evidenceTarget, loadConfig } from './config.ts';

describe('the evidence settings of the environment', () => {
  it('takes uploads up to 20 MB unless PKP_UPLOAD_MAX_MB says otherwise', () => {
    expect(loadConfig({}).PKP_UPLOAD_MAX_MB).toBe(20);
    expect(loadConfig({ PKP_UPLOAD_MAX_MB: '50' }).PKP_UPLOAD_MAX_MB).toBe(50);
    expect(loadConfig({ PKP_UPLOAD_MAX_MB: '' }).PKP_UPLOAD_MAX_MB).toBe(20);
  });

  it.each(['0', '-1', 'lots', '4096'])('refuses PKP_UPLOAD_MAX_MB=%s, naming it', (value) => {
    expect(() => loadConfig({ PKP_UPLOAD_MAX_MB: value })).toThrow(/PKP_UPLOAD_MAX_MB/);
  });

  it('keeps files under the data directory with PGlite, in the database with PostgreSQL', () => {
    expect(evidenceTarget(loadConfig({ PKP_DATA_DIR: '/srv/pkp' }))).toEqual({ filesDir: '/srv/pkp/files' });
    expect(evidenceTarget(loadConfig({ DATABASE_URL: 'postgres://db/pkp' }))).toEqual({ database: true });
  });
});
