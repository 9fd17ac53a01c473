import { describe, expect, it } from 'vitest';
import { hasAnnualSasaran, howToEnter, targetText } from './row-detail.ts';

type Row = Parameters<typeof targetText>[0];
const row = (over: Partial<Row>): Row => ({
  entry: 'count',
  kind: 'coverage',
  scale: null,
  unit: '%',
  target: { printed: '100', value: 100 },
  ...over,
});

describe('targetText', () => {
  it.each([
    ['a coverage in %', row({}), '100%'],
    ['the decree’s comparison', row({ target: { printed: '≥ 95', value: 95 } }), '≥ 95%'],
    [
      'a strict bound with its short unit',
      row({ kind: 'value', unit: 'jam', target: { printed: '< 24 Jam', value: 24 } }),
      '< 24 jam',
    ],
    [
      'a target Dinkes changed, with the printed comparison',
      row({ target: { printed: '≥ 95', value: 97.5 } }),
      '≥ 97,5%',
    ],
    [
      'a rate without its long unit (shown apart)',
      row({ kind: 'rate', unit: 'Per 100.000 kelahiran hidup', target: { printed: '132', value: 132 } }),
      '132',
    ],
    [
      'ya/tidak as printed',
      row({ entry: 'yesno', kind: 'yesno', unit: 'Ya/tdk', target: { printed: 'ya', value: 1 } }),
      'ya',
    ],
    [
      'a report deadline as printed',
      row({
        entry: 'ontime',
        kind: 'ontime',
        unit: 'per bln',
        target: { printed: 'Maks tgl 5', value: 100 },
      }),
      'Maks tgl 5',
    ],
  ])('writes %s', (_name, r, text) => {
    expect(targetText(r, 'id')).toBe(text);
  });

  it('says nothing when no target is set', () => {
    expect(targetText(row({ target: { printed: '', value: null } }), 'id')).toBeNull();
  });
});

describe('howToEnter', () => {
  it.each([
    ['count', 'coverage', null, 'detail.how.count'],
    ['count', 'rate', null, 'detail.how.rate'],
    ['ratio', 'coverage', 100, 'detail.how.ratio'],
    ['ratio', 'value', 1, 'detail.how.ratioPlain'],
    ['amount', 'value', null, 'detail.how.amount'],
    ['level', 'coverage', null, 'detail.how.stock'],
    ['level', 'value', null, 'detail.how.level'],
    ['yesno', 'yesno', null, 'detail.how.yesno'],
    ['ontime', 'ontime', null, 'detail.how.ontime'],
  ] as const)('explains a %s row of kind %s (scale %s)', (entry, kind, scale, key) => {
    expect(howToEnter({ entry, kind, scale })).toBe(key);
  });
});

describe('hasAnnualSasaran', () => {
  it.each([
    ['count', 'coverage', true],
    ['level', 'coverage', true],
    ['count', 'rate', true],
    ['ratio', 'coverage', false],
    ['amount', 'value', false],
    ['yesno', 'yesno', false],
  ] as const)('%s of kind %s: %s', (entry, kind, expected) => {
    expect(hasAnnualSasaran({ entry, kind })).toBe(expected);
  });
});
