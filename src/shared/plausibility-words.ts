// A plausibility warning in one sentence a Kepala Puskesmas understands, in Indonesian or English:
// the month, the figure, and what it is set against ("Januari 4.210, 40 × median bulan lain (105).").
import type { NumberRule } from '../domain/assessment/number-bounds.ts';
import type { NotCountedPart, OutlierPart, PlausibilityWarning } from '../domain/assessment/plausibility.ts';
import { monthNumber } from '../domain/periods/months.ts';
import { MONTH_NAMES } from './calendar-words.ts';
import { formatNumber } from './format.ts';
import type { Locale } from './messages/index.ts';

type Field = OutlierPart['field'] | NotCountedPart['field'];

/** The words of a field where the sentence must name it (a ratio's two halves, a target's numbers). */
const FIELD_WORDS: Record<Locale, Record<Field, string>> = {
  id: {
    numerator: 'pembilang',
    denominator: 'penyebut',
    value: 'nilai',
    sasaran: 'sasaran',
    targetSasaran: 'target absolut (TS)',
    target: 'target',
  },
  en: {
    numerator: 'numerator',
    denominator: 'denominator',
    value: 'value',
    sasaran: 'sasaran',
    targetSasaran: 'absolute target (TS)',
    target: 'target',
  },
};

const TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** A stored figure as typed: whole numbers without decimals, others with up to 4 (12,5; 0,0001). */
export function figureText(x: number, locale: Locale): string {
  if (!Number.isFinite(x)) return String(x);
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 4 }).format(x);
}

/** "40 ×" from 40,2; "5,3 ×" below 10. */
function timesText(factor: number, locale: Locale): string {
  return `${formatNumber(factor, factor >= 10 ? 0 : 1, locale)} ×`;
}

function percentText(percent: number, locale: Locale): string {
  return `${formatNumber(percent, 1, locale)} %`;
}

export function monthName(month: string, locale: Locale): string {
  return MONTH_NAMES[locale][monthNumber(month) - 1] ?? month;
}

