import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../access/roles.ts';
import {
  ASSESSMENT_STATUSES,
  changeRefusal,
  isLocked,
  isSubmitted,
  type AssessmentStatus,
} from './status.ts';

describe('who may change a Puskesmas-year in each status', () => {
  const cases: [Role, AssessmentStatus | null, ReturnType<typeof changeRefusal>][] = [
    // The Puskesmas assesses itself while the year is a draft (or not yet opened)…
    ['pelaksana', null, null],
    ['pelaksana', 'draft', null],
    ['koordinator', 'draft', null],
    ['kepala_puskesmas', 'draft', null],
    // …and once the Kepala Puskesmas has submitted, its figures are Dinkes' to verify.
    ['pelaksana', 'submitted', 'submitted'],
    ['koordinator', 'submitted', 'submitted'],
    ['kepala_puskesmas', 'submitted', 'submitted'],
    ['kepala_puskesmas', 'verified', 'submitted'],
    ['kepala_puskesmas', 'final', 'final'],
    ['kepala_puskesmas', 'published', 'final'],
    // Dinkes sets targets and corrects until the year is final.
    ['admin_dinkes', 'draft', null],
    ['admin_dinkes', 'submitted', null],
    ['verifikator', 'verified', null],
    ['admin_dinkes', 'final', 'final'],
    ['verifikator', 'published', 'final'],
    // A viewer reads only.
    ['viewer', 'draft', 'read-only'],
    ['viewer', 'final', 'final'],
  ];
  it.each(cases)('%s in a %s year: %s', (role, status, refusal) => {
    expect(changeRefusal(role, status)).toBe(refusal);
  });

  it('refuses every role in a final or published year', () => {
    for (const role of ROLES) {
      expect(changeRefusal(role, 'final')).toBe('final');
      expect(changeRefusal(role, 'published')).toBe('final');
    }
  });

  it('declares the statuses once, in workflow order', () => {
    expect(ASSESSMENT_STATUSES).toEqual(['draft', 'submitted', 'verified', 'final', 'published']);
  });
});

describe('what a status means for the figures', () => {
  it.each([
    [null, false, false],
    ['draft', false, false],
    ['submitted', true, false],
    ['verified', true, false],
    ['final', true, true],
    ['published', true, true],
  ] as const)('a %s year: submitted %s, locked %s', (status, submitted, locked) => {
    expect(isSubmitted(status)).toBe(submitted);
    expect(isLocked(status)).toBe(locked);
  });
});
