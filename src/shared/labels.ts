// A short phrase for why a node is not scored, in both languages, where a whole sentence does not fit
// (the score-change question on the targets screen). The "why" itself says it in full sentences
// (explanation-sentence.ts), with the same words.
import type { ExclusionReason } from '../domain/scoring/explanation.ts';
import type { Locale } from './messages/index.ts';

const EXCLUSION: Record<Locale, Record<ExclusionReason, string>> = {
  id: {
    'not-applicable': 'tidak berlaku',
    missing: 'belum diisi',
    'zero-sasaran': 'sasaran 0',
    'nothing-to-count': 'tidak ada yang dihitung tahun ini',
    'no-sasaran': 'sasaran belum diisi',
    'nothing-due': 'belum ada laporan yang jatuh tempo',
    'no-target': 'target belum ditetapkan',
    'all-children-excluded': 'tidak ada yang dapat dinilai',
  },
  en: {
    'not-applicable': 'not applicable',
    missing: 'not entered',
    'zero-sasaran': 'sasaran is 0',
    'nothing-to-count': 'nothing to count this year',
    'no-sasaran': 'no sasaran yet',
    'nothing-due': 'no report due yet',
    'no-target': 'no target yet',
    'all-children-excluded': 'nothing assessable',
  },
};

/** Why a node is not scored, in words ("sasaran belum diisi"). */
export function exclusionLabel(reason: ExclusionReason, locale: Locale): string {
  return EXCLUSION[locale][reason];
}
