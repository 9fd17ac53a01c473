// Before a change to a month already reported to Dinkes is saved: which months, when and by whom they
// were reported, and the reason of the correction — kept in each changed cell's history and used for
// further changes of those months while the screen stays open. Cancelling puts the stored figures back.
import { useState, type FormEvent } from 'react';
import { useModal } from '../use-modal.ts';
import type { MonthCompleteness } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/dates.ts';
import { monthLabel, monthsLabel } from '../../lib/month-words.ts';

/** The longest reason the server keeps (EntryBody.reason). */
const REASON_MAX = 500;

export function CorrectionReasonDialog(props: {
  months: readonly string[];
  status: readonly MonthCompleteness[];
  changes: number;
  onSave(reason: string): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const ref = useModal();
  const [reason, setReason] = useState('');
  const months = monthsLabel(props.months, t);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) props.onSave(reason.trim());
  };
  return (
    <dialog
      ref={ref}
      className="correction-dialog"
      aria-labelledby="correction-title"
      aria-describedby="correction-intro"
      // Escape is "Batal": the change is dropped, nothing is saved without its reason.
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="correction-title">{t('correction.title')}</h2>
        <p id="correction-intro">{t('correction.intro', { months })}</p>
        <ul className="correction-months">
          {props.months.map((m) => {
            const s = props.status.find((x) => x.month === m);
            return (
              <li key={m}>
                {t('correction.reportedBy', {
                  month: monthLabel(m, t),
                  date: formatDate(s?.reportedOn ?? null, locale),
                  who: s?.reportedBy ?? '–',
                })}
              </li>
            );
          })}
        </ul>
        <p className="muted">{t('correction.changes', { count: props.changes })}</p>
        <label className="field">
          <span>{t('correction.reason')}</span>
          <textarea
            value={reason}
            maxLength={REASON_MAX}
            rows={3}
            required
            autoFocus
            aria-describedby="correction-hint"
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <p id="correction-hint" className="hint">
          {t('correction.reasonHint', { months })}
        </p>
        <div className="dialog-actions">
          <button type="submit" disabled={!reason.trim()}>
            {t('correction.save')}
          </button>
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
