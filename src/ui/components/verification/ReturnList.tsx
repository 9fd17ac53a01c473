// Items returned to the Puskesmas: the verifier's comment, the Puskesmas' answer, every step with who
// and when, and what each side may do next — the verifier closes or returns again, the Puskesmas answers.
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ReturnedItemView } from '../../../shared/api/verification.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';

export interface ReturnActions {
  /** The verifier's moves, while the year is submitted. */
  close?(item: ReturnedItemView): void;
  again?(item: ReturnedItemView): void;
  /** The Puskesmas' answer. */
  answer?(item: ReturnedItemView, text: string): Promise<void>;
  /** Where the Puskesmas fixes an indicator it covers. */
  fixLink?(item: ReturnedItemView): string | null;
}

export function ReturnList({
  items,
  actions,
}: {
  items: readonly ReturnedItemView[];
  actions: ReturnActions;
}) {
  return (
    <ul className="return-list">
      {items.map((item) => (
        <ReturnCard key={item.id} item={item} actions={actions} />
      ))}
    </ul>
  );
}

function ReturnCard({ item, actions }: { item: ReturnedItemView; actions: ReturnActions }) {
  const { t, locale } = useI18n();
  const fix = item.status === 'open' ? actions.fixLink?.(item) : null;
  return (
    <li className={`return-card return-${item.status}`} data-return={item.id}>
      <div className="return-head">
        <strong>{item.name}</strong>
        <span className={`badge return-badge-${item.status}`}>{t(`verify.returnStatus.${item.status}`)}</span>
        {item.overdue && (
          <span className="badge badge-merah">
            {t(`verify.overdue.${item.overdue.reason}`, { days: item.overdue.days })}
          </span>
        )}
      </div>
      <p className="return-comment">
        <span className="muted">
          {t('verify.stepLine', {
            step: t('verify.step.returned'),
            by: item.returned.by,
            at: formatDateTime(item.returned.at, locale),
          })}
          :
        </span>{' '}
        {item.comment}
      </p>
      {item.answer && item.answered && (
        <p className="return-answer">
          <span className="muted">
            {t('verify.stepLine', {
              step: t('verify.step.answered'),
              by: item.answered.by,
              at: formatDateTime(item.answered.at, locale),
            })}
            :
          </span>{' '}
          {item.answer}
        </p>
      )}
      {item.thread.length > 2 && (
        <details className="disclosure">
          <summary>{t('returned.seeVerification')}</summary>
          <ol className="return-thread">
            {item.thread.map((step, i) => (
              <li key={i}>
                {t('verify.stepLine', {
                  step: t(`verify.step.${step.step}`),
                  by: step.by,
                  at: formatDateTime(step.at, locale),
                })}
                {step.text ? `: ${step.text}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
      <div className="return-actions">
        {fix && (
          <Link className="button-link" to={fix}>
            {t('returned.fix')}
          </Link>
        )}
        {actions.close && item.status !== 'closed' && (
          <button
            type="button"
            className={item.status === 'answered' ? '' : 'secondary'}
            onClick={() => actions.close?.(item)}
          >
            {item.status === 'answered' ? t('verify.close') : t('verify.withdrawReturn')}
          </button>
        )}
        {actions.again && item.status === 'answered' && (
          <button type="button" className="secondary" onClick={() => actions.again?.(item)}>
            {t('verify.returnAgain')}
          </button>
        )}
      </div>
      {actions.answer && item.status === 'open' && <AnswerForm item={item} answer={actions.answer} />}
    </li>
  );
}

function AnswerForm({
  item,
  answer,
}: {
  item: ReturnedItemView;
  answer(item: ReturnedItemView, text: string): Promise<void>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError(t('returned.answerMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await answer(item, text.trim());
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="answer-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-answer`}>{t('returned.answer')}</label>
      <textarea
        id={`${id}-answer`}
        rows={2}
        maxLength={1000}
        value={text}
        aria-invalid={error !== null || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('returned.answerSubmit')}
      </button>
    </form>
  );
}
