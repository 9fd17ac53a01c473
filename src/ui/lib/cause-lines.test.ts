import { describe, expect, it } from 'vitest';
import { linesOf, textOf } from './cause-lines.ts';

describe('causes typed one per line', () => {
  it('drops blank lines, spaces and list marks', () => {
    expect(linesOf('  Bidan merangkap tugas \n\n- Kader kurang\r\n• Jarak jauh\n   ')).toEqual([
      'Bidan merangkap tugas',
      'Kader kurang',
      'Jarak jauh',
    ]);
  });

  it('shows stored causes one per line again', () => {
    expect(linesOf(textOf(['a', 'b']))).toEqual(['a', 'b']);
  });
});
