import { describe, expect, it } from 'vitest';
import type { EntryNode } from '../../shared/api/entries.schema.ts';
import { gridRows, groupPath, headingPlace, programmeCodes, shownIndicators } from './grid-rows.ts';

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
  counts: null,
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

// A slice of the Pati tree: cluster → programme → variable → indicator, names as printed.
const pati: EntryNode[] = [
  group('UKM', 'INDIKATOR KINERJA UKM ESENSIAL & KEPERAWATAN KESEHATAN MASYARAKAT', null, 0),
  group('UKM.B', 'INDIKATOR KESEHATAN LINGKUNGAN', 'UKM', 1),
  group('UKM.B1', 'Upaya Penyehatan Air Dan Sanitasi Dasar', 'UKM.B', 2),
  indicator('UKM.B1.2', 'Cakupan Desa STBM', 'UKM.B1'),
  group('UKM.D', 'INDIKATOR UPAYA PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR LANGSUNG (P2ML)', 'UKM', 1),
  group('UKM.D1', 'P2 TB', 'UKM.D', 2),
  indicator('UKM.D1.1', 'Pelayanan kesehatan terduga TB', 'UKM.D1'),
  indicator('UKM.D1.5', 'Angka kesembuhan pengobatan pasien TB (cure rete/CR)', 'UKM.D1', true),
  group('UKM.D2', 'P2 Kusta', 'UKM.D', 2),
  indicator('UKM.D2.1', 'Proporsi Kasus kusta baru tanpa cacat tingkat dua', 'UKM.D2', true),
];

const indicatorsFound = (query: string) =>
  gridRows(pati, new Set(['UKM']), query).flatMap((r) =>
    r.type === 'line' && r.first ? [r.indicator.code] : [],
  );

describe('searching the grid', () => {
  it.each([
    ['a programme by its name: "P2 TB" lists the TB rows', 'P2 TB', ['UKM.D1.1', 'UKM.D1.5']],
    ['a programme by its code', 'd1', ['UKM.D1.1', 'UKM.D1.5']],
    ['an indicator by its code', 'UKM.D1.5', ['UKM.D1.5']],
    ['a cluster by a word of its name', 'esensial', ['UKM.B1.2', 'UKM.D1.1', 'UKM.D1.5', 'UKM.D2.1']],
    ['a programme by the code in its name', 'P2ML', ['UKM.D1.1', 'UKM.D1.5', 'UKM.D2.1']],
    ['every word, in any order, in the row or the groups above it', 'kesembuhan tb', ['UKM.D1.5']],
    ['words at their start only: "TB" is not in "Desa STBM"', 'tb', ['UKM.D1.1', 'UKM.D1.5']],
    ['the start of a word ("kus" for kusta)', 'kus', ['UKM.D2.1']],
    ['a sign inside a word', '(cure', ['UKM.D1.5']],
    ['nothing for a word no row has', 'P2 TB kusta', []],
  ])('finds %s', (_name, query, codes) => {
    expect(indicatorsFound(query)).toEqual(codes);
  });

  it('shows the groups above what it finds, open, and counts the indicators found', () => {
    const rows = gridRows(pati, new Set(['UKM', 'UKM.D']), 'p2 tb');
    expect(rows.map(label)).toEqual([
      'UKM',
      'UKM.D',
      'UKM.D1',
      'UKM.D1.1:numerator:0',
      'UKM.D1.5:numerator:1',
      'UKM.D1.5:denominator:2',
    ]);
    expect(rows.every((r) => r.type === 'line' || !r.collapsed)).toBe(true);
    expect(shownIndicators(rows)).toBe(2);
  });

  it('shows everything again once the query is only spaces', () => {
    expect(shownIndicators(gridRows(pati, new Set(), '   '))).toBe(4);
  });
});

describe('groupPath', () => {
  it('names the groups above an indicator from its programme down, without the cluster', () => {
    expect(groupPath(pati, 'UKM.D1.5').map((g) => g.name)).toEqual([
      'INDIKATOR UPAYA PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR LANGSUNG (P2ML)',
      'P2 TB',
    ]);
  });
});

describe('headingPlace', () => {
  it('says what is right above and below a heading, and whether it is open', () => {
    const open = gridRows(pati, new Set(['UKM.B1']));
    expect(headingPlace(open, 'UKM.D1')).toEqual({
      expanded: true,
      above: { heading: 'UKM.D' },
      below: { line: 0 },
    });
    expect(headingPlace(open, 'UKM.B1')).toEqual({
      expanded: false,
      above: { heading: 'UKM.B' },
      below: { heading: 'UKM.D' },
    });
    expect(headingPlace(open, 'UKM.D2')).toEqual({
      expanded: true,
      above: { line: 2 },
      below: { line: 3 },
    });
    expect(headingPlace(gridRows(pati, new Set(['UKM'])), 'UKM.D1')).toBeNull();
  });
});
