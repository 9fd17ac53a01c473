import { describe, expect, it } from 'vitest';
import { GLOSSARY, type Term } from '../../shared/glossary.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { en } from './en.ts';
import { id } from './id.ts';

const UI: Record<Locale, Record<string, string>> = { id, en };

/** The screens' labels of each glossary concept: the grid's columns and lines, the targets' columns. */
const LABELS: [key: string, term: Term][] = [
  ['entry.achievedShort', 'capaian'],
  ['entry.value', 'capaian'],
  ['entry.count', 'jumlah'],
  ['entry.score', 'nilai'],
  ['targets.sasaran', 'sasaran'],
  ['targets.targetSasaran', 'targetAbsolut'],
];

describe('one word per concept on every screen', () => {
  it.each(['id', 'en'] as const)('labels the glossary concepts with the glossary words (%s)', (locale) => {
    for (const [key, t] of LABELS) expect(UI[locale][key], key).toBe(GLOSSARY[locale][t].word);
    // The grid's column "Capaian s.d. Mar" is a capaian too.
    expect(UI[locale]['entry.achieved']).toMatch(new RegExp(`^${GLOSSARY[locale].capaian.word} `));
  });

  it('calls nothing but the score "Nilai" (a monthly value is a capaian)', () => {
    const nilai = Object.entries(id).filter(([, text]) => text === GLOSSARY.id.nilai.word);
    // The grid's score column, and the score column of Bab V's indicators below target.
    expect(nilai.map(([key]) => key)).toEqual(['entry.score', 'analysis.col.score']);
  });
});
