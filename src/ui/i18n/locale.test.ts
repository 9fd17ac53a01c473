import { describe, expect, it } from 'vitest';
import { localeCookie, readLocale } from './locale.ts';

describe('readLocale', () => {
  it('reads the pkp_lang cookie and defaults to Bahasa Indonesia', () => {
    expect(readLocale('a=1; pkp_lang=en')).toBe('en');
    expect(readLocale('pkp_lang=id; b=2')).toBe('id');
    expect(readLocale('')).toBe('id');
    expect(readLocale('pkp_lang=fr')).toBe('id');
  });

  it('writes a cookie the server can read on every path', () => {
    expect(localeCookie('en')).toMatch(/^pkp_lang=en; path=\/;/);
  });
});
