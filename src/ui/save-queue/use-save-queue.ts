// The save queue for React: its state as a snapshot, its counts, its errors in words, and starting and
// stopping it with the session.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { CLIENT_ERRORS } from '../api.ts';
import type { Translate } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { accountKey, inScope, summarize, type QueueError, type QueueSummary } from './queued-cell.ts';
import { saveQueue, type QueueSnapshot } from './save-queue.ts';

export function useSaveQueue(): QueueSnapshot {
  return useSyncExternalStore(saveQueue.subscribe, saveQueue.getSnapshot);
}

export interface PendingSummary extends QueueSummary {
  /** Typing held on a screen that cannot be sent (invalid, half a ratio). */
  held: number;
  /** Everything not stored: the queue's cells and the held typing. */
  unsaved: number;
}

/** The counts of the whole account, or of one Puskesmas-year. */
export function pendingSummary(
  snapshot: QueueSnapshot,
  scope?: { puskesmas: string; year: number },
): PendingSummary {
  const cells = [...snapshot.items.values()].filter((c) => !scope || inScope(c, scope.puskesmas, scope.year));
  const s = summarize(cells);
  let held = 0;
  for (const [key, n] of snapshot.held) if (!scope || key === `${scope.puskesmas}|${scope.year}`) held += n;
  return { ...s, held, unsaved: s.total + held };
}

export function usePendingSummary(scope?: { puskesmas: string; year: number }): PendingSummary {
  const snapshot = useSaveQueue();
  const puskesmas = scope?.puskesmas;
  const year = scope?.year;
  return useMemo(
    () =>
      pendingSummary(
        snapshot,
        puskesmas !== undefined && year !== undefined ? { puskesmas, year } : undefined,
      ),
    [snapshot, puskesmas, year],
  );
}

/** A failed or refused save in words: the server's (already in the user's language), or ours. */
export function queueErrorText(error: QueueError | null, t: Translate): string | null {
  if (!error) return null;
  if (error.code === CLIENT_ERRORS.network || error.status === 0) return t('error.network');
  if (error.message) return error.message;
  return t('error.server', { status: error.status });
}

/** Runs the queue of whoever is signed in; another account signing in never sees the first one's cells. */
export function useSaveQueueSession(): void {
  const { state } = useSession();
  const owner = state.status === 'signedIn' ? accountKey(state.user) : null;
  useEffect(() => {
    if (owner) saveQueue.start(owner);
    else if (state.status === 'signedOut') saveQueue.stop();
  }, [owner, state.status]);
}

/** Mounted once inside the session: runs the queue of whoever is signed in. */
export function SaveQueueSession(): null {
  useSaveQueueSession();
  return null;
}
