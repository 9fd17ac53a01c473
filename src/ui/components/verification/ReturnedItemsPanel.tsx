// On the screens where the Puskesmas fixes figures (entry grid, targets, management & quality): what
// Dinkes returned, with its comment, a way to the indicator, and the answer that sends it back.
import type { ReturnedItemView } from '../../../shared/api/verification.schema.ts';
import { answerReturn } from '../../endpoints/verification.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can, paths } from '../../lib/navigation.ts';
import { fixLink } from '../../lib/verification.ts';
import { useUser } from '../../session/session.tsx';
import { Link } from 'react-router';
import { ReturnList } from './ReturnList.tsx';
import type { ReturnedItems } from './use-returned-items.ts';

export function ReturnedItemsPanel(props: {
  code: string;
  year: number;
  returns: ReturnedItems;
  /** Which of them belong on this screen. */
  shows(item: ReturnedItemView): boolean;
  /** After an answer: the screen reloads what it shows (what is writable changed). */
  onAnswered?(): void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const items = props.returns.items.filter((i) => i.status !== 'closed' && props.shows(i));
  if (items.length === 0) return null;
  return (
    <section className="returned-panel" aria-labelledby="returned-title">
      <h2 id="returned-title">
        {t('returned.title')} ({items.length})
      </h2>
      <p className="hint">
        {t('returned.intro')}{' '}
        <Link to={paths.verification(props.code, props.year)}>{t('returned.seeVerification')}</Link>
      </p>
      <ReturnList
        items={items}
        actions={
          can(user.role, 'returns:answer')
            ? {
                answer: async (item, text) => {
                  await answerReturn(props.code, props.year, item.id, text);
                  props.returns.reload();
                  props.onAnswered?.();
                },
                fixLink: (item) => fixLink(props.code, props.year, item),
              }
            : {}
        }
      />
    </section>
  );
}
