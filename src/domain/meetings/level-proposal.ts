// The level that the year's meeting records propose for the management items about meetings (Table 5):
// mini lokakarya bulanan (A2.6), tribulanan (A2.7) and the performance assessment of UKM (B2.2). Only
// a proposal: the Kepala Puskesmas confirms it, and the rubric level is saved as any other.
import type { RubricLevel } from '../catalog/types.ts';
import type { MeetingCounts, MeetingKind } from './meeting-counts.ts';

/** What a rule counts: months or quarters with a meeting of the kind, or its meetings. */
export type CountedBy = 'months' | 'quarters' | 'meetings';

export interface LevelProposalRule {
  /** The Table 5 item (Pati catalog code). */
  itemCode: string;
  kind: MeetingKind;
  countedBy: CountedBy;
  /** The lowest count for each level, highest level first, as the item's printed level texts read. */
  from: readonly { count: number; level: RubricLevel }[];
  /** B2.2 "disertai analisis capaian kinerja": the highest level also needs the year's written analysis. */
  needsAnalysisFor?: RubricLevel;
}

/**
 * The printed level texts, read as counts:
 * - A2.6 "Melaksanakan mini lokakarya bulanan": Tidak melaksanakan / < 5 kali / 5 - 8 kali / 9 - 12
 *   kali per tahun. "Bulanan" is once a month: two in one month count as one month (13 meetings in 11
 *   months are 11).
 * - A2.7 "Melaksanakan mini lokakarya tribulanan": Tidak / < 2 kali / 2 - 3 kali / 4 kali per tahun,
 *   counted by quarters for the same reason.
 * - B2.2 "Adanya penilaian kinerja UKM" (target "2 kali setahun disertai analisis kinerja"): Tidak
 *   melaksanakan / 1 kali / 2 kali tanpa analisis capaian kinerja / 2 kali setahun disertai analisis
 *   capaian kinerja — review meetings, and 10 only when the year's analysis (Bab V) is written.
 */
export const LEVEL_PROPOSAL_RULES: readonly LevelProposalRule[] = [
  {
    itemCode: 'MAN.A2.6',
    kind: 'lokmin_bulanan',
    countedBy: 'months',
    from: [
      { count: 9, level: 10 },
      { count: 5, level: 7 },
      { count: 1, level: 4 },
      { count: 0, level: 0 },
    ],
  },
  {
    itemCode: 'MAN.A2.7',
    kind: 'lokmin_tribulanan',
    countedBy: 'quarters',
    from: [
      { count: 4, level: 10 },
      { count: 2, level: 7 },
      { count: 1, level: 4 },
      { count: 0, level: 0 },
    ],
  },
  {
    itemCode: 'MUT.B2.2',
    kind: 'review_kinerja',
    countedBy: 'meetings',
    from: [
      { count: 2, level: 10 },
      { count: 2, level: 7 },
      { count: 1, level: 4 },
      { count: 0, level: 0 },
    ],
    needsAnalysisFor: 10,
  },
];

export interface LevelProposal {
  itemCode: string;
  level: RubricLevel;
  kind: MeetingKind;
  countedBy: CountedBy;
  /** The count the level was read from (months, quarters or meetings). */
  count: number;
  /** The meetings of the kind, whatever `countedBy` (13 meetings may be 11 months). */
  meetings: number;
  /** For a rule that needs the year's analysis: whether it is written; null for the others. */
  analysed: boolean | null;
}

/**
 * One proposal per rule whose item the year's catalog has (`itemCodes`).
 *
 * @example
 *   proposeLevels(countMeetings(elevenMonthlyWorkshops), { analysed: false, itemCodes: ['MAN.A2.6'] })
 *   // → [{ itemCode: 'MAN.A2.6', level: 10, count: 11, countedBy: 'months', … }]
 */
export function proposeLevels(
  counts: MeetingCounts,
  year: { analysed: boolean; itemCodes: ReadonlySet<string> | readonly string[] },
): LevelProposal[] {
  const has = (code: string) =>
    year.itemCodes instanceof Set ? year.itemCodes.has(code) : (year.itemCodes as string[]).includes(code);
  return LEVEL_PROPOSAL_RULES.filter((rule) => has(rule.itemCode)).map((rule) => {
    const counted = counts[rule.kind];
    const count = counted[rule.countedBy];
    const reached = rule.from.find(
      (step) => count >= step.count && (step.level !== rule.needsAnalysisFor || year.analysed),
    );
    return {
      itemCode: rule.itemCode,
      level: reached?.level ?? 0,
      kind: rule.kind,
      countedBy: rule.countedBy,
      count,
      meetings: counted.meetings,
      analysed: rule.needsAnalysisFor === undefined ? null : year.analysed,
    };
  });
}
