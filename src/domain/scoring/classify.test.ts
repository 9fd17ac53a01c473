import { describe, expect, it } from 'vitest';
import { categorize, kelompokOf, overallCategory } from './classify.ts';
import { DEFAULT_THRESHOLDS } from './settings.ts';

const { service, management, quality } = DEFAULT_THRESHOLDS;

describe('categorize (diktum KEENAM, gaps closed by half-open intervals)', () => {
  it.each([
    ['service 91 is Baik', 91, service, 'Baik'],
    ['service 90,99 is Cukup', 90.99, service, 'Cukup'],
    ['service 90,994 rounds to 90,99: Cukup', 90.994, service, 'Cukup'],
    ['service 90,995 rounds to 91,00: Baik', 90.995, service, 'Baik'],
    ['service 81 is Cukup', 81, service, 'Cukup'],
    ['service 80,99 is Kurang', 80.99, service, 'Kurang'],
    ['management 8,5 is Baik', 8.5, management, 'Baik'],
    ['management 8,495 rounds to 8,50: Baik', 8.495, management, 'Baik'],
    ['management 8,49 is Cukup', 8.49, management, 'Cukup'],
    ['management 5,5 is Cukup', 5.5, management, 'Cukup'],
    ['management 5,49 is Kurang', 5.49, management, 'Kurang'],
    ['management 5,494 is Kurang', 5.494, management, 'Kurang'],
    ['quality 91 is Baik', 91, quality, 'Baik'],
    ['quality 80,99 is Kurang', 80.99, quality, 'Kurang'],
    ['uncapped service 130 is Baik', 130, service, 'Baik'],
    ['0 is Kurang', 0, service, 'Kurang'],
  ] as const)('%s', (_name, score, thresholds, expected) => {
    expect(categorize(score, thresholds)).toBe(expected);
  });

  it('has no category for a score that is not assessable', () => {
    expect(categorize(null, service)).toBeNull();
  });

  it('follows a district threshold setting (the annex notes: management Baik above 8,5)', () => {
    expect(categorize(8.5, [8.51, 5.5])).toBe('Cukup');
  });
});

describe('overall category and Kelompok', () => {
  it('is the worst of the three axes: Baik / Cukup / Baik → Cukup, Kelompok II', () => {
    const overall = overallCategory(['Baik', 'Cukup', 'Baik']);
    expect(overall).toBe('Cukup');
    expect(kelompokOf(overall)).toBe('II');
  });
  it.each([
    [['Baik', 'Baik', 'Baik'], 'Baik', 'I'],
    [['Baik', 'Kurang', 'Cukup'], 'Kurang', 'III'],
    [['Cukup', 'Cukup', 'Cukup'], 'Cukup', 'II'],
  ] as const)('%j → %s', (cats, cat, kelompok) => {
    expect(overallCategory(cats)).toBe(cat);
    expect(kelompokOf(overallCategory(cats))).toBe(kelompok);
  });
  it('is not assessable when any axis is not', () => {
    expect(overallCategory(['Baik', null, 'Baik'])).toBeNull();
    expect(kelompokOf(null)).toBeNull();
  });
});