const RULE_WORDS: Record<Locale, Record<NumberRule, (max: string) => string>> = {
  id: {
    'not-a-number': () => 'bukan angka',
    negative: () => 'negatif',
    'above-maximum': (max) => `melebihi batas ${max}`,
    'not-whole': () => 'harus bilangan bulat',
    'too-many-decimals': () => 'lebih dari 4 angka di belakang koma',
  },
  en: {
    'not-a-number': () => 'not a number',
    negative: () => 'negative',
    'above-maximum': (max) => `above the limit of ${max}`,
    'not-whole': () => 'must be a whole number',
    'too-many-decimals': () => 'more than 4 decimals',
  },
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The warning's sentence, ending with a full stop. */
export function warningSentence(warning: PlausibilityWarning, locale: Locale): string {
  const n = (x: number) => figureText(x, locale);
  const month = (m: string) => monthName(m, locale);
  const id = locale === 'id';
  switch (warning.kind) {
    case 'month-outlier': {
      const parts = warning.parts.map((p) => {
        const figure = warning.twoFields ? `${FIELD_WORDS[locale][p.field]} ${n(p.value)}` : n(p.value);
        return id
          ? `${figure}, ${timesText(p.factor, locale)} median bulan lain (${n(p.median)})`
          : `${figure}, ${timesText(p.factor, locale)} the median of the other months (${n(p.median)})`;
      });
      const separator = warning.twoFields ? ': ' : ' ';
      return `${month(warning.month ?? '')}${separator}${parts.join('; ')}.`;
    }
    case 'month-doubled': {
      const parts = warning.parts.map((p) => {
        const figure = warning.twoFields ? `${FIELD_WORDS[locale][p.field]} ${n(p.value)}` : n(p.value);
        return id
          ? `${figure}, tepat 2 × median bulan lain (${n(p.median)})`
          : `${figure}, exactly 2 × the median of the other months (${n(p.median)})`;
      });
      const separator = warning.twoFields ? ': ' : ' ';
      const why = id ? ': terisi dua kali?' : ': entered twice?';
      return `${month(warning.month ?? '')}${separator}${parts.join('; ')}${why}`;
    }
    case 'above-sasaran': {
      const { total, sasaran, percent, through } = warning;
      const share = percent === null ? '' : ` (${percentText(percent, locale)})`;
      switch (warning.basis) {
        case 'total':
          if (percent === null)
            return id
              ? `Jumlah sampai ${month(through)} ${n(total)}, padahal sasaran 0.`
              : `Total to ${month(through)} ${n(total)}, while the sasaran is 0.`;
          return id
            ? `Jumlah sampai ${month(through)} ${n(total)} melebihi sasaran ${n(sasaran)} (cakupan ${percentText(percent, locale)}).`
            : `Total to ${month(through)} ${n(total)} exceeds the sasaran of ${n(sasaran)} (coverage ${percentText(percent, locale)}).`;
        case 'stock':
          if (warning.monthsAbove === 1)
            return id
              ? `${month(through)} ${n(total)} melebihi sasaran ${n(sasaran)}${share}.`
              : `${month(through)} ${n(total)} exceeds the sasaran of ${n(sasaran)}${share}.`;
          return id
            ? `${warning.monthsAbove} bulan melebihi sasaran ${n(sasaran)}, tertinggi ${month(through)} ${n(total)}${share}.`
            : `${warning.monthsAbove} months exceed the sasaran of ${n(sasaran)}, highest ${month(through)} ${n(total)}${share}.`;
        case 'events': {
          const rate =
            warning.rate === null || warning.per === null
              ? ''
              : id
                ? ` (angka ${formatNumber(warning.rate, 0, locale)} per ${n(warning.per)}: lebih dari satu per orang)`
                : ` (rate ${formatNumber(warning.rate, 0, locale)} per ${n(warning.per)}: more than one per person)`;
          return id
            ? `${n(total)} kejadian sampai ${month(through)}, lebih banyak dari sasaran ${n(sasaran)}${rate}.`
            : `${n(total)} events to ${month(through)}, more than the sasaran of ${n(sasaran)}${rate}.`;
        }
        case 'shares':
          return id
            ? `Jumlah pembilang sampai ${month(through)} ${n(total)} melebihi jumlah penyebut ${n(sasaran)}${share}.`
            : `Numerators to ${month(through)} add up to ${n(total)}, more than the denominators' ${n(sasaran)}${share}.`;
      }
      break;
    }
    case 'sasaran-profile': {
      const { sasaran, profile, population, factor } = warning;
      const how =
        factor === null
          ? ''
          : id
            ? `: ${timesText(factor, locale)} lebih ${sasaran > profile ? 'besar' : 'kecil'}`
            : `: ${timesText(factor, locale)} ${sasaran > profile ? 'larger' : 'smaller'}`;
      return id
        ? `Sasaran ${n(sasaran)}, profil tahun ini mencatat ${n(profile)} (${population})${how}.`
        : `Sasaran ${n(sasaran)}, this year's profile records ${n(profile)} (${population})${how}.`;
    }
    case 'not-counted': {
      const parts = warning.parts.map((p) => {
        const why = RULE_WORDS[locale][p.rule](n(p.bound.max));
        // A month of a one-number row needs no field word; a ratio's halves and a target's numbers do.
        const what =
          warning.month !== null && !warning.twoFields
            ? n(p.value)
            : `${FIELD_WORDS[locale][p.field]} ${n(p.value)}`;
        return id ? `${what} tidak dihitung: ${why}` : `${what} is not counted: ${why}`;
      });
      const lead = warning.month === null ? '' : `${month(warning.month)}${warning.twoFields ? ':' : ''} `;
      return capitalised(`${lead}${parts.join('; ')}.`);
    }
  }
  return '';
}

/** Both sentences, as the API sends them. */
export function warningSentences(warning: PlausibilityWarning): Record<Locale, string> {
  return { id: warningSentence(warning, 'id'), en: warningSentence(warning, 'en') };
}
