// The Puskesmas' follow-up of one point: what was done, and whether it is not started, under way or
// done. A save made over someone else's newer one is shown to choose from, never lost.
import { useId, useState } from 'react';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../domain/improvement/feedback.ts';
import type { FeedbackPointView } from '../../../shared/api/feedback.schema.ts';
import { saveFollowUp } from '../../endpoints/feedback.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { ErrorText } from '../ErrorText.tsx';
import { StaleNotice } from './StaleNotice.tsx';

export function FollowUpForm(props: {
  code: string;
  year: number;
  letterId: number;
  point: FeedbackPointView;
  onSaved(point: FeedbackPointView): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const { point } = props;
  const [text, setText] = useState(point.followUp?.text ?? '');
  const [status, setStatus] = useState<FollowUpStatus>(point.followUp?.status ?? 'berjalan');
  const [version, setVersion] = useState(point.followUp?.version ?? 0);
  const [stale, setStale] = useState<FeedbackPointView['followUp'] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = { text: useId(), status: useId(), missing: useId() };

  async function save(expectedVersion: number) {
    if (text.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const outcome = await saveFollowUp(props.code, props.year, props.letterId, point.id, {
        text,
        status,
        expectedVersion,
      });
      if (outcome.ok) {
        setStale(undefined);
        props.onSaved(outcome.data);
        return;
      }
      const current = outcome.conflict.current?.points.find((p) => p.id === point.id)?.followUp ?? null;
      setStale(current);
      setVersion(current?.version ?? 0);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="follow-up-form"
      aria-label={t('followUp.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void save(version);
      }}
    >
      <div className="field">
        <label htmlFor={ids.text}>{t('followUp.text')}</label>
        <textarea
          id={ids.text}
          rows={3}
          value={text}
          maxLength={4000}
          aria-invalid={missing}
          aria-describedby={missing ? ids.missing : undefined}
          placeholder={t('followUp.placeholder')}
          onChange={(e) => {
            setText(e.target.value);
            setMissing(false);
          }}
        />
        {missing && (
          <span className="field-error" id={ids.missing}>
            {t('followUp.textRequired')}
          </span>
        )}
      </div>
      <div className="field inline">
        <label htmlFor={ids.status}>{t('followUp.status')}</label>
        <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as FollowUpStatus)}>
          {FOLLOW_UP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`followUp.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {stale !== undefined && (
        <StaleNotice
          by={
            stale
              ? `${stale.updatedBy}, ${formatDateTime(stale.updatedAt, locale)}`
              : t('improvement.someone')
          }
          stored={
            stale ? (
              <p>
                <span className="badge badge-none">{t(`followUp.status.${stale.status}`)}</span> {stale.text}
              </p>
            ) : null
          }
          onKeepMine={() => void save(version)}
          onTakeStored={() => {
            setText(stale?.text ?? '');
            setStatus(stale?.status ?? 'berjalan');
            setStale(undefined);
          }}
        />
      )}
      {error !== null && <ErrorText error={error} />}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('app.saving') : t('followUp.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
