// Under a management item about meetings: the level its meeting records propose, and — for the Kepala
// Puskesmas — the click that saves it as the item's level (through the rubric's own save, audited
// with the count it came from). Only a proposal: the level stays the Kepala Puskesmas' choice.
import type { LevelProposal } from '../../../shared/api/meetings.schema.ts';
import type { RubricItem } from '../../../shared/api/rubric.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { proposalCounted, proposalWords } from '../../lib/proposal-words.ts';
import type { RubricChange } from '../rubric/RubricItemCard.tsx';

export function ProposalConfirm(props: {
  proposal: LevelProposal;
  item: RubricItem;
  /** The user may save the item's level now (rubric:write, and the year lets them). */
  canConfirm: boolean;
  saving: boolean;
  onConfirm(item: RubricItem, change: RubricChange): void;
}) {
  const { t } = useI18n();
  const { proposal, item } = props;
  const selectable = item.levels.find((l) => l.level === proposal.level)?.selectable ?? false;
  return (
    <div className="proposal" data-testid={`proposal-${item.code}`}>
      <p className="proposal-words">{proposalWords(proposal, t)}</p>
      {item.level === proposal.level ? (
        <p className="muted small">{t('proposal.confirmed')}</p>
      ) : props.canConfirm && selectable ? (
        <button
          type="button"
          disabled={props.saving}
          onClick={() =>
            props.onConfirm(item, {
              level: proposal.level,
              reason: t('proposal.reason', { counted: proposalCounted(proposal, t) }),
            })
          }
        >
          {t('proposal.confirm', { level: proposal.level })}
        </button>
      ) : (
        <p className="muted small">{t('proposal.kapusOnly')}</p>
      )}
    </div>
  );
}
