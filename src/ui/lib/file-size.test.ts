import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('a file size for reading', () => {
  it.each([
    [512, 'id', '512 B'],
    [1024, 'id', '1 kB'],
    [839_680, 'id', '820 kB'],
    [1_468_006, 'id', '1,4 MB'],
    [1_468_006, 'en', '1.4 MB'],
    [20 * 1024 * 1024, 'id', '20 MB'],
    [1_234 * 1024 * 1024, 'id', '1.234 MB'],
  ] as const)('%s bytes in %s: %s', (bytes, locale, shown) => {
    expect(formatFileSize(bytes, locale)).toBe(shown);
  });
});
