// Words for the engine's codes (exclusions, categories), in both languages.
import type { Comparator } from '../domain/catalog/types.ts';
import type { ExclusionReason, Explanation, Rule } from '../domain/scoring/explanation.ts';
import { formatNumber } from './format.ts';
import type { Locale } from './messages/index.ts';

const EXCLUSION: Record<Locale, Record<ExclusionReason, string>> = {
  id: {
    'not-applicable': 'tidak berlaku',
    missing: 'belum diisi',
    'zero-sasaran': 'sasaran 0',
    'nothing-to-count': 'tidak ada kasus untuk dihitung',
    'no-sasaran': 'sasaran belum ditetapkan',
    'nothing-due': 'tidak ada yang jatuh tempo',
    'no-target': 'target belum ditetapkan',
    'all-children-excluded': 'tidak ada indikator yang dinilai',
  },
  en: {
    'not-applicable': 'not applicable',
    missing: 'not entered',
    'zero-sasaran': 'sasaran is 0',
    'nothing-to-count': 'nothing to count',
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
    'nothing-to-count-full': 'tidak ada kasus untuk dihitung (dinilai 100)',
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
    'nothing-to-count-full': 'nothing to count (scored 100)',
    'missing-scored-zero': 'not entered (scored 0)',
    excluded: 'excluded',
    mean: 'mean',
    'weighted-mean': 'weighted mean',
  },
};

const MET: Record<Locale, Record<'met' | 'missed', string>> = {
  id: { met: 'tercapai', missed: 'tidak tercapai' },
  en: { met: 'met', missed: 'not met' },
};

const SYMBOL: Record<Comparator, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=' };

/** Up to 2 decimals and no trailing zeros, as targets are printed: 20, 3,8, 66,67. */
function figure(x: number, locale: Locale): string {
  const decimals = [0, 1].find((d) => Number(x.toFixed(d)) === Number(x.toFixed(2))) ?? 2;
  return formatNumber(x, decimals, locale);
}

/**
 * Whether the target is met, in words: "target < 20 tidak tercapai (20)" (the realised value in
 * brackets), or "target tercapai" for a range or ya/tidak; null when nothing was compared.
 */
export function targetLabel(explanation: Explanation, locale: Locale): string | null {
  if (explanation.met === undefined || explanation.excluded) return null;
  const word = MET[locale][explanation.met ? 'met' : 'missed'];
  const c = explanation.comparison;
  if (!c) return `target ${word}`;
  return `target ${SYMBOL[c.comparator]} ${figure(c.target, locale)} ${word} (${figure(c.realised, locale)})`;
}

/** One phrase for a node: why it is excluded, or which rule gave its score and whether its target is met. */
export function explanationLabel(explanation: Explanation, locale: Locale): string {
  if (explanation.excluded) return EXCLUSION[locale][explanation.excluded];
  const target = targetLabel(explanation, locale);
  return target ? `${RULE[locale][explanation.rule]}; ${target}` : RULE[locale][explanation.rule];
}

/** Why a node is not scored, in words ("sasaran belum ditetapkan"). */
export function exclusionLabel(reason: ExclusionReason, locale: Locale): string {
  return EXCLUSION[locale][reason];
}
