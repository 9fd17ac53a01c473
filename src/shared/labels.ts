// Words for the engine's codes (exclusions, categories), in both languages.
import type { ExclusionReason, Explanation, Rule } from '../domain/scoring/explanation.ts';
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

const RULE: Record<Locale, Record<Rule, string>> = {
  id: {
    'coverage-target': 'cakupan terhadap target (maks. 100)',
    'coverage-sasaran': 'cakupan terhadap sasaran',
    rate: 'angka per N',
    'value-higher': 'makin tinggi makin baik',
    'value-lower-permenpan': 'makin rendah makin baik (PermenPAN-RB)',
    'value-lower-ratio': 'makin rendah makin baik (T/R)',
    'zero-target-lower': 'target 0',
    'zero-target-higher': 'target 0 tercapai',
    'range-inside': 'dalam rentang',
    'range-below': 'di bawah rentang',
    'range-above-better': 'di atas rentang (baik)',
    'range-above': 'di atas rentang',
    yesno: 'ya/tidak',
    ontime: 'tepat waktu',
    'rubric-level': 'tingkat rubrik',
    'rubric-band': 'persentase ke tingkat',
    'zero-sasaran-full': 'sasaran 0 (dinilai 100)',
    'missing-scored-zero': 'belum diisi (dinilai 0)',
    excluded: 'tidak dinilai',
    mean: 'rata-rata',
    'weighted-mean': 'rata-rata berbobot',
  },
  en: {
    'coverage-target': 'coverage against target (max. 100)',
    'coverage-sasaran': 'coverage of the sasaran',
    rate: 'rate per N',
    'value-higher': 'higher is better',
    'value-lower-permenpan': 'lower is better (PermenPAN-RB)',
    'value-lower-ratio': 'lower is better (T/R)',
    'zero-target-lower': 'target 0',
    'zero-target-higher': 'target 0 met',
    'range-inside': 'inside the range',
    'range-below': 'below the range',
    'range-above-better': 'above the range (good)',
    'range-above': 'above the range',
    yesno: 'yes/no',
    ontime: 'on time',
    'rubric-level': 'rubric level',
    'rubric-band': 'percentage banded',
    'zero-sasaran-full': 'sasaran 0 (scored 100)',
    'missing-scored-zero': 'not entered (scored 0)',
    excluded: 'excluded',
    mean: 'mean',
    'weighted-mean': 'weighted mean',
  },
};

/** One phrase for a node: why it is excluded, or which rule gave its score. */
export function explanationLabel(explanation: Explanation, locale: Locale): string {
  return explanation.excluded ? EXCLUSION[locale][explanation.excluded] : RULE[locale][explanation.rule];
}
