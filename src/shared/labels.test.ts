import { expect, it } from 'vitest';
import type { ExclusionReason } from '../domain/scoring/explanation.ts';
import { exclusionLabel } from './labels.ts';

it('names every exclusion in both languages, with the words of the "why"', () => {
  const reasons: ExclusionReason[] = [
    'not-applicable',
    'missing',
    'zero-sasaran',
    'nothing-to-count',
    'no-sasaran',
    'nothing-due',
    'no-target',
    'all-children-excluded',
  ];
  for (const reason of reasons) {
    expect(exclusionLabel(reason, 'id')).not.toBe('');
    expect(exclusionLabel(reason, 'en')).not.toBe(exclusionLabel(reason, 'id'));
  }
  expect(exclusionLabel('no-sasaran', 'id')).toBe('sasaran belum diisi');
  expect(exclusionLabel('nothing-to-count', 'en')).toBe('nothing to count this year');
});
