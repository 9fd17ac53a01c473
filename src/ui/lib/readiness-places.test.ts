import { describe, expect, it } from 'vitest';
import { PROOFS } from '../../domain/accreditation/elements.ts';
import { elementAnchor, placePath, PROOF_PLACE } from './readiness-places.ts';

describe('where a missing piece of evidence is added', () => {
  it.each([
    ['review-meetings', '/puskesmas/P1/2023/meetings'],
    ['lintas-program-meeting', '/puskesmas/P1/2023/meetings'],
    ['rtl-followed-up', '/puskesmas/P1/2023/analysis'],
    ['feedback-followed-up', '/puskesmas/P1/2023/feedback'],
    ['months-reported', '/puskesmas/P1/2023/entries'],
    ['ukmp-chosen', '/puskesmas/P1/2023/targets'],
    ['attached', '/puskesmas/P1/2023/accreditation#ep-2-7-1-c'],
  ] as const)('%s → %s', (proof, path) => {
    expect(placePath(PROOF_PLACE[proof], 'P1', 2023, '2.7.1.c')).toBe(path);
  });

  it('has a place for every proof', () => {
    expect(PROOFS.filter((p) => !PROOF_PLACE[p])).toEqual([]);
  });

  it('anchors an element by its code, without dots', () => {
    expect(elementAnchor('2.8.4.a')).toBe('ep-2-8-4-a');
  });
});
