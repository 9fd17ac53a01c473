import { describe, expect, it } from 'vitest';
import { letterPlace } from './letter-place.ts';

describe('the place a letter is dated at', () => {
  it.each([
    ['Kabupaten Pati', 'Pati'],
    ['Kota Semarang', 'Semarang'],
    ['Kab. Kudus', 'Kudus'],
    ['Pati', 'Pati'],
  ])('%s → %s', (district, place) => {
    expect(letterPlace(district)).toBe(place);
  });
});
