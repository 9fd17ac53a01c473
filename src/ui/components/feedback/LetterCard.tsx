// A feedback letter as both sides read it: number, date, signer, summary and the numbered points with
// their follow-ups; for Dinkes a draft's actions (change, send, delete), for everyone the printable page.
import { useState } from 'react';
import { Link } from 'react-router';
import type { FeedbackLetterView, FeedbackPointView } from '../../../shared/api/feedback.schema.ts';
import { dateWords } from '../../../shared/calendar-words.ts';
import { deleteLetter, sendLetter } from '../../endpoints/feedback.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { paths } from '../../lib/navigation.ts';
import { letterGaps } from '../../../domain/improvement/feedback.ts';
import { ErrorText } from '../ErrorText.tsx';
import { PointItem } from './PointItem.tsx';

export function LetterCard(props: {
  code: string;
  year: number;
  letter: FeedbackLetterView;
  mayWrite: boolean;
  maySend: boolean;
  mayFollowUp: boolean;
  /** How many evidence files each point holds, by point id. */
  evidence(pointId: number): number | undefined;
  onEdit(): void;
  /** Reload the list (sent, deleted, or someone changed it meanwhile), with words to show. */
  onChanged(notice: string | null): void;
  onPointChanged(point: FeedbackPointView): void;
}) {
  const { t, locale } = useI18n();
  const { letter } = props;
  const [confirm, setConfirm] = useState<'send' | 'delete' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const sent = letter.status === 'sent';
  const titleId = `letter-${letter.id}-title`;
  const gaps = letterGaps(letter);

  async function act(what: 'send' | 'delete') {
    setBusy(true);
    setError(null);
    try {
      const outcome =
        what === 'send'
          ? await sendLetter(props.code, props.year, letter.id, letter.version)
          : await deleteLetter(props.code, props.year, letter.id, letter.version);
      setConfirm(null);
      if (!outcome.ok) props.onChanged(t('feedback.changedMeanwhile'));
      else
        props.onChanged(
          what === 'send' ? t('feedback.sentNotice', { number: letter.number }) : t('feedback.deletedNotice'),
        );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article
      className={`letter-card ${sent ? 'sent' : 'draft'}`}
      aria-labelledby={titleId}
      data-letter={letter.id}
    >
      <header className="letter-head">
        <div>
          <h2 id={titleId}>
            {t('feedback.letterTitle', { number: letter.number.trim() || t('feedback.noNumber') })}{' '}
            <span className={`badge ${sent ? 'badge-hijau' : 'badge-none'}`}>
              {sent ? t('feedback.status.sent') : t('feedback.status.draft')}
            </span>
          </h2>
          <p className="muted">
            {t('feedback.datedSigned', {
              date: dateWords(letter.datedOn, locale),
              title: letter.signerTitle || '–',
              name: letter.signerName || '–',
            })}
            {sent &&
              letter.sentAt &&
              ` · ${t('feedback.sentAt', { when: formatDateTime(letter.sentAt, locale) })}`}
          </p>
        </div>
        <div className="row-actions letter-actions">
          <Link
            className="link-as-button secondary"
            to={paths.feedbackPrint(props.code, props.year, letter.id)}
          >
            {t('feedback.print')}
          </Link>
          {!sent && props.mayWrite && (
            <>
              <button type="button" className="secondary" onClick={props.onEdit}>
                {t('feedback.edit')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirm('delete')}>
                {t('feedback.delete')}
              </button>
            </>
          )}
          {!sent && props.maySend && (
            <button type="button" onClick={() => setConfirm('send')} disabled={gaps.length > 0}>
              {t('feedback.send')}
            </button>
          )}
        </div>
      </header>
      {!sent && props.mayWrite && !props.maySend && <p className="hint">{t('feedback.adminSends')}</p>}
      {!sent && props.maySend && gaps.length > 0 && (
        <p className="hint">
          {t('feedback.incomplete', { parts: gaps.map((g) => t(`feedback.gap.${g}`)).join(', ') })}
        </p>
      )}
      {confirm && (
        <div
          className="confirm-box"
          role="alertdialog"
          aria-label={t(confirm === 'send' ? 'feedback.confirmSend' : 'feedback.confirmDelete')}
        >
          <p>{t(confirm === 'send' ? 'feedback.confirmSend' : 'feedback.confirmDelete')}</p>
          <div className="form-actions">
            <button type="button" disabled={busy} onClick={() => void act(confirm)}>
              {t(confirm === 'send' ? 'feedback.confirmSendYes' : 'feedback.confirmDeleteYes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirm(null)}>
              {t('app.cancel')}
            </button>
          </div>
        </div>
      )}
      {error !== null && <ErrorText error={error} />}
      {letter.summary && <p className="letter-summary">{letter.summary}</p>}
      <ol className="feedback-points">
        {letter.points.map((point, i) => (
          <PointItem
            key={point.id}
            code={props.code}
            year={props.year}
            letterId={letter.id}
            index={i}
            point={point}
            sent={sent}
            mayFollowUp={props.mayFollowUp}
            evidence={props.evidence(point.id)}
            onChanged={props.onPointChanged}
          />
        ))}
      </ol>
    </article>
  );
}
