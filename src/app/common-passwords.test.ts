import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH } from '../shared/api/auth.schema.ts';
import { COMMON_PASSWORD_LIST, isCommonPassword } from './common-passwords.ts';

describe('the list of common passwords', () => {
  it('holds only lower-case entries the length rule lets through, each once', () => {
    const short = COMMON_PASSWORD_LIST.filter((p) => [...p].length < PASSWORD_MIN_LENGTH);
    expect(short).toEqual([]);
    expect(COMMON_PASSWORD_LIST.filter((p) => p !== p.toLowerCase())).toEqual([]);
    expect(new Set(COMMON_PASSWORD_LIST).size).toBe(COMMON_PASSWORD_LIST.length);
  });

  it.each([
    ['a digit run', '1234567890'],
    ['a keyboard walk', 'qwertyuiop'],
    ['an English word with 123', 'Password123'],
    ['an Indonesian phrase of faith', 'BISMILLAH123'],
    ['this system’s own word', 'puskesmas2024'],
    ['the published demo password', 'pkp-demo-2023'],
    ['one with spaces around it', '  rahasia123 '],
  ])('knows %s', (_name, password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it('lets a password of one’s own through', () => {
    expect(isCommonPassword('kopi-tubruk-di-juwana')).toBe(false);
  });
});
