import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title.ts';

describe('pageTitle', () => {
  it.each([
    [
      'puts the screen first, then whose and which year, then the application',
      ['Entri bulanan', 'Puskesmas Pati I', 2023],
      'Entri bulanan · Puskesmas Pati I · 2023 — PKP',
    ],
    [
      'leaves out a name not loaded yet',
      ['Dasbor Kabupaten', undefined, 2023],
      'Dasbor Kabupaten · 2023 — PKP',
    ],
    ['is the application alone when there is nothing else', [null, ' '], 'PKP'],
  ] as const)('%s', (_name, parts, title) => {
    expect(pageTitle(parts, 'PKP')).toBe(title);
  });
});
