// What the detail panel beside the grid says about the active row: how a month is entered, whether
// the row has an annual sasaran, and its target in words.
import type { Locale } from '../../shared/messages/index.ts';
import type { MessageKey } from '../i18n/id.ts';
import type { IndicatorNode } from './grid-rows.ts';
import { formatInput } from './numbers.ts';
import { isPercent } from './progress-format.ts';

type Row = Pick<IndicatorNode, 'entry' | 'kind' | 'scale' | 'unit' | 'target'>;

/** How a month of the row is entered and how the months make the year, in one sentence. */
export function howToEnter(row: Pick<Row, 'entry' | 'kind' | 'scale'>): MessageKey {
  switch (row.entry) {
    case 'count':
      return row.kind === 'rate' ? 'detail.how.rate' : 'detail.how.count';
    case 'ratio':
      return (row.scale ?? 100) === 100 ? 'detail.how.ratio' : 'detail.how.ratioPlain';
    case 'amount':
      return 'detail.how.amount';
    case 'level':
      return row.kind === 'coverage' ? 'detail.how.stock' : 'detail.how.level';
    case 'yesno':
      return 'detail.how.yesno';
    default:
      return 'detail.how.ontime';
  }
}

/**
 * Whether the row is set against an annual sasaran (a count or a stock of a coverage or a rate): its
 * denominator is then the sasaran, set on the targets screen, not a monthly figure.
 */
export function hasAnnualSasaran(row: Pick<Row, 'entry' | 'kind'>): boolean {
  return (row.entry === 'count' || row.entry === 'level') && (row.kind === 'coverage' || row.kind === 'rate');
}

const SIGNS: Readonly<Record<string, string>> = {
  '>=': '≥',
  '<=': '≤',
  '≥': '≥',
  '≤': '≤',
  '>': '>',
  '<': '<',
};

/**
 * The target in force with the decree's comparison and a short unit: "≥ 95%", "< 24 jam", "150 ‰";
 * the printed words where the target is a word ("ya", "Maks tgl 5"); null when none is set.
 */
export function targetText(row: Row, locale: Locale): string | null {
  const { printed, value } = row.target;
  if (value === null) return null;
  if (row.entry === 'yesno' || row.entry === 'ontime') return printed.trim() || null;
  const sign = SIGNS[/^\s*(>=|<=|≥|≤|>|<)/.exec(printed)?.[1] ?? ''];
  const number = formatInput(value, locale);
  const unit = isPercent(row)
    ? '%'
    : row.unit.length > 0 && row.unit.length <= 12 && !/^(per\b|\/)/i.test(row.unit)
      ? ` ${row.unit}`
      : '';
  return `${sign ? `${sign} ` : ''}${number}${unit}`;
}
