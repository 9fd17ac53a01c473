// Signing out with cells not stored yet: save them first (then sign out by itself), sign out and send
// them at this account's next sign-in on this browser, or discard them.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { saveQueue } from '../../save-queue/save-queue.ts';
import { usePendingSummary } from '../../save-queue/use-save-queue.ts';

export function SignOutDialog(props: { onSignOut(): void; onCancel(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const s = usePendingSummary();
  const [waiting, setWaiting] = useState(false);
  const [stuck, setStuck] = useState(false);
  const { onSignOut } = props;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  // "Save first": once nothing is on its way, sign out — unless some cells could not be stored.
  useEffect(() => {
    if (!waiting || s.saving > 0) return;
    setWaiting(false);
    if (s.failed + s.refused + s.conflicts > 0) setStuck(true);
    else onSignOut();
  }, [waiting, s.saving, s.failed, s.refused, s.conflicts, onSignOut]);

  const attention = s.failed + s.refused + s.conflicts;
  return (
    <dialog
      ref={ref}
      className="leave-dialog"
      aria-labelledby="sign-out-title"
      aria-describedby="sign-out-body"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="sign-out-title">{t('leave.title')}</h2>
      <div id="sign-out-body">
        <p>{t('signOut.intro', { count: s.unsaved })}</p>
        {waiting ? (
          <p role="status">{t('signOut.waiting', { count: s.saving })}</p>
        ) : stuck && attention > 0 ? (
          <p role="alert">{t('signOut.stuck', { count: attention })}</p>
        ) : (
          s.saving > 0 && <p>{t('signOut.saveFirstHint')}</p>
        )}
        {s.total > 0 && <p>{t('signOut.keepHint')}</p>}
        {s.held > 0 && <p>{t('leave.held', { count: s.held })}</p>}
      </div>
      <div className="dialog-actions wrap">
        {s.saving > 0 && !waiting && (
          <button type="button" onClick={() => setWaiting(true)}>
            {t('signOut.saveFirst')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onSignOut}>
          {t('signOut.keep')}
        </button>
        <button
          type="button"
          className="secondary danger"
          onClick={() => {
            void saveQueue.discardAll().then(onSignOut);
          }}
        >
          {t('signOut.discard')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </dialog>
  );
}
