import { describe, expect, it } from 'vitest';
import type { LevelProposal } from '../../shared/api/meetings.schema.ts';
import { translate } from '../i18n/i18n.tsx';
import { proposalWords } from './proposal-words.ts';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('id', key, params);

const proposal = (over: Partial<LevelProposal>): LevelProposal => ({
  itemCode: 'MAN.A2.6',
  itemName: 'A2 6 Melaksanakan mini lokakarya bulanan',
  level: 10,
  kind: 'lokmin_bulanan',
  countedBy: 'months',
  count: 11,
  meetings: 11,
  analysed: null,
  ...over,
});

describe('the words of a level proposal', () => {
  it('says the level and the count as the rubric screen shows it', () => {
    expect(proposalWords(proposal({}), t)).toBe('Usulan dari catatan rapat: tingkat 10 (11 lokmin bulanan)');
  });

  it('says both counts when two workshops fell in one month', () => {
    expect(proposalWords(proposal({ level: 7, count: 8, meetings: 9 }), t)).toBe(
      'Usulan dari catatan rapat: tingkat 7 (8 bulan dengan lokmin bulanan; 9 rapat)',
    );
  });

  it('says what level 10 of the performance review waits for', () => {
    const review = proposal({
      itemCode: 'MUT.B2.2',
      kind: 'review_kinerja',
      countedBy: 'meetings',
      level: 7,
      count: 2,
      meetings: 2,
      analysed: false,
    });
    expect(proposalWords(review, t)).toBe(
      'Usulan dari catatan rapat: tingkat 7 (2 review kinerja); tingkat 10 menunggu analisis capaian kinerja (Bab V) ditulis',
    );
  });
});
