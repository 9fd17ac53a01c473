import { describe, expect, it } from 'vitest';
import { userMatches } from './user-search.ts';

const pelaksanaPatiI = {
  name: 'Pelaksana Pati I',
  username: 'pelaksana.p3318001',
  orgUnit: { code: 'P3318001', name: 'Puskesmas Pati I' },
};
const pelaksanaPatiII = {
  name: 'Pelaksana Pati II',
  username: 'pelaksana.p3318002',
  orgUnit: { code: 'P3318002', name: 'Puskesmas Pati II' },
};
const kapus = {
  name: 'Siti Aminah',
  username: 'kapus.p3318001',
  orgUnit: { code: 'P3318001', name: 'Puskesmas Pati I' },
};

describe('searching the accounts of a district', () => {
  it.each([
    ['an empty search', '', kapus, 'Kepala Puskesmas', true],
    ['a name, in any case', 'siti', kapus, 'Kepala Puskesmas', true],
    ['the beginning of a surname', 'amin', kapus, 'Kepala Puskesmas', true],
    ['a username as typed, with its dot', 'kapus.p33', kapus, 'Kepala Puskesmas', true],
    ['a unit by name', 'puskesmas pati', kapus, 'Kepala Puskesmas', true],
    ['a unit by code', 'p3318001', kapus, 'Kepala Puskesmas', true],
    ['a role', 'kepala', kapus, 'Kepala Puskesmas', true],
    ['words that begin no word of the account', 'verifikator', kapus, 'Kepala Puskesmas', false],
    ['a word found only inside another word', 'ati', kapus, 'Kepala Puskesmas', false],
    ['"pati ii" for Pati II', 'pati ii', pelaksanaPatiII, 'Pelaksana program', true],
    ['"pati ii" not for Pati I', 'pati ii', pelaksanaPatiI, 'Pelaksana program', false],
    ['every word must match', 'pelaksana siti', kapus, 'Kepala Puskesmas', false],
  ])('%s', (_case, query, user, role, expected) => {
    expect(userMatches(user, query, role)).toBe(expected);
  });
});
