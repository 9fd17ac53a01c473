import { describe, expect, it } from 'vitest';
import { navigate, navigateHeading, type Caret, type HeadingPlace } from './grid-nav.ts';

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

describe('navigateHeading', () => {
  /** A group just opened: its first line (row 7) is right below its heading. */
  const opened: HeadingPlace = { expanded: true, above: { line: 6 }, below: { line: 7 } };
  /** A closed group: the next heading follows. */
  const closed: HeadingPlace = { expanded: false, above: { heading: 'UKM.D' }, below: { heading: 'UKM.D2' } };

  it.each([
    [
      'Tab goes into the first cell of a group just opened',
      opened,
      { key: 'Tab' },
      { to: { row: 7, col: 2 } },
    ],
    ['ArrowDown goes to that cell too', opened, { key: 'ArrowDown' }, { to: { row: 7, col: 2 } }],
    [
      'ArrowRight on an open group goes down into it',
      opened,
      { key: 'ArrowRight' },
      { to: { row: 7, col: 2 } },
    ],
    ['ArrowUp goes to the line above', opened, { key: 'ArrowUp' }, { to: { row: 6, col: 2 } }],
    ['ArrowLeft closes an open group', opened, { key: 'ArrowLeft' }, { toggle: true }],
    ['ArrowRight opens a closed group', closed, { key: 'ArrowRight' }, { toggle: true }],
    [
      'ArrowDown on a closed group goes to the next heading',
      closed,
      { key: 'ArrowDown' },
      { heading: 'UKM.D2' },
    ],
    ['ArrowUp goes to the heading above', closed, { key: 'ArrowUp' }, { heading: 'UKM.D' }],
  ] as const)('%s', (_name, place, key, move) => {
    expect(navigateHeading(place, key, 2)).toEqual(move);
  });

  it.each([
    ['Tab on a closed group (the browser goes on to the next heading)', closed, { key: 'Tab' }],
    [
      'Tab on an open group whose first row is a closed sub-group',
      { ...opened, below: { heading: 'UKM.D1' } },
      { key: 'Tab' },
    ],
    ['Shift+Tab', opened, { key: 'Tab', shiftKey: true }],
    ['Enter and Space (the button folds)', opened, { key: 'Enter' }],
    ['ArrowLeft on a closed group', closed, { key: 'ArrowLeft' }],
    ['ArrowDown past the last row', { ...opened, below: null }, { key: 'ArrowDown' }],
    ['a browser shortcut', opened, { key: 'ArrowDown', altKey: true }],
  ] as const)('leaves %s alone', (_name, place, key) => {
    expect(navigateHeading(place, key, 2)).toBeNull();
  });
});
