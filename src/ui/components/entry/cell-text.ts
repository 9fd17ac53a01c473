// What a cell shows and says: its text, its label for screen readers, and why it cannot be saved.
import type { Locale } from '../../../shared/messages/index.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { EntryField, InvalidReason } from '../../lib/entry-fields.ts';
import { baseValues, type CellState } from '../../lib/entry-state.ts';
import { formatInput } from '../../lib/numbers.ts';
import type { IndicatorNode } from '../../lib/grid-rows.ts';

/**
 * The text of one field: typing held on the screen, else the change waiting in the save queue, else the
 * stored value, in the user's format.
 */
export function fieldText(cell: CellState, field: EntryField, locale: Locale): string {
  const typed = cell.texts[field];
  if (typed !== undefined) return typed;
  const values = baseValues(cell);
  if (field === 'flag') return values.flag === null ? '' : values.flag ? 'ya' : 'tidak';
  return formatInput(values[field], locale);
}

/** The flag as a word: Ya/Tidak, or Tepat/Terlambat for on-time indicators. */
export function flagWord(
  flag: boolean | null,
  indicator: Pick<IndicatorNode, 'entry'>,
  t: Translate,
): string {
  if (flag === null) return t('app.none');
  if (indicator.entry === 'ontime') return flag ? t('entry.onTime') : t('entry.late');
  return flag ? t('entry.yes') : t('entry.no');
}

export function lineLabel(
  indicator: Pick<IndicatorNode, 'entry' | 'kind'>,
  field: EntryField,
  t: Translate,
): string {
  switch (field) {
    case 'numerator':
      return indicator.entry === 'ratio' ? t('entry.numerator') : t('entry.count');
    case 'denominator':
      return t('entry.denominator');
    case 'value':
      return t('entry.value');
    case 'flag':
      return indicator.entry === 'ontime' ? t('entry.ontime') : t('entry.flag');
  }
}

export function invalidText(reason: InvalidReason, t: Translate): string {
  return t(`entry.invalid.${reason}`);
}
