// On every signed-in screen: how many of the account's cells are not stored yet — on their way, failed
// (retried by themselves), refused, in conflict, or typed and not valid — and a way to each.
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { paths } from '../../lib/navigation.ts';
import { saveQueue } from '../../save-queue/save-queue.ts';
import { pendingSummary, useSaveQueue } from '../../save-queue/use-save-queue.ts';

export function SaveQueueStatus() {
  const { t } = useI18n();
  const snapshot = useSaveQueue();
  const location = useLocation();
  const s = pendingSummary(snapshot);
  // A refusal or a conflict is settled on its Puskesmas-year's entry screen: a link when elsewhere.
  const waiting = [...snapshot.items.values()].find((c) => c.status === 'refused' || c.status === 'conflict');
  const there = waiting && paths.entries(waiting.puskesmas, waiting.year);
  const parts: string[] = [];
  if (s.saving > 0)
    parts.push(
      snapshot.online ? t('entry.savingCount', { count: s.saving }) : t('queue.offline', { count: s.saving }),
    );
  if (s.failed > 0) parts.push(t('queue.failed', { count: s.failed }));
  if (s.refused > 0) parts.push(t('queue.refused', { count: s.refused }));
  if (s.conflicts > 0) parts.push(t('queue.conflicts', { count: s.conflicts }));
  if (s.held > 0) parts.push(t('entry.unsaved', { count: s.held }));
  // Screen readers hear when the state changes (one live region, always there), not every count on
  // the way down; the counts are for the eyes.
  const saved = s.unsaved === 0;
  const announce =
    s.failed + s.refused + s.conflicts + s.held > 0 ? t('queue.announceProblem') : t('queue.announceSaving');
  return (
    <div className="queue-status" data-testid="save-status">
      <span role="status" className={saved ? 'queue-saved' : 'visually-hidden'}>
        {saved ? `✓ ${t('entry.allSaved')}` : announce}
      </span>
      {!saved && (
        <span
          className={s.saving > 0 && parts.length === 1 ? 'queue-saving' : 'queue-unsaved'}
          aria-hidden="true"
        >
          {parts.join(' · ')}
        </span>
      )}
      {s.failed > 0 && (
        <button type="button" className="link-button" onClick={() => saveQueue.retryNow()}>
          {t('queue.retryNow')}
        </button>
      )}
      {there && location.pathname !== there && (
        <Link to={there}>{t('queue.open', { puskesmas: waiting.puskesmas, year: waiting.year })}</Link>
      )}
    </div>
  );
}
