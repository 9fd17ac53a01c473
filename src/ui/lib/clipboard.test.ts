import { describe, expect, it } from 'vitest';
import { isBlank, isBlock, parseClipboardBlock } from './clipboard.ts';

describe('parseClipboardBlock', () => {
  it('splits rows on newlines and cells on tabs, dropping the trailing newline Excel adds', () => {
    expect(parseClipboardBlock('1.234,5\t12\r\n7\t\r\n')).toEqual([
      ['1.234,5', '12'],
      ['7', ''],
    ]);
  });

  it('keeps one value as one cell', () => {
    expect(parseClipboardBlock('42')).toEqual([['42']]);
    expect(isBlock(parseClipboardBlock('42'))).toBe(false);
    expect(isBlock(parseClipboardBlock('42\n'))).toBe(false);
    expect(isBlock(parseClipboardBlock('1\t2'))).toBe(true);
  });

  it('reads quoted cells with newlines, tabs and quotes inside', () => {
    expect(parseClipboardBlock('"a\nb"\t"say ""ya"""\n')).toEqual([['a\nb', 'say "ya"']]);
  });

  it('keeps empty cells in the middle of a row', () => {
    expect(parseClipboardBlock('1\t\t3')).toEqual([['1', '', '3']]);
  });
});

describe('isBlank', () => {
  it.each([
    ['', true],
    ['  ', true],
    ['-', true],
    ['–', true],
    ['—', true],
    ['0', false],
    ['-5', false],
  ])('%j gives no value: %s', (text, blank) => {
    expect(isBlank(text)).toBe(blank);
  });
});
