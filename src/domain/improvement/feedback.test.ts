import { describe, expect, it } from 'vitest';
import { isPointOpen, letterGaps } from './feedback.ts';

const complete = {
  number: '440/123/2024',
  signerName: 'dr. Aviani Tritanti Venusia',
  signerTitle: 'Kepala Dinas Kesehatan Kabupaten Pati',
  summary: 'Hasil penilaian kinerja tahun 2023.',
  points: [{ text: 'Tingkatkan cakupan K4.' }],
};

describe('a feedback letter', () => {
  it('can be sent once it has a number, a signer, a summary and points with words', () => {
    expect(letterGaps(complete)).toEqual([]);
  });

  it.each([
    ['no number', { number: ' ' }, ['number']],
    ['no signer’s title', { signerTitle: '' }, ['signer']],
    ['no summary', { summary: '' }, ['summary']],
    ['no point', { points: [] }, ['points']],
    ['a point without words', { points: [{ text: 'ok' }, { text: '  ' }] }, ['points']],
  ] as const)('cannot be sent with %s', (_name, change, gaps) => {
    expect(letterGaps({ ...complete, ...change })).toEqual(gaps);
  });

  it.each([
    ['without a follow-up', null, true],
    ['followed up, not yet started', { status: 'belum' as const }, true],
    ['followed up, under way', { status: 'berjalan' as const }, true],
    ['followed up, done', { status: 'selesai' as const }, false],
  ])('keeps a point open %s: %s', (_name, followUp, open) => {
    expect(isPointOpen(followUp)).toBe(open);
  });
});
