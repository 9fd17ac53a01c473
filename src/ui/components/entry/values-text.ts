// An indicator-month's values in a few words: "12", "7 / 10", "Ya", "kosong".
import type { Locale } from '../../../shared/messages/index.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { EntryValues } from '../../lib/entry-fields.ts';
import type { IndicatorNode } from '../../lib/grid-rows.ts';
import { formatInput } from '../../lib/numbers.ts';
import { flagWord } from './cell-text.ts';

export function valuesText(
  values: Partial<EntryValues> | null | undefined,
  indicator: Pick<IndicatorNode, 'fields' | 'entry'>,
  t: Translate,
  locale: Locale,
): string {
  if (!values) return t('entry.noValue');
  const parts = indicator.fields.map((field) => {
    if (field === 'flag') return values.flag == null ? null : flagWord(values.flag, indicator, t);
    const v = values[field];
    return typeof v === 'number' ? formatInput(v, locale) : null;
  });
  if (parts.every((p) => p === null)) return t('entry.noValue');
  return parts.map((p) => p ?? t('app.none')).join(' / ');
}
