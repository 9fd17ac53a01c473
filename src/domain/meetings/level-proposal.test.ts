import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import { listIndicators } from '../catalog/walk.ts';
import { countMeetings, quarterOf, type MeetingHeld, type MeetingKind } from './meeting-counts.ts';
import { LEVEL_PROPOSAL_RULES, proposeLevels } from './level-proposal.ts';

/** `n` meetings of a kind, one on the 10th of each month from January (two per month past 12). */
function monthly(kind: MeetingKind, n: number, year = 2023): MeetingHeld[] {
  return Array.from({ length: n }, (_, i) => ({
    kind,
    heldOn: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${i < 12 ? '10' : '24'}`,
  }));
}

/** One meeting in each of the first `n` quarters (February, May, August, November). */
function quarterly(kind: MeetingKind, n: number): MeetingHeld[] {
  return Array.from({ length: n }, (_, i) => ({
    kind,
    heldOn: `2023-${String(i * 3 + 2).padStart(2, '0')}-15`,
  }));
}

const ALL_ITEMS = LEVEL_PROPOSAL_RULES.map((r) => r.itemCode);
const levelOf = (itemCode: string, meetings: MeetingHeld[], analysed = false) =>
  proposeLevels(countMeetings(meetings), { analysed, itemCodes: ALL_ITEMS }).find(
    (p) => p.itemCode === itemCode,
  )?.level;

describe('the level the meeting records propose for "Melaksanakan mini lokakarya bulanan" (A2.6)', () => {
  it.each([
    ['Tidak melaksanakan', 0, 0],
    ['< 5 kali / tahun: 1', 1, 4],
    ['< 5 kali / tahun: 4', 4, 4],
    ['5 - 8 kali / tahun: 5', 5, 7],
    ['5 - 8 kali / tahun: 8', 8, 7],
    ['9 - 12 kali / tahun: 9', 9, 10],
    ['9 - 12 kali / tahun: 11', 11, 10],
    ['9 - 12 kali / tahun: 12', 12, 10],
  ])('%s → level %s', (_printed, months, level) => {
    expect(levelOf('MAN.A2.6', monthly('lokmin_bulanan', months))).toBe(level);
  });

  it('counts months, not meetings: two mini workshops in one month are one month', () => {
    const meetings = [
      ...monthly('lokmin_bulanan', 8),
      { kind: 'lokmin_bulanan' as const, heldOn: '2023-08-28' },
    ];
    const [proposal] = proposeLevels(countMeetings(meetings), { analysed: false, itemCodes: ['MAN.A2.6'] });
    expect(proposal).toMatchObject({ level: 7, count: 8, meetings: 9, countedBy: 'months' });
  });

  it('counts only monthly mini workshops, not the other kinds', () => {
    const others = [...quarterly('lokmin_tribulanan', 4), ...monthly('lintas_program', 12)];
    expect(levelOf('MAN.A2.6', others)).toBe(0);
  });
});

describe('the level the meeting records propose for "Melaksanakan mini lokakarya tribulanan" (A2.7)', () => {
  it.each([
    ['Tidak melaksanakan', 0, 0],
    ['< 2 kali / tahun', 1, 4],
    ['2 - 3 kali / tahun: 2', 2, 7],
    ['2 - 3 kali / tahun: 3', 3, 7],
    ['4 kali / tahun', 4, 10],
  ])('%s → level %s', (_printed, quarters, level) => {
    expect(levelOf('MAN.A2.7', quarterly('lokmin_tribulanan', quarters))).toBe(level);
  });

  it('counts quarters: four quarterly workshops all held in the first quarter are one quarter', () => {
    const crowded = ['2023-01-05', '2023-02-05', '2023-03-05', '2023-03-25'].map((heldOn) => ({
      kind: 'lokmin_tribulanan' as const,
      heldOn,
    }));
    expect(levelOf('MAN.A2.7', crowded)).toBe(4);
  });
});

describe('the level the meeting records propose for "Adanya penilaian kinerja UKM" (B2.2)', () => {
  const reviews = (n: number) => quarterly('review_kinerja', n);
  it.each([
    ['Tidak melaksanakan', 0, false, 0],
    ['1 kali', 1, true, 4],
    ['2 kali tanpa disertai analisis capaian kinerja', 2, false, 7],
    ['2 kali setahun disertai analisis capaian kinerja', 2, true, 10],
    ['3 kali, analysis written', 3, true, 10],
    ['3 kali, no analysis', 3, false, 7],
  ])('%s → level %s', (_printed, n, analysed, level) => {
    expect(levelOf('MUT.B2.2', reviews(n), analysed)).toBe(level);
  });

  it('says whether the analysis was there, for the screen to tell why 10 is not proposed', () => {
    const [proposal] = proposeLevels(countMeetings(reviews(2)), { analysed: false, itemCodes: ['MUT.B2.2'] });
    expect(proposal).toMatchObject({ level: 7, analysed: false, count: 2 });
  });
});

describe('level proposals and the catalog', () => {
  it("proposes nothing for an item the year's catalog does not have", () => {
    expect(proposeLevels(countMeetings([]), { analysed: false, itemCodes: [] })).toEqual([]);
  });

  it('names items the Pati catalog has, each scored by a level its rubric prints', () => {
    const items = new Map(listIndicators(patiCatalog2023).map((p) => [p.indicator.code, p.indicator]));
    for (const rule of LEVEL_PROPOSAL_RULES) {
      const item = items.get(rule.itemCode);
      expect(item?.kind, rule.itemCode).toBe('rubric');
      for (const step of rule.from) expect(item?.rubric?.levels[step.level], rule.itemCode).not.toBe('');
    }
  });
});

describe('the quarter of a date', () => {
  it.each([
    ['2023-01-01', 1],
    ['2023-03-31', 1],
    ['2023-04-01', 2],
    ['2023-09-30', 3],
    ['2023-12-31', 4],
  ] as const)('%s is in quarter %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('counts the meetings of each kind per quarter', () => {
    const counts = countMeetings([...quarterly('review_kinerja', 2), ...monthly('lokmin_bulanan', 3)]);
    expect(counts.review_kinerja.byQuarter).toEqual([1, 1, 0, 0]);
    expect(counts.lokmin_bulanan.byQuarter).toEqual([3, 0, 0, 0]);
    expect(counts.lintas_program).toEqual({ meetings: 0, byQuarter: [0, 0, 0, 0], months: 0, quarters: 0 });
  });
});
