// Words for the engine's codes (exclusions, categories), in both languages.
import type { ExclusionReason } from '../domain/scoring/explanation.ts';
import type { Locale } from './messages/index.ts';

const EXCLUSION: Record<Locale, Record<ExclusionReason, string>> = {
  id: {
    'not-applicable': 'tidak berlaku',
    missing: 'belum diisi',
    'zero-sasaran': 'sasaran 0',
    'no-sasaran': 'sasaran belum ditetapkan',
    'nothing-due': 'tidak ada yang jatuh tempo',
    'no-target': 'target belum ditetapkan',
    'all-children-excluded': 'tidak ada indikator yang dinilai',
  },
  en: {
    'not-applicable': 'not applicable',
    missing: 'not entered',
    'zero-sasaran': 'sasaran is 0',
    'no-sasaran': 'no sasaran set',
    'nothing-due': 'nothing due',
    'no-target': 'no target set',
    'all-children-excluded': 'nothing assessable',
  },
};

export function exclusionLabel(reason: ExclusionReason, locale: Locale): string {
  return EXCLUSION[locale][reason];
}
