// A level proposal in words (lib/proposal-words.ts).
import type { LevelProposal } from '../../../shared/api/meetings.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { proposalWords } from '../../lib/proposal-words.ts';

export function ProposalText({ proposal }: { proposal: LevelProposal }) {
  const { t } = useI18n();
  return <span className="proposal-text">{proposalWords(proposal, t)}</span>;
}
