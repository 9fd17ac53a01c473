// Before a move of a Puskesmas-year: what it will do, what the year still lacks (submission), and the
// reason where the move needs one. "Batal" has the focus, so Enter never moves a year by accident.
import { useEffect, useId, useRef, useState } from 'react';
import type { MoveOption, SubmissionCheck, YearWorkflow } from '../../../shared/api/workflow.schema.ts';
import { MOVE_REASON_MAX } from '../../../domain/assessment/workflow.ts';
import { useI18n, monthNames, type Translate } from '../../i18n/i18n.tsx';
import { monthIndex } from '../../lib/dates.ts';
import { ErrorText } from '../ErrorText.tsx';

/** How many names of a list the dialog shows before "and n more". */
const LISTED = 5;

function listed(items: readonly string[], t: Translate): string {
  const shown = items.slice(0, LISTED).join(', ');
  return items.length > LISTED
    ? `${shown}, ${t('workflow.gaps.more', { count: items.length - LISTED })}`
    : shown;
}

function Gaps({ gaps }: { gaps: SubmissionCheck }) {
  const { t } = useI18n();
  const months = monthNames(t, 'long');
  const empty =
    gaps.months.length === 0 && gaps.unscoredItems.length === 0 && gaps.withoutSasaran.length === 0;
  return (
    <section className="move-gaps" aria-labelledby="move-gaps-title">
      <h3 id="move-gaps-title">{t('workflow.gaps.title')}</h3>
      {empty ? (
        <p>{t('workflow.gaps.none')}</p>
      ) : (
        <ul data-testid="submission-gaps">
          {gaps.months.length > 0 && (
            <li>
              {t('workflow.gaps.months', {
                count: gaps.months.length,
                months: listed(
                  gaps.months.map((m) =>
                    t('workflow.gaps.month', {
                      month: months[monthIndex(m.month)] ?? m.month,
                      missing: m.missing,
                    }),
                  ),
                  t,
                ),
              })}
            </li>
          )}
          {gaps.unscoredItems.length > 0 && (
            <li>
              {t('workflow.gaps.items', {
                count: gaps.unscoredItems.length,
                items: listed(
                  gaps.unscoredItems.map((i) => `${i.number} ${i.name}`),
                  t,
                ),
              })}
            </li>
          )}
          {gaps.withoutSasaran.length > 0 && (
            <li>
              {t('workflow.gaps.sasaran', {
                count: gaps.withoutSasaran.length,
                items: listed(
                  gaps.withoutSasaran.map((i) => i.name),
                  t,
                ),
              })}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

export function MoveDialog(props: {
  option: MoveOption;
  view: YearWorkflow;
  districtName: string;
  onConfirm(reason: string | null): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const { option, view } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = { title: useId(), text: useId(), reason: useId(), hint: useId(), missing: useId() };
  useEffect(() => {
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    cancel.current?.focus();
    return () => {
      if (from?.isConnected) from.focus();
    };
  }, []);
  const required = option.reason === 'required';
  const names = { year: view.year, puskesmas: view.puskesmas.name, district: props.districtName };

  async function confirm() {
    const text = reason.trim();
    if (required && text === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm(text === '' ? null : text);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="move-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.text}
      data-testid="move-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) props.onCancel();
      }}
    >
      <h2 id={ids.title}>{t(`workflow.confirm.${option.move}`, names)}</h2>
      <p id={ids.text}>{t(`workflow.effect.${option.move}`)}</p>
      {option.move === 'reopen' && view.status === 'published' && (
        <p className="move-warning">{t('workflow.effect.withdraw', names)}</p>
      )}
      {option.move === 'submit' && view.submission && <Gaps gaps={view.submission} />}
      <div className="field">
        <label htmlFor={ids.reason}>
          {t(required ? 'workflow.reason.required' : 'workflow.reason.optional')}
        </label>
        <textarea
          id={ids.reason}
          value={reason}
          maxLength={MOVE_REASON_MAX}
          rows={3}
          required={required}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${ids.missing} ${ids.hint}` : ids.hint}
          onChange={(e) => {
            setReason(e.target.value);
            if (e.target.value.trim() !== '') setMissing(false);
          }}
        />
        <p className="muted hint" id={ids.hint}>
          {t('workflow.reason.hint')}
        </p>
        {missing && (
          <p className="error" role="alert" id={ids.missing}>
            {t('workflow.reason.missing')}
          </p>
        )}
      </div>
      {error !== null && <ErrorText error={error} />}
      <div className="dialog-actions">
        <button type="button" onClick={() => void confirm()} disabled={busy} data-testid="move-confirm">
          {t(`workflow.move.${option.move}`)}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} ref={cancel} disabled={busy}>
          {t('app.cancel')}
        </button>
      </div>
    </dialog>
  );
}
