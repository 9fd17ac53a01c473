import { describe, expect, it } from 'vitest';
import {
  action,
  AFTER_THE_YEAR,
  emptyRecords,
  meeting,
  monthsReportedOnTime,
} from '../../test/readiness-records.ts';
import { checkProof } from '../domain/accreditation/checks.ts';
import { ELEMENTS, PROOFS } from '../domain/accreditation/elements.ts';
import { checkWords, dateWords, ELEMENT_GLOSSES, monthRanges } from './accreditation-words.ts';

describe('the words of accreditation readiness', () => {
  it.each([
    [['2023-01', '2023-02', '2023-03', '2023-05'], 'Januari–Maret, Mei'],
    [['2023-12'], 'Desember'],
    [['2023-11', '2023-01', '2023-12'], 'Januari, November–Desember'],
    [[], ''],
  ])('writes the months %j as "%s"', (months, words) => {
    expect(monthRanges(months, 'id')).toBe(words);
  });

  it('writes a date as a person does', () => {
    expect(dateWords('2023-08-01', 'id')).toBe('1 Agustus 2023');
    expect(dateWords('2024-01-25', 'en')).toBe('25 January 2024');
  });

  it('says what a review lacks, and how many more to hold', () => {
    const records = emptyRecords({
      meetings: [meeting('review_kinerja', '2023-08-01', { files: { photo: 0 } })],
    });
    const words = checkWords(checkProof('review-meetings', records, AFTER_THE_YEAR, '2.8.4.a'), 'id', 2023);
    expect(words.missing).toEqual([
      'Rapat “review_kinerja 2023-08-01” (1 Agustus 2023): belum ada foto kegiatan.',
      'Adakan 1 rapat penilaian kinerja lagi.',
    ]);
    const en = checkWords(checkProof('review-meetings', records, AFTER_THE_YEAR, '2.8.4.a'), 'en', 2023);
    expect(en.missing[1]).toBe('Hold 1 more performance review.');
  });

  it('names the months not reported as ranges', () => {
    const months = monthsReportedOnTime().map((m, i) => (i >= 9 ? { ...m, reportedOn: null } : m));
    const words = checkWords(
      checkProof('months-reported', emptyRecords({ months }), AFTER_THE_YEAR, ''),
      'id',
      2023,
    );
    expect(words.sentence).toBe(
      '9 dari 12 bulan dilaporkan ke Dinkes tepat waktu (paling lambat tanggal 5 bulan berikutnya).',
    );
    expect(words.missing).toEqual(['Belum dilaporkan: Oktober–Desember.']);
  });

  it('has a sentence in both languages for every proof, met or not, and nothing missing once met', () => {
    const bare = emptyRecords();
    const full = emptyRecords({
      submitted: true,
      submittedOn: '2024-01-15',
      months: monthsReportedOnTime(),
      meetings: [meeting('review_kinerja', '2023-07-01'), meeting('lintas_program', '2023-04-01')],
      rtlActions: [action()],
      feedback: [
        { id: 1, number: '1/2024', datedOn: '2024-01-20', points: [{ id: 1, followUp: 'selesai' }] },
      ],
    });
    for (const proof of PROOFS)
      for (const records of [bare, full])
        for (const locale of ['id', 'en'] as const) {
          const check = checkProof(proof, records, AFTER_THE_YEAR, '2.7.1.c');
          const words = checkWords(check, locale, 2023);
          expect(words.sentence, `${proof} ${locale}`).toMatch(/\S/);
          expect([words.sentence, ...words.missing].join(' '), `${proof} ${locale}`).not.toMatch(
            /undefined|NaN|\[object/,
          );
          if (check.status === 'met') expect(words.missing, `${proof} ${locale}`).toEqual([]);
          else if (check.status !== 'not-due')
            expect(words.missing.length, `${proof} ${locale}`).toBeGreaterThan(0);
        }
  });

  it('glosses every element in English', () => {
    expect(ELEMENTS.filter((e) => !ELEMENT_GLOSSES[e.code])).toEqual([]);
  });
});
