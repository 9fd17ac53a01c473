// Leaving a Puskesmas-year (another year or Puskesmas) with cells of it not stored asks first; with
// none, it goes at once. If everything gets stored while the question is open, it goes then.
import { useEffect, useState, type ReactNode } from 'react';
import { saveQueue } from '../../save-queue/save-queue.ts';
import { pendingSummary, usePendingSummary } from '../../save-queue/use-save-queue.ts';
import { LeaveDialog } from './LeaveDialog.tsx';

export function useConfirmLeave(scope: { puskesmas: string; name: string; year: number }): {
  confirm(proceed: () => void): void;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<{ proceed: () => void } | null>(null);
  const summary = usePendingSummary({ puskesmas: scope.puskesmas, year: scope.year });

  useEffect(() => {
    if (pending && summary.unsaved === 0) {
      setPending(null);
      pending.proceed();
    }
  }, [pending, summary.unsaved]);

  const confirm = (proceed: () => void) => {
    const now = pendingSummary(saveQueue.getSnapshot(), { puskesmas: scope.puskesmas, year: scope.year });
    if (now.unsaved === 0) proceed();
    else setPending({ proceed });
  };

  const dialog = pending ? (
    <LeaveDialog
      summary={summary}
      puskesmas={scope.name}
      year={scope.year}
      onStay={() => setPending(null)}
      onGo={() => {
        setPending(null);
        pending.proceed();
      }}
    />
  ) : null;
  return { confirm, dialog };
}
