import { describe, expect, it } from 'vitest';
import { databaseTrouble, databaseTroubleError } from './database-trouble.ts';

const pgError = (code: string) => Object.assign(new Error('db'), { code });

describe('databaseTrouble', () => {
  it('names a full database (disk, memory, connections), through the causes Drizzle wraps it in', () => {
    for (const code of ['53100', '53200', '53300'])
      expect(databaseTrouble(new Error('Failed query', { cause: pgError(code) }))).toBe('full');
  });

  it('names a database away: a connection class, a shutdown, a standby, a broken socket', () => {
    for (const code of ['08006', '08001', '57P01', '57P02', '57P03', '25006', 'ECONNREFUSED', 'ECONNRESET'])
      expect(databaseTrouble(pgError(code)), code).toBe('unavailable');
    expect(databaseTrouble(new Error('Connection terminated unexpectedly'))).toBe('unavailable');
  });

  it('leaves every other error alone: a constraint, a bug, nothing at all', () => {
    for (const error of [pgError('23505'), pgError('40001'), new TypeError('x is undefined'), 'text', null])
      expect(databaseTrouble(error)).toBeNull();
  });

  it('says in both languages that nothing was saved, as a 503', () => {
    const full = databaseTroubleError('full', null);
    expect(full).toMatchObject({ code: 'DB_FULL', status: 503 });
    expect(full.localized('id')).toMatch(/penuh.*belum tersimpan/);
    expect(databaseTroubleError('unavailable', null).localized('en')).toMatch(/not saved/);
  });
});
