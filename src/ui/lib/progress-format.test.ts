import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n.tsx';
import { formatAchieved } from './progress-format.ts';

const t = (key: Parameters<typeof translate>[1]) => translate('id', key);

describe('formatAchieved', () => {
  it('shows coverage and on-time shares as percentages, Indonesian style', () => {
    expect(formatAchieved(64.637, { unit: '%', kind: 'coverage' }, t, 'id')).toBe('64,6%');
    expect(formatAchieved(91.666, { unit: 'per bln', kind: 'ontime' }, t, 'id')).toBe('91,7%');
    expect(formatAchieved(100, { unit: 'Kasus', kind: 'coverage' }, t, 'id')).toBe('100%');
  });

  it('shows rates and values in their own unit, yes/no in words, nothing as a dash', () => {
    expect(formatAchieved(292.4, { unit: 'Per 100.000 kelahiran hidup', kind: 'rate' }, t, 'id')).toBe(
      '292,4',
    );
    expect(formatAchieved(1234, { unit: 'Kasus', kind: 'value' }, t, 'id')).toBe('1.234');
    expect(formatAchieved(true, { unit: 'Ya/tdk', kind: 'yesno' }, t, 'id')).toBe('Ya');
    expect(formatAchieved(null, { unit: '%', kind: 'coverage' }, t, 'id')).toBe('–');
  });
});
