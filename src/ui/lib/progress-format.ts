// An indicator's achievement and target to date, in the unit of its target: "22,5%", "132,4", "Ya".
import type { Locale } from '../../shared/messages/index.ts';
import type { Translate } from '../i18n/i18n.tsx';
import { formatFixed } from './numbers.ts';

/**
 * Whether an indicator's figures to date read as percentages: coverage and on-time shares always are
 * (the server sends them in %), anything else when its unit says %.
 */
export function isPercent(indicator: { unit: string; kind?: string }): boolean {
  return indicator.kind === 'coverage' || indicator.kind === 'ontime' || indicator.unit.includes('%');
}

export function formatAchieved(
  x: number | boolean | null | undefined,
  indicator: { unit: string; kind?: string },
  t: Translate,
  locale: Locale,
): string {
  if (x === null || x === undefined) return t('app.none');
  if (typeof x === 'boolean') return x ? t('entry.yes') : t('entry.no');
  const text = formatFixed(x, Number.isInteger(x) ? 0 : 1, locale);
  return isPercent(indicator) ? `${text}%` : text;
}
