// One point of a letter: what it is about, Dinkes' words, and — once the letter is sent — the
// Puskesmas' follow-up with its status and evidence, which the Puskesmas team may write.
import { useState } from 'react';
import type { FeedbackPointView } from '../../../shared/api/feedback.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { EvidenceDisclosure } from '../evidence/EvidenceDisclosure.tsx';
import { FollowUpForm } from './FollowUpForm.tsx';
import { topicLabel } from './topic-label.ts';

const STATUS_BADGE = { belum: 'badge-merah', berjalan: 'badge-kuning', selesai: 'badge-hijau' } as const;

export function PointItem(props: {
  code: string;
  year: number;
  letterId: number;
  index: number;
  point: FeedbackPointView;
  /** The letter was sent: the point can be (and shows its) follow-up. */
  sent: boolean;
  mayFollowUp: boolean;
  /** Files already attached to the point's follow-up (undefined while counted). */
  evidence: number | undefined;
  onChanged(point: FeedbackPointView): void;
}) {
  const { t, locale } = useI18n();
  const { point } = props;
  const [editing, setEditing] = useState(false);
  const followUp = point.followUp;
  return (
    <li className="feedback-point" data-point={point.id}>
      <p className="point-topic">
        <span className="point-number">{props.index + 1}.</span> {topicLabel(point, t)}
      </p>
      <p className="point-text">{point.text}</p>
      {props.sent && (
        <div className="follow-up" aria-label={t('followUp.label')}>
          <h4 className="follow-up-title">
            {t('followUp.label')}{' '}
            <span
              className={`badge ${STATUS_BADGE[followUp?.status ?? 'belum']}`}
              data-testid="follow-up-status"
            >
              {t(`followUp.status.${followUp?.status ?? 'belum'}`)}
            </span>
          </h4>
          {editing ? (
            <FollowUpForm
              code={props.code}
              year={props.year}
              letterId={props.letterId}
              point={point}
              onSaved={(saved) => {
                setEditing(false);
                props.onChanged(saved);
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <>
              {followUp ? (
                <>
                  <p className="follow-up-text">{followUp.text}</p>
                  <p className="muted small">
                    {t('followUp.by', {
                      who: followUp.updatedBy,
                      when: formatDateTime(followUp.updatedAt, locale),
                    })}
                  </p>
                </>
              ) : (
                <p className="muted">{t('followUp.none')}</p>
              )}
              {props.mayFollowUp && (
                <button type="button" className="secondary" onClick={() => setEditing(true)}>
                  {followUp ? t('followUp.edit') : t('followUp.write')}
                </button>
              )}
            </>
          )}
          <EvidenceDisclosure
            count={props.evidence}
            code={props.code}
            year={props.year}
            attachedTo="feedback_point"
            attachedKey={String(point.id)}
            canEdit={props.mayFollowUp}
            kinds={['document', 'photo', 'minutes', 'attendance']}
            label={t('followUp.evidence', { n: props.index + 1 })}
          />
        </div>
      )}
    </li>
  );
}
