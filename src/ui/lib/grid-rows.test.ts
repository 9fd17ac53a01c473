import { describe, expect, it } from 'vitest';
import type { EntryNode } from '../../shared/api/entries.schema.ts';
import { gridRows, programmeCodes } from './grid-rows.ts';

const group = (code: string, name: string, parent: string | null, depth: number): EntryNode => ({
  type: 'group',
  code,
  number: code,
  name,
  parent,
  depth,
});

const indicator = (code: string, name: string, parent: string, ratio = false): EntryNode => ({
  type: 'indicator',
  code,
  number: '1)',
  name,
  parent,
  depth: 2,
  unit: '%',
  kind: 'coverage',
  entry: ratio ? 'ratio' : 'count',
  fields: ratio ? ['numerator', 'denominator'] : ['numerator'],
  direction: 'higher',
  scale: ratio ? 100 : null,
  target: { printed: '100', value: 100 },
  sasaran: 120,
  targetSasaran: null,
  sasaranLabel: 'Ibu hamil',
  cumulative: !ratio,
  applicable: true,
  reason: null,
});

const nodes: EntryNode[] = [
  group('SPM', 'SPM', null, 0),
  group('SPM.01', 'Ibu hamil', 'SPM', 1),
  indicator('SPM.01.1', 'Kunjungan K4', 'SPM.01'),
  indicator('SPM.01.2', 'Persalinan', 'SPM.01', true),
  group('SPM.02', 'Kosong', 'SPM', 1),
];

const label = (r: ReturnType<typeof gridRows>[number]) =>
  r.type === 'group' ? r.node.code : `${r.indicator.code}:${r.field}:${r.line}`;

describe('gridRows', () => {
  it('keeps catalog order, gives a ratio two lines and leaves out groups with nothing monthly', () => {
    expect(gridRows(nodes, new Set()).map(label)).toEqual([
      'SPM',
      'SPM.01',
      'SPM.01.1:numerator:0',
      'SPM.01.2:numerator:1',
      'SPM.01.2:denominator:2',
    ]);
  });

  it('hides what a collapsed group holds', () => {
    const rows = gridRows(nodes, new Set(['SPM.01']));
    expect(rows.map(label)).toEqual(['SPM', 'SPM.01']);
    expect(rows[1]).toMatchObject({ collapsed: true, indicators: 2 });
    expect(gridRows(nodes, new Set(['SPM'])).map(label)).toEqual(['SPM']);
  });

  it('shows matching indicators under their groups whatever is collapsed, ignoring case and accents', () => {
    expect(gridRows(nodes, new Set(['SPM']), 'PERSALÍNAN').map(label)).toEqual([
      'SPM',
      'SPM.01',
      'SPM.01.2:numerator:0',
      'SPM.01.2:denominator:1',
    ]);
  });

  it('folds the programmes for "collapse all", leaving an outline', () => {
    expect(programmeCodes(nodes)).toEqual(['SPM.01', 'SPM.02']);
  });
});
