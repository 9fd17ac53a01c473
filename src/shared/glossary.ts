// One word per concept, in both languages: the grid, the dashboards, the "why" and the CLI all say
// the same thing with the same word (docs/scoring.md#glossary).
import type { Locale } from './messages/index.ts';

export const TERMS = ['sasaran', 'jumlah', 'capaian', 'cakupan', 'target', 'targetAbsolut', 'nilai'] as const;
export type Term = (typeof TERMS)[number];

export interface GlossaryEntry {
  /** The word, capitalised as a column heading ("Capaian"). */
  word: string;
  meaning: string;
}

export const GLOSSARY: Record<Locale, Record<Term, GlossaryEntry>> = {
  id: {
    sasaran: {
      word: 'Sasaran',
      meaning:
        'Orang (atau desa, sekolah, laporan…) yang menjadi sasaran indikator tahun ini: 427 ibu hamil.',
    },
    jumlah: {
      word: 'Jumlah',
      meaning: 'Yang dihitung dari entri bulanan: orang yang dilayani, kasus, laporan. 286 ibu hamil.',
    },
    capaian: {
      word: 'Capaian',
      meaning:
        'Yang dicapai, dalam satuan indikator: persen untuk cakupan, per 100.000 untuk angka kematian, jam, hari, kali.',
    },
    cakupan: {
      word: 'Cakupan',
      meaning: 'Jumlah sebagai persen dari sasaran: 286 dari 427 = 66,98%.',
    },
    target: {
      word: 'Target',
      meaning: 'Capaian yang diminta, dalam satuan indikator (≥ 100%, ≤ 2%, ≤ 132 per 100.000).',
    },
    targetAbsolut: {
      word: 'Target absolut',
      meaning: 'Target sebagai jumlah orang: target % × sasaran, atau angka yang ditetapkan Dinkes.',
    },
    nilai: {
      word: 'Nilai',
      meaning:
        'Skor penilaian: 0–100 (%) untuk Pelayanan dan Mutu, 0–10 untuk Manajemen. Kategori dibaca dari nilai.',
    },
  },
  en: {
    sasaran: {
      word: 'Sasaran',
      meaning:
        'The people (or villages, schools, reports…) an indicator is about this year: 427 pregnant women.',
    },
    jumlah: {
      word: 'Count',
      meaning: 'What the monthly entries count: people served, cases, reports. 286 pregnant women.',
    },
    capaian: {
      word: 'Achieved',
      meaning:
        "What was achieved, in the indicator's unit: a percentage for a coverage, per 100,000 for a death rate, hours, days, times.",
    },
    cakupan: {
      word: 'Coverage',
      meaning: 'The count as a percentage of the sasaran: 286 of 427 = 66.98%.',
    },
    target: {
      word: 'Target',
      meaning: "What is asked for, in the indicator's unit (≥ 100%, ≤ 2%, ≤ 132 per 100,000).",
    },
    targetAbsolut: {
      word: 'Absolute target',
      meaning: 'The target as a number of people: target % × sasaran, or the number Dinkes set.',
    },
    nilai: {
      word: 'Score',
      meaning:
        'The assessment score: 0–100 (%) for Service and Quality, 0–10 for Management. Categories read the score.',
    },
  },
};

/** The word for `term`, in lower case for use inside a sentence ("cakupan", "absolute target"). */
export function term(t: Term, locale: Locale): string {
  return GLOSSARY[locale][t].word.toLowerCase();
}
