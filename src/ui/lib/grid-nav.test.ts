import { describe, expect, it } from 'vitest';
import { navigate, planPaste, type Caret } from './grid-nav.ts';

const size = { rows: 20, cols: 12 };
const inside: Caret = { atStart: false, atEnd: false };
const edges: Caret = { atStart: true, atEnd: true };
const from = { row: 5, col: 5 };

describe('navigate', () => {
  it.each([
    ['ArrowUp', {}, { row: 4, col: 5 }],
    ['ArrowDown', {}, { row: 6, col: 5 }],
    ['ArrowLeft', {}, { row: 5, col: 4 }],
    ['ArrowRight', {}, { row: 5, col: 6 }],
    ['Enter', {}, { row: 6, col: 5 }],
    ['Enter', { shiftKey: true }, { row: 4, col: 5 }],
    ['Tab', {}, { row: 5, col: 6 }],
    ['Tab', { shiftKey: true }, { row: 5, col: 4 }],
    ['PageDown', {}, { row: 15, col: 5 }],
    ['PageUp', {}, { row: 0, col: 5 }],
    ['Home', { ctrlKey: true }, { row: 0, col: 0 }],
    ['End', { ctrlKey: true }, { row: 19, col: 11 }],
  ])('%s %j moves to %j', (key, mods, to) => {
    expect(navigate(from, { key, ...mods }, size, edges)).toEqual({ to });
  });

  it('moves Left and Right only once the caret reaches the edge of the number', () => {
    expect(navigate(from, { key: 'ArrowLeft' }, size, inside)).toBeNull();
    expect(navigate(from, { key: 'ArrowRight' }, size, inside)).toBeNull();
    expect(navigate(from, { key: 'ArrowRight' }, size, { atStart: false, atEnd: true })).toEqual({
      to: { row: 5, col: 6 },
    });
  });

  it('stays at the edges of the grid', () => {
    expect(navigate({ row: 0, col: 0 }, { key: 'ArrowUp' }, size, edges)).toEqual({ to: { row: 0, col: 0 } });
    expect(navigate({ row: 19, col: 3 }, { key: 'Enter' }, size, edges)).toEqual({ to: { row: 19, col: 3 } });
  });

  it('lets Tab leave the grid past the last month and Shift+Tab before the first', () => {
    expect(navigate({ row: 2, col: 11 }, { key: 'Tab' }, size, edges)).toEqual({ leave: true });
    expect(navigate({ row: 2, col: 0 }, { key: 'Tab', shiftKey: true }, size, edges)).toEqual({
      leave: true,
    });
  });

  it('leaves typing, Home/End inside the number and browser shortcuts alone', () => {
    expect(navigate(from, { key: '7' }, size, edges)).toBeNull();
    expect(navigate(from, { key: 'Home' }, size, edges)).toBeNull();
    expect(navigate(from, { key: 'ArrowLeft', altKey: true }, size, edges)).toBeNull();
  });
});

describe('planPaste', () => {
  it('lays the block from the focused cell and counts what falls outside', () => {
    const block = [
      ['1', '2', '3'],
      ['4', '5', '6'],
    ];
    expect(planPaste({ row: 19, col: 10 }, block, size)).toEqual({
      cells: [
        { row: 19, col: 10, text: '1' },
        { row: 19, col: 11, text: '2' },
      ],
      outside: 4,
    });
  });
});
