// Asks before leaving a Puskesmas-year (another year, another Puskesmas) while cells of it are not
// stored: what keeps being sent, what waits for the user, and what typing would be lost.
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PendingSummary } from '../../save-queue/use-save-queue.ts';

export function LeaveDialog(props: {
  summary: PendingSummary;
  puskesmas: string;
  year: number;
  onGo(): void;
  onStay(): void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const { summary: s, puskesmas, year } = props;
  const attention = s.failed + s.refused + s.conflicts;
  return (
    <dialog
      ref={ref}
      className="leave-dialog"
      aria-labelledby="leave-title"
      aria-describedby="leave-body"
      onCancel={(e) => {
        e.preventDefault();
        props.onStay();
      }}
    >
      <h2 id="leave-title">{t('leave.title')}</h2>
      <div id="leave-body">
        {s.saving > 0 && <p>{t('leave.sending', { count: s.saving, puskesmas, year })}</p>}
        {attention > 0 && <p>{t('leave.attention', { count: attention, puskesmas, year })}</p>}
        {s.held > 0 && <p>{t('leave.held', { count: s.held })}</p>}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={props.onStay}>
          {t('leave.stay')}
        </button>
        <button type="button" className="secondary" onClick={props.onGo}>
          {t('leave.go')}
        </button>
      </div>
    </dialog>
  );
}
