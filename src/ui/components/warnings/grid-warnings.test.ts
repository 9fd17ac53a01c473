import { describe, expect, it } from 'vitest';
import type { WarningView } from '../../../shared/api/warnings.schema.ts';
import type { CellState } from '../../lib/entry-state.ts';
import { gridWarningsOf, storedSignature } from './grid-warnings.tsx';
import { shownWarnings } from './WarningList.tsx';

const warning = (over: Partial<WarningView>): WarningView => ({
  key: 'month-outlier:SPM.01:2023-05',
  fingerprint: 'numerator=4210',
  kind: 'month-outlier',
  indicator: { code: 'SPM.01', number: '1', name: 'Pelayanan kesehatan ibu hamil', programme: 'SPM' },
  month: '2023-05',
  fields: ['numerator'],
  figures: {},
  sentence: { id: 'Mei 4.210, 40 × median bulan lain (105).', en: 'May 4,210, …' },
  check: null,
  ...over,
});

const may = warning({});
const year = warning({ key: 'above-sasaran:SPM.01', kind: 'above-sasaran', month: null, fields: [] });
const ratio = warning({
  key: 'month-doubled:UKM.C6.D.2:2023-03',
  kind: 'month-doubled',
  indicator: { ...may.indicator, code: 'UKM.C6.D.2' },
  month: '2023-03',
  fields: ['denominator'],
  check: { note: 'benar', checkedBy: 'kapus', checkedAt: '2024-01-15T03:00:00.000Z' },
});

describe('the warnings on the entry grid', () => {
  const grid = gridWarningsOf([may, year, ratio]);

  it('puts a month’s warning on its cell, on the line of the field it is about', () => {
    expect(grid.cell('SPM.01', 'numerator', '2023-05')).toBe(may);
    expect(grid.cell('SPM.01', 'numerator', '2023-04')).toBeUndefined();
    expect(grid.cell('UKM.C6.D.2', 'denominator', '2023-03')).toBe(ratio);
    expect(grid.cell('UKM.C6.D.2', 'numerator', '2023-03')).toBeUndefined();
  });

  it('puts a year’s or a sasaran’s warning on the indicator’s row, and counts the open ones', () => {
    expect(grid.row('SPM.01')).toEqual([year]);
    expect(grid.row('UKM.C6.D.2')).toEqual([]);
    expect(grid.open).toBe(2);
  });
});

describe('when the grid reads its warnings again', () => {
  const cell = (version: number | null, saving = false): CellState =>
    ({
      stored: version === null ? null : { version },
      saving: saving ? {} : null,
    }) as unknown as CellState;

  it('changes with every stored value, and waits while a save is on its way', () => {
    const before = storedSignature({ a: cell(1), b: cell(null) });
    expect(storedSignature({ a: cell(2), b: cell(null) })).not.toBe(before);
    expect(storedSignature({ a: cell(1), b: cell(1) })).not.toBe(before);
    expect(storedSignature({ a: cell(1), b: cell(null, true) })).toBe('saving');
  });
});

describe('the warnings a list shows', () => {
  it('shows open ones before checked ones, and each choice alone', () => {
    expect(shownWarnings([ratio, may, year], 'all')).toEqual([may, year, ratio]);
    expect(shownWarnings([ratio, may, year], 'open')).toEqual([may, year]);
    expect(shownWarnings([ratio, may, year], 'checked')).toEqual([ratio]);
  });
});
