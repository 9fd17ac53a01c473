// An indicator below target in figures, for the Bab V table: what was realised, the target with its
// comparison, and how far short — in the unit they were compared in (a coverage in %, a count
// against Dinkes' absolute target in people, a rate per N, hours or days in their unit).
import type { GapView } from '../../shared/api/analysis.schema.ts';
import { formatNumber } from '../../shared/format.ts';
import type { Locale } from '../../shared/messages/index.ts';

const SYMBOL = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' } as const;

/** Up to 2 decimals, no trailing zeros: 80, 2,6, 66,67. */
export function plainNumber(x: number, locale: Locale): string {
  const decimals = [0, 1].find((d) => Number(x.toFixed(d)) === Number(x.toFixed(2))) ?? 2;
  return formatNumber(x, decimals, locale);
}

/** A value in the indicator's unit: "66,98%", "3,2 hari", "12 kali"; bare for a rate or ya/tidak. */
export function inUnit(x: number, unit: string, locale: Locale): string {
  const u = unit.trim();
  if (u === '%') return `${plainNumber(x, locale)}%`;
  if (u === '' || /^(per\b|\/|‰)|ya\s*\/|ada\s*\//i.test(u)) return plainNumber(x, locale);
  return `${plainNumber(x, locale)} ${/^[A-Z][a-z]+$/.test(u) ? u.toLowerCase() : u}`;
}

export interface GapWords {
  /** What was realised ("80%", "tidak", "tingkat 7"). */
  realised: string;
  /** The target with its comparison ("≥ 100%", "60–85%", "ya", "10"). */
  target: string;
  /** How far short ("20 poin", "tepat di batas", "–"). */
  gap: string;
}

export interface GapVocabulary {
  yes: string;
  no: string;
  noData: string;
  level: (level: string) => string;
  /** A strict target missed at its boundary: 0 short, yet not met. */
  atBoundary: string;
  none: string;
}

/** The three figures of a gap row in words. */
export function gapWords(gap: GapView, words: GapVocabulary, locale: Locale): GapWords {
  const unit = gap.inCount ? '' : gap.indicator.unit;
  const value = (x: number | null) => (x === null ? words.none : inUnit(x, unit, locale));
  switch (gap.kind) {
    case 'missing':
      return { realised: words.noData, target: words.none, gap: words.none };
    case 'yesno':
      return { realised: words.no, target: words.yes, gap: words.none };
    case 'rubric':
      return {
        realised: words.level(gap.realised === null ? words.none : plainNumber(gap.realised, locale)),
        target: words.level(plainNumber(gap.target ?? 10, locale)),
        gap: gap.gap === null ? words.none : plainNumber(gap.gap, locale),
      };
    case 'range': {
      const band =
        gap.min === null || gap.max === null
          ? words.none
          : `${plainNumber(gap.min, locale)}–${value(gap.max)}`;
      return { realised: value(gap.realised), target: band, gap: value(gap.gap) };
    }
    case 'compared': {
      const target =
        gap.target === null ? words.none : `${SYMBOL[gap.comparator ?? '>=']} ${value(gap.target)}`;
      const short = gap.gap === 0 && gap.met === false ? words.atBoundary : value(gap.gap);
      return { realised: value(gap.realised), target, gap: short };
    }
  }
}
