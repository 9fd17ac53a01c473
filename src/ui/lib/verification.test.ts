import { describe, expect, it } from 'vitest';
import type { QueueRow } from '../../shared/api/verification.schema.ts';
import { translate } from '../i18n/i18n.tsx';
import { filterQueue, monthText, parseMonth, rubricText, targetText } from './verification.ts';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('id', key, params);
const none = { numerator: null, denominator: null, value: null, flag: null };

describe('a month’s figures in words', () => {
  const cases: [string, Parameters<typeof monthText>[0], Parameters<typeof monthText>[1], string][] = [
    ['a count', ['numerator'], { ...none, numerator: 1240 }, '1.240'],
    ['a ratio', ['numerator', 'denominator'], { ...none, numerator: 3, denominator: 250 }, '3 / 250'],
    ['half a ratio', ['numerator', 'denominator'], { ...none, numerator: 3 }, '3 / –'],
    ['a decimal value', ['value'], { ...none, value: 8.5 }, '8,5'],
    ['ya', ['flag'], { ...none, flag: true }, 'Ya'],
    ['tidak', ['flag'], { ...none, flag: false }, 'Tidak'],
    ['corrected to empty', ['numerator'], none, 'kosong'],
    ['no row', ['numerator'], null, '–'],
  ];
  it.each(cases)('%s', (_name, fields, figures, text) => {
    expect(monthText(fields, figures, t, 'id')).toBe(text);
  });
});

describe('a target row and a rubric score in words', () => {
  it('says the sasaran, the target (or the decree’s) and an absolute target', () => {
    const row = {
      target: null,
      targetSasaran: null,
      sasaran: 427,
      applicable: true,
      notApplicableReason: null,
    };
    expect(targetText(row, t, 'id')).toBe('Sasaran: 427 · Target: sesuai SK');
    expect(targetText({ ...row, target: 95, targetSasaran: 400 }, t, 'id')).toBe(
      'Sasaran: 427 · Target: 95 · Target absolut (TS): 400',
    );
    expect(targetText({ ...row, applicable: false, notApplicableReason: 'Tidak ada SD' }, t, 'id')).toBe(
      'Tidak berlaku: Tidak ada SD',
    );
  });

  it('says a level or a percentage', () => {
    expect(rubricText({ level: 7, percent: null }, t, 'id')).toBe('Tingkat 7');
    expect(rubricText({ level: null, percent: 91.5 }, t, 'id')).toBe('Persentase 91,5%');
    // An IKS (an index that must rise) beside last year's, or a dash where last year's is not known.
    expect(rubricText({ level: null, percent: 0.62 }, t, 'id', 0.58)).toBe('Angka 0,62 · tahun lalu 0,58');
    expect(rubricText({ level: null, percent: 0.62 }, t, 'id', null)).toBe('Angka 0,62 · tahun lalu –');
  });
});

describe('reading a typed correction', () => {
  it('reads numbers in Indonesian and a ya/tidak answer; all empty corrects to empty', () => {
    expect(
      parseMonth(['numerator', 'denominator'], { numerator: '1.240', denominator: '2.000' }, 'id'),
    ).toEqual({
      ok: true,
      figures: { ...none, numerator: 1240, denominator: 2000 },
    });
    expect(parseMonth(['flag'], { flag: 'no' }, 'id')).toEqual({
      ok: true,
      figures: { ...none, flag: false },
    });
    expect(parseMonth(['numerator'], { numerator: '' }, 'id')).toEqual({ ok: true, figures: none });
    expect(parseMonth(['numerator'], { numerator: 'dua' }, 'id')).toEqual({ ok: false, field: 'numerator' });
  });
});

describe('the queue’s filters', () => {
  const row = (r: Partial<QueueRow>): QueueRow => ({
    puskesmas: { code: 'P1', name: 'Satu' },
    status: 'submitted',
    submittedAt: null,
    programme: 'SPM',
    state: 'accepted',
    lastLook: null,
    changedSinceLook: 0,
    corrections: 0,
    openReturns: 0,
    answeredReturns: 0,
    overdue: null,
    ...r,
  });
  const rows = [
    row({ state: 'not-looked', overdue: { reason: 'not-looked', since: '', days: 20 } }),
    row({ programme: 'UKM.A', state: 'answered' }),
    row({ programme: 'UKM.A', state: 'accepted', changedSinceLook: 2 }),
    row({ programme: 'UKM.B', state: 'accepted' }),
    row({ programme: 'UKM.B', state: 'not-submitted', status: 'draft', changedSinceLook: null }),
  ];
  const cases: [string, Parameters<typeof filterQueue>[1], number[]][] = [
    ['everything', { programme: null, state: null, overdueOnly: false }, [0, 1, 2, 3, 4]],
    ['one programme', { programme: 'UKM.A', state: null, overdueOnly: false }, [1, 2]],
    ['what waits for the verifier', { programme: null, state: 'open', overdueOnly: false }, [0, 1, 2]],
    ['one state', { programme: null, state: 'accepted', overdueOnly: false }, [2, 3]],
    ['overdue only', { programme: null, state: null, overdueOnly: true }, [0]],
  ];
  it.each(cases)('%s', (_name, filter, kept) => {
    expect(filterQueue(rows, filter)).toEqual(kept.map((i) => rows[i]));
  });
});
