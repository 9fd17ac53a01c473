// The words of a level proposal: "Usulan dari catatan rapat: tingkat 10 (11 lokmin bulanan)". A count of
// months or quarters that differs from the count of meetings says both (two workshops in one month).
import type { LevelProposal } from '../../shared/api/meetings.schema.ts';
import type { Translate } from '../i18n/i18n.tsx';

export function proposalCounted(p: LevelProposal, t: Translate): string {
  const kind = t(`meetings.short.${p.kind}`);
  if (p.countedBy === 'meetings' || p.count === p.meetings)
    return t('proposal.counted', { count: p.count, kind });
  const key = p.countedBy === 'months' ? 'proposal.countedMonths' : 'proposal.countedQuarters';
  return t(key, { count: p.count, kind, meetings: p.meetings });
}

export function proposalWords(p: LevelProposal, t: Translate): string {
  const text = t('proposal.text', { level: p.level, counted: proposalCounted(p, t) });
  // B2.2: two reviews without the written analysis propose 7; say what 10 waits for.
  return p.analysed === false && p.count >= 2 ? `${text}; ${t('proposal.noAnalysis')}` : text;
}
