import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles.ts';
import { ASSESSMENT_STATUSES } from '../assessment/status.ts';
import { improvementRefusal } from './write-rules.ts';

describe('who writes the improvement documents, and when', () => {
  it.each([
    // Bab V: the Puskesmas team, until Dinkes has verified the year.
    ['analysis', 'koordinator', 'draft', null],
    ['analysis', 'kepala_puskesmas', 'submitted', null],
    ['analysis', 'kepala_puskesmas', 'verified', 'closed'],
    ['analysis', 'koordinator', 'final', 'closed'],
    ['analysis', 'pelaksana', 'draft', 'role'],
    ['analysis', 'verifikator', 'submitted', 'role'],
    // Bab VI: the plan is carried out after submission and verification, until the year is final.
    ['rtl', 'koordinator', 'verified', null],
    ['rtl', 'kepala_puskesmas', 'submitted', null],
    ['rtl', 'kepala_puskesmas', 'final', 'closed'],
    ['rtl', 'koordinator', 'published', 'closed'],
    ['rtl', 'admin_dinkes', 'draft', 'role'],
    // Dinkes' letters answer every report, the final result included.
    ['feedback', 'verifikator', 'draft', null],
    ['feedback', 'admin_dinkes', 'published', null],
    ['feedback', 'kepala_puskesmas', 'submitted', 'role'],
    ['feedback', 'viewer', 'published', 'role'],
    // The follow-up of a point goes on after the year, often into the next.
    ['follow-up', 'kepala_puskesmas', 'published', null],
    ['follow-up', 'koordinator', 'final', null],
    ['follow-up', 'pelaksana', 'draft', 'role'],
    ['follow-up', 'admin_dinkes', 'submitted', 'role'],
  ] as const)('%s by %s in a %s year: %s', (document, role, status, refusal) => {
    expect(improvementRefusal(document, role, status)).toBe(refusal);
  });

  it('reads a year nobody has opened as a draft', () => {
    expect(improvementRefusal('analysis', 'koordinator', null)).toBeNull();
  });

  it('gives every role and status an answer (no status is forgotten)', () => {
    for (const document of ['analysis', 'rtl', 'feedback', 'follow-up'] as const)
      for (const role of ROLES)
        for (const status of ASSESSMENT_STATUSES)
          expect(['role', 'closed', null]).toContain(improvementRefusal(document, role, status));
  });
});
