// What the verification screens say about figures, and which queue rows a filter keeps: pure, so the
// words and the filters are tested without a browser.
import type { EntryField } from '../../domain/assessment/entry-fields.ts';
import type {
  QueueRow,
  ReturnedItemView,
  VerificationIndicator,
} from '../../shared/api/verification.schema.ts';
import type { Locale } from '../../shared/messages/index.ts';
import type { Translate } from '../i18n/i18n.tsx';
import { paths } from './navigation.ts';
import { formatInput, parseNumber } from './numbers.ts';

type MonthFigures = {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flag: boolean | null;
};

/** A month's figures as the entry grid shows them: "286", "3 / 250" (a ratio), "Ya"; "kosong" when none. */
export function monthText(
  fields: readonly EntryField[],
  figures: MonthFigures | null,
  t: Translate,
  locale: Locale,
): string {
  if (!figures) return '–';
  const parts = fields.map((field) => {
    if (field === 'flag') return figures.flag === null ? null : t(figures.flag ? 'verify.yes' : 'verify.no');
    const v = figures[field];
    return v === null ? null : formatInput(v, locale);
  });
  if (parts.every((p) => p === null)) return t('verify.empty');
  return parts.map((p) => p ?? '–').join(' / ');
}

type TargetFigures = NonNullable<VerificationIndicator['target']['own']>;

/** A target row in one line: "Sasaran 427 · Target 95" or "Tidak berlaku: …". */
export function targetText(
  figures: Pick<
    TargetFigures,
    'target' | 'targetSasaran' | 'sasaran' | 'applicable' | 'notApplicableReason'
  > | null,
  t: Translate,
  locale: Locale,
): string {
  if (!figures) return '–';
  if (!figures.applicable) return t('verify.notApplicable', { reason: figures.notApplicableReason ?? '–' });
  const parts = [
    `${t('verify.sasaran')}: ${figures.sasaran === null ? '–' : formatInput(figures.sasaran, locale)}`,
  ];
  parts.push(
    `${t('verify.target')}: ${figures.target === null ? t('verify.decreeTarget') : formatInput(figures.target, locale)}`,
  );
  if (figures.targetSasaran !== null)
    parts.push(`${t('verify.targetSasaran')}: ${formatInput(figures.targetSasaran, locale)}`);
  return parts.join(' · ');
}

/** A rubric item's score: "Tingkat 7" or "Persentase 91,5 %". */
export function rubricText(
  figures: { level: number | null; percent: number | null } | null,
  t: Translate,
  locale: Locale,
  /** An item that must rise (IKS): its figure is an index, shown beside last year's. */
  lastYear?: number | null,
): string {
  if (!figures) return '–';
  if (figures.level !== null) return `${t('verify.level')} ${figures.level}`;
  if (lastYear !== undefined && figures.percent !== null)
    return `${t('verify.figure')} ${formatInput(figures.percent, locale)} · ${t('verify.lastYear')} ${
      lastYear === null ? '–' : formatInput(lastYear, locale)
    }`;
  if (figures.percent !== null) return `${t('verify.percent')} ${formatInput(figures.percent, locale)}%`;
  return t('verify.empty');
}

/** Reads the typed fields of a month; every field empty is "corrected to empty". */
export function parseMonth(
  fields: readonly EntryField[],
  texts: Partial<Record<EntryField, string>>,
  locale: Locale,
): { ok: true; figures: MonthFigures } | { ok: false; field: EntryField } {
  const figures: MonthFigures = { numerator: null, denominator: null, value: null, flag: null };
  for (const field of fields) {
    const text = (texts[field] ?? '').trim();
    if (field === 'flag') {
      figures.flag = text === '' ? null : text === 'yes';
      continue;
    }
    const parsed = parseNumber(text, locale);
    if (!parsed.ok) return { ok: false, field };
    figures[field] = parsed.value;
  }
  return { ok: true, figures };
}

export interface QueueFilter {
  /** A programme code, or null for all. */
  programme: string | null;
  /** A state, 'open' (what waits for the verifier: not looked at, answered, changed since the look), or null. */
  state: QueueRow['state'] | 'open' | null;
  overdueOnly: boolean;
}

/** Whether a queue row waits for the verifier. */
export function waitsForVerifier(row: QueueRow): boolean {
  return (
    row.state === 'not-looked' ||
    row.state === 'answered' ||
    (row.state !== 'not-submitted' && row.state !== 'verified' && (row.changedSinceLook ?? 0) > 0)
  );
}

export function filterQueue(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
  return rows.filter(
    (r) =>
      (filter.programme === null || r.programme === filter.programme) &&
      (filter.state === null || (filter.state === 'open' ? waitsForVerifier(r) : r.state === filter.state)) &&
      (!filter.overdueOnly || r.overdue !== null),
  );
}

/** Where the Puskesmas fixes what a return covers: the entry grid at its first indicator, or the rubric. */
export function fixLink(
  code: string,
  year: number,
  item: Pick<ReturnedItemView, 'screen' | 'indicators' | 'code'>,
): string {
  if (item.screen === 'rubric') return paths.rubric(code, year);
  const first = item.indicators[0] ?? item.code;
  return `${paths.entries(code, year)}?indicator=${encodeURIComponent(first)}`;
}
