// Why a number was refused, in words: the `reason` of VALUE_INVALID and INDICATOR_FIELD_INVALID
// (Indonesian, as every refusal's reason is), from the rule it breaks and its bound (number-bounds.ts).
import { LIMITS, type NumberBound, type NumberRule } from '../domain/assessment/number-bounds.ts';
import { formatNumber } from '../shared/format.ts';

/** The largest value allowed, with its unit: "100.000.000", "100 %", "8.784 jam". */
function maximumWords(bound: NumberBound): string {
  const max = formatNumber(bound.max, 0, 'id');
  switch (bound.quantity) {
    case 'percent':
      return `${max} %`;
    case 'hours':
      return `${max} jam`;
    case 'days':
      return `${max} hari`;
    case 'yes-no':
      return '1 (ya)';
    default:
      return max;
  }
}

/** @example numberWords('not-whole', bound) → "harus bilangan bulat: orang, kasus, kunjungan atau unit tidak berkoma" */
export function numberWords(rule: NumberRule, bound: NumberBound | undefined): string {
  switch (rule) {
    case 'not-a-number':
      return 'bukan angka';
    case 'negative':
      return 'tidak boleh negatif';
    case 'above-maximum':
      return bound
        ? `terlalu besar: paling banyak ${maximumWords(bound)} (periksa salah ketik)`
        : 'terlalu besar (periksa salah ketik)';
    case 'not-whole':
      return bound?.quantity === 'yes-no'
        ? 'hanya 1 (ya) atau 0 (tidak)'
        : 'harus bilangan bulat: orang, kasus, kunjungan atau unit tidak berkoma';
    case 'too-many-decimals':
      return `paling banyak ${LIMITS.decimals} angka di belakang koma`;
  }
}
